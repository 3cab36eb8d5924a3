"""Operators: what replaces each detected span (`mask`, `redact`, `pseudonymize`, `generalize`).

Why separate from detection (as in Presidio): the same merged entities can be masked for a quick look,
pseudonymized for model training, or generalized for statistics, and a new operator needs no recognizer
changes. Every operator returns the new text plus, for the vault, where each replacement sits in it.
"""

from __future__ import annotations

import dataclasses
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


# the field a one-word name stands in says which part of a name it is ("ИМЯ: Роман", a `фамилия` column);
# the word alone often cannot ("Роман" is also a surname, "Ли" a first name)
_FIELD_ROLES = (
    ("Surn", r"фамилия|surname|last[ _]?name|family[ _]?name"),
    ("Name", r"имя|first[ _]?name|given[ _]?names?|forename"),
    ("Patr", r"отчество|patronymic|middle[ _]?name"),
)
_FIELD = "|".join(f"(?P<{role}>{rx})" for role, rx in _FIELD_ROLES)
_LABEL_BEFORE = re.compile(rf"(?i)(?<![\w])(?:{_FIELD})[ \t]*[:=][ \t]*\Z")
_HEADER_CELL = re.compile(rf"(?i)[ \t\"']*(?:{_FIELD})[ \t\"']*")
_ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CELL_DELIMITERS = (";", "\t", "|")


def _field_role(text: str, start: int, headers: dict[int, int]) -> str:
    """ "Name" | "Surn" | "Patr" when a label before the value on its line, or the header of its column in a
    delimited table, names the part of a name; "" otherwise. `headers` memoises each table row's header line
    (line start -> header line start), so a long export is scanned once."""
    line = text.rfind("\n", 0, start) + 1
    m = _LABEL_BEFORE.search(text, max(line, start - 40), start)
    if m:
        return m.lastgroup or ""
    prefix = text[line:start]
    end = text.find("\n", start)
    row = text[line : end if end >= 0 else len(text)]
    delim = next((d for d in _CELL_DELIMITERS if d in row), None)
    if delim is None:
        return ""
    header = _header_line(text, line, delim, headers)
    head_end = text.find("\n", header)
    cells = text[header : head_end if head_end >= 0 else len(text)].split(delim)
    col = prefix.count(delim)
    m = _HEADER_CELL.fullmatch(cells[col]) if col < len(cells) and header != line else None
    return (m.lastgroup or "") if m else ""


def _header_line(text: str, line: int, delim: str, headers: dict[int, int]) -> int:
    """The first line of the block of `delim`-separated lines that holds the line starting at `line`."""
    chain = []
    cur = line
    while cur not in headers:
        chain.append(cur)
        if cur == 0:
            break
        prev = text.rfind("\n", 0, cur - 1) + 1
        if delim not in text[prev : cur - 1]:
            break
        cur = prev
    top = headers[cur] if cur in headers else chain[-1]
    for c in chain:
        headers[c] = top
    return top


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
    headers: dict[int, int] = {}
    for ent in entities:
        out.append(text[pos : ent.start])
        length += ent.start - pos
        original = text[ent.start : ent.end]
        if ent.type == "NAME" and not ent.subtype and _ONE_WORD.fullmatch(original):
            role = _field_role(text, ent.start, headers)
            if role:  # the surrogate is of the same kind: a first name for "ИМЯ: Роман"
                ent = dataclasses.replace(ent, subtype="role:" + role)
        new = replace(ent, original)
        out.append(new)
        spans.append((length, length + len(new), original))
        length += len(new)
        pos = ent.end
    out.append(text[pos:])
    return "".join(out), spans
