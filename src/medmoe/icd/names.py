"""ICD-10 code names (Russian) and chapters, so predictions read "M54 — Дорсалгия".

Why a TSV in the package: the titles are public (WHO ICD-10 / МКБ-10), needed offline, and a TSV is the
format a hospital coder can read and extend. Chapters group codes for routing analysis (do experts
specialise by organ system?) and for a coarse fallback name when a code is missing from the table.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["CODE_RE", "chapter", "chapter_name", "code_name", "is_valid_code", "known_codes", "load_names"]

CODE_RE = re.compile(r"^[A-Z][0-9]{2}$")

# (first code, last code, roman numeral, Russian chapter title) of the ICD-10 chapters.
_CHAPTERS: list[tuple[str, str, str, str]] = [
    ("A00", "B99", "I", "Некоторые инфекционные и паразитарные болезни"),
    ("C00", "D48", "II", "Новообразования"),
    ("D50", "D89", "III", "Болезни крови, кроветворных органов и отдельные нарушения иммунного механизма"),
    ("E00", "E90", "IV", "Болезни эндокринной системы, расстройства питания и нарушения обмена веществ"),
    ("F00", "F99", "V", "Психические расстройства и расстройства поведения"),
    ("G00", "G99", "VI", "Болезни нервной системы"),
    ("H00", "H59", "VII", "Болезни глаза и его придаточного аппарата"),
    ("H60", "H95", "VIII", "Болезни уха и сосцевидного отростка"),
    ("I00", "I99", "IX", "Болезни системы кровообращения"),
    ("J00", "J99", "X", "Болезни органов дыхания"),
    ("K00", "K93", "XI", "Болезни органов пищеварения"),
    ("L00", "L99", "XII", "Болезни кожи и подкожной клетчатки"),
    ("M00", "M99", "XIII", "Болезни костно-мышечной системы и соединительной ткани"),
    ("N00", "N99", "XIV", "Болезни мочеполовой системы"),
    ("O00", "O99", "XV", "Беременность, роды и послеродовой период"),
    ("P00", "P96", "XVI", "Отдельные состояния, возникающие в перинатальном периоде"),
    ("Q00", "Q99", "XVII", "Врожденные аномалии, деформации и хромосомные нарушения"),
    (
        "R00",
        "R99",
        "XVIII",
        "Симптомы, признаки и отклонения от нормы, не классифицированные в других рубриках",
    ),
    ("S00", "T98", "XIX", "Травмы, отравления и некоторые другие последствия воздействия внешних причин"),
    ("V01", "Y98", "XX", "Внешние причины заболеваемости и смертности"),
    (
        "Z00",
        "Z99",
        "XXI",
        "Факторы, влияющие на состояние здоровья населения и обращения в учреждения здравоохранения",
    ),
    ("U00", "U85", "XXII", "Коды для особых целей"),
]


def is_valid_code(code: str) -> bool:
    """A three-character ICD-10 category: one capital Latin letter and two digits ("M54")."""
    return isinstance(code, str) and bool(CODE_RE.match(code))


@lru_cache(maxsize=1)
def load_names() -> dict[str, str]:
    """code -> Russian title, from `medmoe/knowledge/data/icd10_ru.tsv`."""
    text = resources.files("medmoe.knowledge").joinpath("data/icd10_ru.tsv").read_text(encoding="utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, _, name = line.partition("\t")
        names[code.strip()] = name.strip()
    return names


def known_codes() -> list[str]:
    return sorted(load_names())


def chapter(code: str) -> str | None:
    """Roman numeral of the ICD-10 chapter holding `code` ("M54" -> "XIII"), None if not a valid code."""
    if not is_valid_code(code):
        return None
    for lo, hi, roman, _ in _CHAPTERS:
        if lo <= code <= hi:
            return roman
    return None


def chapter_name(code: str) -> str | None:
    ch = chapter(code)
    return next((title for _, _, roman, title in _CHAPTERS if roman == ch), None)


def code_name(code: str) -> str:
    """Russian title of `code`; for a valid code missing from the table, its chapter title in brackets;
    "" for anything else."""
    names = load_names()
    if code in names:
        return names[code]
    ch = chapter_name(code)
    return f"[{ch}]" if ch else ""
