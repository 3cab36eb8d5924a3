"""Which language each part of a note is in, so language-specific steps read each part with the right rules.

Why per paragraph, then per sentence: a mixed note is usually a Russian note with an English paragraph
(a referral letter, a pasted discharge summary) or the reverse; recognising the whole note with one
language's lexicon misses every phenotype in the other part. A paragraph whose script is itself mixed is
split into sentences; a sentence is as small as it gets (Latin drug names inside a Russian sentence stay
Russian, by the script majority of `medmoe.text.lang`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medmoe.text.lang import detect_language, detect_language_or_mixed, letter_counts
from medmoe.text.sentences import sentence_spans

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class LangPart:
    """text[start:end] is in `lang` ("ru" | "en")."""

    lang: str
    start: int
    end: int


def _pieces(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(text):
        if detect_language_or_mixed(para.group()) != "mixed":
            out.append(para.span())
        else:
            out.extend((para.start() + a, para.start() + b) for a, b in sentence_spans(para.group()))
    return out


def language_parts(text: str, default: str = "ru") -> list[LangPart]:
    """Consecutive same-language runs of `text`, in order, covering all of it (a piece without letters, such
    as "АД 120/80" -> "120/80" lines, goes with the language before it). One part when the note is in one
    language; `default` for a note without letters."""
    labelled: list[tuple[str | None, int]] = []
    for a, b in _pieces(text):
        cyr, lat = letter_counts(text[a:b])
        labelled.append((detect_language(text[a:b]) if cyr + lat else None, a))
    langs = [lg for lg, _ in labelled if lg]
    if len(set(langs)) <= 1:
        return [LangPart(langs[0] if langs else default, 0, len(text))]
    parts: list[LangPart] = []
    current = langs[0]
    start = 0
    for lg, a in labelled:
        if lg is not None and lg != current:
            parts.append(LangPart(current, start, a))
            current, start = lg, a
    parts.append(LangPart(current, start, len(text)))
    return parts
