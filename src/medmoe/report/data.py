"""Training and evaluation data for the report model: synthetic cases, Open-i CSV, JSONL.

Why one loader for all: `medmoe report train` and `medmoe eval report` accept a hospital's own archive in
either layout, and every row ends up as the same `ReportCase` (parsed findings, language, reference text).
Rows whose findings contain unknown terms are reported (file:line) and skipped: training on a report that
mentions a finding missing from its input would teach the model to hallucinate.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from medmoe.errors import InputError
from medmoe.io import BadRecord, iter_jsonl
from medmoe.report.findings import Finding, linearize, parse_findings
from medmoe.text.lang import detect_language

OPENI_COLUMNS = ("uid", "MeSH", "Problems", "image", "indication", "comparison", "findings", "impression")


@dataclass
class ReportCase:
    id: str
    lang: str
    findings: list[Finding]
    report: str

    @property
    def source(self) -> str:
        return linearize(self.findings, self.lang)


def _case(id_: str, findings_value: object, report: str, lang: str | None, where: str,
          warn: Callable[[str], None]) -> ReportCase | None:
    if not isinstance(report, str) or not report.strip():
        warn(f"{where}: empty report, skipped")
        return None
    try:
        parsed = parse_findings(findings_value, strict=True)  # type: ignore[arg-type]
    except InputError as e:
        warn(f"{where}: {e}; skipped")
        return None
    lang = lang or detect_language(report, tie="en")
    if lang not in ("en", "ru"):
        warn(f"{where}: lang must be en or ru, got {lang!r}; skipped")
        return None
    return ReportCase(id_, lang, parsed.findings, report.strip())


def read_openi_csv(path: str | Path, warn: Callable[[str], None]) -> list[ReportCase]:
    """Open-i layout: `MeSH` holds the findings, `findings` + `impression` the report."""
    out: list[ReportCase] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ("MeSH", "findings", "impression") if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path}: not an Open-i CSV (missing column {missing[0]!r}; expected "
                             f"{', '.join(OPENI_COLUMNS)})")
        for line_no, row in enumerate(reader, start=2):
            find, imp = (row.get("findings") or "").strip(), (row.get("impression") or "").strip()
            if not find and not imp:
                warn(f"{path}:{line_no}: no findings or impression text, skipped")
                continue
            lang = detect_language(find + " " + imp, tie="en")
            h1, h2 = ("FINDINGS:", "IMPRESSION:") if lang == "en" else ("ОПИСАНИЕ:", "ЗАКЛЮЧЕНИЕ:")
            report = f"{h1} {find}\n{h2} {imp}".strip()
            case = _case(row.get("uid") or str(line_no), row.get("MeSH") or "", report, lang,
                         f"{path}:{line_no}", warn)
            if case:
                out.append(case)
    return out


def read_jsonl(path: str | Path, warn: Callable[[str], None]) -> list[ReportCase]:
    """JSONL lines `{"findings": <MeSH string or list>, "report": str, "lang"?: "en"|"ru", "id"?: ...}`."""
    out: list[ReportCase] = []
    for item in iter_jsonl(path, required=("findings", "report")):
        if isinstance(item, BadRecord):
            warn(str(item))
            continue
        line_no, rec = item
        case = _case(str(rec.get("id", line_no)), rec["findings"], rec["report"], rec.get("lang"),
                     f"{path}:{line_no}", warn)
        if case:
            out.append(case)
    return out


def read_cases(path: str | Path, warn: Callable[[str], None]) -> list[ReportCase]:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    if p.suffix.lower() in (".csv", ".tsv"):
        return read_openi_csv(p, warn)
    return read_jsonl(p, warn)


def synthetic_cases(n: int, split: str = "train", seed: int = 0,
                    langs: tuple[str, ...] = ("en", "ru")) -> list[ReportCase]:
    from medmoe.report.findings import parse_structured
    from medmoe.synth.report import generate_cases

    return [ReportCase(c["id"], c["lang"], parse_structured(c["findings"]).findings, c["report"])
            for c in generate_cases(n, split, langs, seed)]
