"""Who is speaking in exported chats and messages: "[21.04.2020, 09:35] Валя: ...", and whom they mention.

Why a separate rule: in a messenger export the speaker label is the only place a name appears, often as a
diminutive ("Валя", "Юля") that the name rules take only with other evidence; and messages are typed in
lowercase, so the people addressed or asked about ("ксюша, как ваня?") are lowercase first names, which
the name rules never take alone in a clinical note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.entities import Entity
from medmoe.deid.morph import facts
from medmoe.deid.names_ru import NOT_NAMES
from medmoe.deid.registry import Recognizer

# "[date, time] Speaker: message" or "date time - Speaker: message" at the start of a line
_LINE_RE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*[-–—])[ \t]*"
    r"(?P<speaker>[^:\n\[\]]{2,40}?):[ \t]+(?P<first>[^\W\d_]+)(?P<comma>,)?"
)
_TITLE_RE = re.compile(r"(?:Dr\.?|Доктор|Д-р|[Вв]рач|[Пп]ациент(?:ка)?|Patient)[ \t]+")
# speaker labels that are roles, not people
_ROLES = frozenset(
    "врач доктор пациент пациентка администратор оператор регистратура бот система я вы мама папа "
    "doctor patient nurse admin operator system bot me you".split()
)


# beginnings of words that make a speaker label a role or a system, not a person ("Ответ пациента", "Сообщение
# клиники", "Reply from patient")
_ROLE_STEMS = (
    "ответ",
    "сообщени",
    "уведомлени",
    "автоответ",
    "пациент",
    "врач",
    "доктор",
    "администрат",
    "оператор",
    "регистратур",
    "клиник",
    "поликлиник",
    "систем",
    "reply",
    "message",
    "patient",
    "system",
    "clinic",
)


def _role_label(speaker: str) -> bool:
    """Every word of the label is a role stem or a lowercase word: "Ответ пациента" is no one, "Пациент Иванов"
    still names a person."""
    words = re.findall(r"[^\W\d_]+", speaker)
    return (
        bool(words)
        and all(w.lower().startswith(_ROLE_STEMS) or w.islower() for w in words)
        and any(w.lower().startswith(_ROLE_STEMS) for w in words)
    )


def _lower_name(speaker: str) -> bool:
    """A lowercase speaker label that is a name ("бахтияр", "татьяна жумабаевна"): its first word is read
    first as a first name, or a word is a patronymic; not "врач" or "регистратура"."""
    words = re.findall(r"[а-яё]+", speaker)
    if not words or len(words) > 3:
        return False
    f = facts(words[0])
    return (f.known and f.top == "Name" and f.name >= 0.5) or any(facts(w).top == "Patr" for w in words)


class ChatSpeakerRecognizer(Recognizer):
    name, types, langs, score = "chat_speaker", ("NAME",), ("ru", "en"), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _LINE_RE.finditer(text):
            s, e = m.span("speaker")
            t = _TITLE_RE.match(text, s, e)
            if t:
                s = t.end()
            speaker = text[s:e].strip()
            if (
                speaker
                and (speaker[0].isupper() or _lower_name(speaker))
                and speaker.lower() not in _ROLES
                and not _role_label(speaker)
                and re.search(r"[^\W\d_]{2}", speaker)
            ):
                yield Entity(s, s + len(speaker), "NAME", self.name, self.score)
            first = m.group("first")
            if m.group("comma") and first.islower() and re.fullmatch(r"[а-яё]+", first):
                f = facts(first)
                if f.top == "Name" and f.name >= 0.4 and f.known:
                    yield Entity(m.start("first"), m.end("first"), "NAME", self.name, 0.75)
            line_end = text.find("\n", m.end())
            yield from self._lowercase_names(text, m.end("first"), len(text) if line_end < 0 else line_end)

    def _lowercase_names(self, text: str, start: int, end: int) -> Iterator[Entity]:
        """Lowercase first names inside one message: a word pymorphy3 reads first as a first name ("как ваня?",
        "передайте маше"); a name that is also a common word ("вера", "роза") only before "," "?" or "!"."""
        for w in re.finditer(r"(?<![\w])[а-яё]{3,}(?![\w])", text[start:end]):
            word = w.group()
            f = facts(word)
            if not (f.known and f.top == "Name" and f.name >= 0.5):
                continue
            after = text[start + w.end() : start + w.end() + 1]
            if word in NOT_NAMES and after not in (",", "?", "!"):
                continue
            yield Entity(start + w.start(), start + w.end(), "NAME", self.name, 0.7)
