"""Reading RuMedTop3-style JSONL with per-line checks: bad lines are reported, never fatal.

A line is refused (with `file:line: reason`) when it is not a JSON object, lacks a field, has an empty or
non-Russian complaint text, or (for labelled data) a code that is not a three-character ICD-10 category.
The caller reports the problems, goes on with the good lines, and exits non-zero at the end.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medmoe.icd.names import is_valid_code
from medmoe.io import BadRecord, iter_jsonl
from medmoe.text.lang import letter_counts

__all__ = ["MIN_CYRILLIC", "Problem", "check_text", "read_records"]

MIN_CYRILLIC = 0.5  # share of Cyrillic among letters below which a complaint is "not Russian"


@dataclass(frozen=True)
class Problem:
    where: str  # file:line
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def check_text(text: Any) -> str | None:
    """Why `text` cannot be coded (None when it can): not a string, empty, or not Russian."""
    if not isinstance(text, str):
        return f"'symptoms' must be a string, got {type(text).__name__}"
    if not text.strip():
        return "empty 'symptoms' text"
    cyr, lat = letter_counts(text)
    if cyr + lat == 0:
        return "'symptoms' has no letters"
    if cyr / (cyr + lat) < MIN_CYRILLIC:
        return "'symptoms' is not Russian text (the model codes Russian complaints)"
    return None


def read_records(
    path: str | Path,
    labelled: bool,
    text_field: str = "symptoms",
    code_field: str = "code",
    id_field: str = "idx",
) -> tuple[list[tuple[int, dict[str, Any]]], list[Problem]]:
    """Good `(line_no, record)` pairs and the problems of the other lines."""
    required = (id_field, text_field) + ((code_field,) if labelled else ())
    good: list[tuple[int, dict[str, Any]]] = []
    problems: list[Problem] = []
    for item in iter_jsonl(path, required=required):
        if isinstance(item, BadRecord):
            problems.append(Problem(item.where, item.reason))
            continue
        line_no, rec = item
        where = f"{path}:{line_no}"
        why = check_text(rec[text_field])
        if why is None and labelled and not is_valid_code(rec[code_field]):
            why = (
                f"unknown code {rec[code_field]!r} in '{code_field}' (expected a three-character "
                "ICD-10 category such as 'M54')"
            )
        if why is not None:
            problems.append(Problem(where, why))
            continue
        good.append((line_no, rec))
    return good, problems
