"""Compare a report's labeled content with the findings it was written from.

Why: a generated report is only useful if it says every input finding with its side and severity, states
the explicit negatives, and says no other abnormality. The checker turns the labeler's mentions into the
lists a radiologist would flag: missing, extra (hallucinated or contradicting a negative), laterality
errors, severity errors and omitted negatives. The generator's verification pass and the metrics use it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from medmoe.knowledge.cxr import CxrKB
from medmoe.report.findings import Finding
from medmoe.report.labeler import LabeledFinding

Tuple3 = tuple[str, str | None, str | None]


@dataclass
class ReportCheck:
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    laterality_errors: list[str] = field(default_factory=list)
    severity_errors: list[str] = field(default_factory=list)
    omitted_negatives: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.laterality_errors or self.severity_errors
                    or self.omitted_negatives)

    def to_dict(self) -> dict[str, Any]:
        return {"missing": self.missing, "extra": self.extra, "laterality_errors": self.laterality_errors,
                "severity_errors": self.severity_errors, "omitted_negatives": self.omitted_negatives}


def asserted(labels: list[LabeledFinding]) -> list[LabeledFinding]:
    """Mentions that claim the finding (present or hedged): both count against hallucination."""
    return [m for m in labels if m.status in ("present", "uncertain")]


def predicted_tuples(labels: list[LabeledFinding]) -> set[Tuple3]:
    """(finding, side, severity) the report asserts; a restatement without side/severity ("IMPRESSION:
    Cardiomegaly.") is absorbed by a more specific mention of the same finding."""
    by_id: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    for m in asserted(labels):
        by_id[m.finding].add((m.laterality, m.severity))
    out: set[Tuple3] = set()
    for fid, items in by_id.items():
        for s, v in items:
            subsumed = any((s is None or s == s2) and (v is None or v == v2) and (s2, v2) != (s, v)
                           for s2, v2 in items)
            if not subsumed:
                out.add((fid, s, v))
    return out


def check_report(findings: list[Finding], labels: list[LabeledFinding]) -> ReportCheck:
    """What is wrong with a report (labeled as `labels`) written for `findings`."""
    res = ReportCheck()
    gold = [f for f in findings if f.present]
    negatives = [f for f in findings if not f.present]
    said = asserted(labels)
    by_id: dict[str, list[LabeledFinding]] = defaultdict(list)
    for m in said:
        by_id[m.finding].append(m)
    gold_sides: dict[str, set[str | None]] = defaultdict(set)
    gold_sevs: dict[str, set[str | None]] = defaultdict(set)
    for f in gold:
        gold_sides[f.finding].add(f.laterality)
        gold_sevs[f.finding].add(f.severity)
    for f in gold:
        ms = by_id.get(f.finding, [])
        if not ms:
            res.missing.append(f.describe())
            continue
        out_sides = {m.laterality for m in ms if m.laterality}
        out_sevs = {m.severity for m in ms if m.severity}
        if f.laterality and f.laterality not in out_sides:
            said_side = "/".join(sorted(out_sides)) or "no side"
            res.laterality_errors.append(f"{f.finding}: expected {f.laterality}, report says {said_side}")
        if f.severity and f.severity not in out_sevs:
            said_sev = "/".join(sorted(out_sevs)) or "no severity"
            res.severity_errors.append(f"{f.finding}: expected {f.severity}, report says {said_sev}")
    for fid, ms in by_id.items():
        if fid not in gold_sides:
            continue
        wrong_sides = {m.laterality for m in ms if m.laterality} - gold_sides[fid]
        for s in sorted(wrong_sides):  # type: ignore[type-var]
            msg = f"{fid}: report says {s}, not in the input"
            if not any(e.startswith(f"{fid}: expected") for e in res.laterality_errors):
                res.laterality_errors.append(msg)
        wrong_sevs = {m.severity for m in ms if m.severity} - gold_sevs[fid]
        for v in sorted(wrong_sevs):  # type: ignore[type-var]
            if not any(e.startswith(f"{fid}: expected") for e in res.severity_errors):
                res.severity_errors.append(f"{fid}: report says {v}, not in the input")
    gold_ids = {f.finding for f in gold}
    neg_ids = {f.finding for f in negatives}
    for fid in dict.fromkeys(m.finding for m in said):
        if fid in neg_ids:
            res.extra.append(f"{fid} (input says absent)")
        elif fid not in gold_ids:
            res.extra.append(fid)
    absent_ids = {m.finding for m in labels if m.status == "absent"}
    for f in negatives:
        if f.finding not in absent_ids:
            res.omitted_negatives.append(f.describe())
    return res


def impression_omissions(findings: list[Finding], impression: list[LabeledFinding], kb: CxrKB) -> list[str]:
    """Present findings the KB marks as impression-worthy (`impression: true`: acute or clinically significant,
    e.g. an effusion, not degenerative spine changes) that the impression labels do not assert.

    Why: the impression is the part of a report that clinicians act on; a large effusion described in the
    findings section but missing from the impression passes every whole-text check. Checked per finding type
    (side and severity are already checked over the whole text), so "bilateral opacities" covers a left and
    a right opacity.
    """
    said = {m.finding for m in asserted(impression)}
    out: list[str] = []
    for f in findings:
        if f.present and kb.in_impression(f.finding) and f.finding not in said and f.describe() not in out:
            out.append(f.describe())
    return out
