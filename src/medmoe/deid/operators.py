"""Operators: what replaces each detected span (`mask`, `redact`, `pseudonymize`, `generalize`).

Why separate from detection (as in Presidio): the same merged entities can be masked for a quick look,
pseudonymized for model training, or generalized for statistics, and a new operator needs no recognizer
changes. Every operator returns the new text plus, for the vault, where each replacement sits in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medmoe.deid.dates import year_of
from medmoe.deid.entities import Entity
from medmoe.deid.pseudonyms import Pseudonymizer

MODES = ("mask", "redact", "pseudonymize", "generalize")
# ages only where the words say it is an age: "3 года" after "болеет" is a duration, not an age
AGE_RE = re.compile(
    r"(?:(?<![\w])(?:возраст\w*|в\s+возрасте|age|aged)\s*:?\s*(\d{1,3})(?![\d.,]\d)"
    r"|(?<![\w.,])(\d{1,3})(?=\s*(?:y/?o\b|-?years?[-\s]old|-летн\w+|\s*лет(?:ний|няя)?\s*,?\s*"
    r"(?:пациент|больн|мужчин|женщин)\w*)))",
    re.IGNORECASE,
)


def age_band(age: int) -> str:
    """Ten-year bands; 90 and over are one band (HIPAA Safe Harbor's rule for ages, also sensible here)."""
    if age >= 90:
        return "90+"
    lo = age // 10 * 10
    return f"{lo}-{lo + 9}"


def replacement(
    mode: str, ent: Entity, value: str, pseudo: Pseudonymizer | None, patient_key: str, lang: str
) -> str:
    if mode == "mask":
        return f"[{ent.type}]"
    if mode == "redact":
        return ""
    if mode == "generalize":
        if ent.subtype == "age":
            return age_band(int(value))
        if ent.type == "DATE":
            year = year_of(value, lang)
            return str(year) if year is not None else "[DATE]"
        return f"[{ent.type}]"
    if mode == "pseudonymize":
        if pseudo is None:
            raise ValueError("pseudonymize needs a key")
        return pseudo.surrogate(ent, value, patient_key, lang)
    raise ValueError(f"unknown mode {mode!r}; choose one of {MODES}")


def apply(
    text: str, entities: list[Entity], replace: Callable[[Entity, str], str]
) -> tuple[str, list[tuple[int, int, str]]]:
    """Rebuild the text left to right; return it and (start, end, original) of each replacement in it."""
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    length = 0
    for ent in entities:
        out.append(text[pos : ent.start])
        length += ent.start - pos
        original = text[ent.start : ent.end]
        new = replace(ent, original)
        out.append(new)
        spans.append((length, length + len(new), original))
        length += len(new)
        pos = ent.end
    out.append(text[pos:])
    return "".join(out), spans
