"""One way for the de-identification tests to ask "what did the detectors find in this text?".

Why: seven test files each built a Deidentifier per call and sliced the spans in their own copy of the same
three lines. Detection does not depend on the key or keep state between texts, so one masker per language
serves every test.
"""

from __future__ import annotations

from functools import lru_cache

from medmoe.deid import Deidentifier

KEY = b"0123456789abcdef0123456789abcdef"


@lru_cache(maxsize=4)
def masker(lang: str = "auto") -> Deidentifier:
    return Deidentifier(lang=lang, mode="mask", key=KEY)


def typed(text: str, lang: str = "auto") -> list[tuple[str, str]]:
    """(type, covered text) for every detected entity, in order."""
    return [(e.type, text[e.start : e.end]) for e in masker(lang).detect(text)]


def found(text: str, lang: str = "auto") -> dict[str, str]:
    """covered text -> type."""
    return {s: t for t, s in typed(text, lang)}


def spans(text: str, kind: str, lang: str = "auto") -> list[str]:
    """The covered texts of one entity type, in order."""
    return [s for t, s in typed(text, lang) if t == kind]
