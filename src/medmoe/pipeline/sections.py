"""Section splitting of clinical notes (Russian and English headings).

Why: the pipeline runs ICD coding and triage on the complaints, not on the plan ("при появлении боли в
груди вызвать скорую" in the recommendations is not a complaint). Headings are recognised at the start of
a line or after a sentence end, followed by a colon; the canonical names are shared by both languages.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

# canonical name -> heading variants (lower case, "ё" written as "е"), Russian and English
HEADINGS: dict[str, list[str]] = {
    "complaints": ["жалобы", "жалобы при поступлении", "жалобы на момент осмотра", "жалобы пациента", "повод к вызову",
                   "повод обращения", "chief complaint", "complaints", "presenting complaint", "cc",
                   "reason for visit"],
    "history": ["анамнез заболевания", "анамнез", "anamnesis morbi", "история заболевания", "анамнез жизни",
                "anamnesis vitae", "аллергоанамнез", "аллергологический анамнез", "семейный анамнез",
                "history of present illness", "hpi", "history", "past medical history", "pmh", "family history",
                "social history", "medications", "allergies"],
    "examination": ["объективно", "объективный статус", "объективный осмотр", "status praesens", "st. praesens",
                    "локальный статус", "status localis", "неврологический статус", "осмотр",
                    "данные обследования", "examination", "physical examination", "physical exam", "exam",
                    "vital signs", "vitals", "investigations", "results"],
    "assessment": ["заключение", "диагноз", "предварительный диагноз", "клинический диагноз", "основной диагноз",
                   "assessment", "impression", "diagnosis", "conclusion", "assessment and plan"],
    "plan": ["рекомендации", "рекомендовано", "план", "план обследования", "план лечения", "лечение",
             "назначения", "plan", "recommendations", "treatment", "follow-up", "follow up", "disposition"],
    "identification": ["пациент", "фио", "ф.и.о.", "дата рождения", "снилс", "полис", "адрес", "телефон",
                       "patient", "name", "date of birth", "dob", "address", "phone", "mrn"],
}
_ALT = sorted(((v, k) for k, vs in HEADINGS.items() for v in vs), key=lambda x: -len(x[0]))
_CANON = dict(_ALT)
_HEAD_RE = re.compile(r"(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))[ \t]*(" + "|".join(re.escape(v) for v, _ in _ALT)
                      + r")[ \t]*:", re.IGNORECASE)


@dataclass
class Section:
    name: str  # canonical: complaints, history, examination, assessment, plan, identification, preamble
    heading: str  # as written, "" for the preamble
    start: int  # character offsets of the body in the note
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def split_sections(text: str) -> list[Section]:
    """Sections in note order. Text before the first heading is the "preamble"; no heading: one preamble."""
    norm = text.replace("ё", "е").replace("Ё", "Е")
    heads = list(_HEAD_RE.finditer(norm))
    out: list[Section] = []
    first = heads[0].start() if heads else len(text)
    if text[:first].strip():
        out.append(Section("preamble", "", 0, first, text[:first].strip()))
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.end():end]
        name = _CANON.get(m.group(1).lower(), "other")
        out.append(Section(name, text[m.start(1):m.end(1)], m.end(), end, body.strip()))
    return out


def complaint_text(text: str, sections: list[Section] | None = None) -> str:
    """The text triage and ICD coding read: complaints + history of the present illness when headed,
    else the note without its plan and identification sections (an unstructured note is all complaint)."""
    sections = sections if sections is not None else split_sections(text)
    chosen = [s.text for s in sections if s.name == "complaints"]
    if chosen:
        chosen += [s.text for s in sections if s.name in ("history", "examination")]
        return "\n".join(chosen)
    rest = [s.text for s in sections if s.name not in ("plan", "identification")]
    return "\n".join(rest) if rest else text
