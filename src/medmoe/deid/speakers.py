"""Who is speaking in exported chats and messages: "[21.04.2020, 09:35] Валя: ...", and whom they address.

Why a separate rule: in a messenger export the speaker label is the only place a name appears, often as a
diminutive ("Валя", "Юля") that the name rules take only with other evidence; and the first word of a message
followed by a comma is usually the person addressed ("ксюша, как температура?"), typed in lowercase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.entities import Entity
from medmoe.deid.morph import facts
from medmoe.deid.registry import Recognizer

# "[date, time] Speaker: message" or "date time - Speaker: message" at the start of a line
_LINE_RE = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}[ \t]*[-–—])[ \t]*"
                      r"(?P<speaker>[^:\n\[\]]{2,40}?):[ \t]+(?P<first>[^\W\d_]+)(?P<comma>,)?")
_TITLE_RE = re.compile(r"(?:Dr\.?|Доктор|Д-р|врач|Врач)[ \t]+")
# speaker labels that are roles, not people
_ROLES = frozenset("врач доктор пациент пациентка администратор оператор регистратура бот система я вы мама папа "
                   "doctor patient nurse admin operator system bot me you".split())


class ChatSpeakerRecognizer(Recognizer):
    name, types, langs, score = "chat_speaker", ("NAME",), ("ru", "en"), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _LINE_RE.finditer(text):
            s, e = m.span("speaker")
            t = _TITLE_RE.match(text, s, e)
            if t:
                s = t.end()
            speaker = text[s:e].strip()
            if speaker and speaker[0].isupper() and speaker.lower() not in _ROLES and re.search(r"[^\W\d_]{2}", speaker):
                yield Entity(s, s + len(speaker), "NAME", self.name, self.score)
            first = m.group("first")
            if m.group("comma") and first.islower() and re.fullmatch(r"[а-яё]+", first):
                f = facts(first)
                if f.top == "Name" and f.name >= 0.4 and f.known:
                    yield Entity(m.start("first"), m.end("first"), "NAME", self.name, 0.75)
