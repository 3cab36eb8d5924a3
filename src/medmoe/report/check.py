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


def covers(said: str | None, want: str | None) -> bool:
    """Does a mention's side `said` state the input side `want`? "Bilateral X" states a left and a right X."""
    return said == want or (said == "bilateral" and want in ("left", "right"))


def side_in_input(said: str, gold_sides: set[str | None]) -> bool:
    """Is a side the report asserts backed by the input? "Bilateral" needs both sides (or a bilateral
    finding); a single side is also backed by a bilateral input finding."""
    if said == "bilateral":
        return "bilateral" in gold_sides or {"left", "right"} <= gold_sides
    return said in gold_sides or "bilateral" in gold_sides


def allowed_severities(m: LabeledFinding, gold: list[Finding]) -> set[str | None]:
    """Severities the input gives the instances of `m`'s finding that `m` may be talking about (those on a
    side it covers; all of them when either side is unstated)."""
    return {g.severity for g in gold if g.finding == m.finding and (
        m.laterality is None or g.laterality is None or covers(m.laterality, g.laterality)
        or covers(g.laterality, m.laterality))}


def check_report(findings: list[Finding], labels: list[LabeledFinding]) -> ReportCheck:
    """What is wrong with a report (labeled as `labels`) written for `findings`.

    Checked per finding instance, not per finding type: "left pneumothorax; large right pneumothorax" is two
    facts, and a report that says only the left one has left out the right one, although pneumothorax is
    mentioned. Each input (finding, side) needs a mention on that side with the input's severity; each
    asserted side and severity must belong to an input instance of that finding.
    """
    res = ReportCheck()
    gold = [f for f in findings if f.present]
    negatives = [f for f in findings if not f.present]
    by_id: dict[str, list[LabeledFinding]] = defaultdict(list)
    for m in asserted(labels):
        by_id[m.finding].append(m)
    gold_by_id: dict[str, list[Finding]] = defaultdict(list)
    for f in gold:
        gold_by_id[f.finding].append(f)
    for f in gold:
        ms = by_id.get(f.finding, [])
        gold_sides = {g.laterality for g in gold_by_id[f.finding]}
        on_side = [m for m in ms if covers(m.laterality, f.laterality)] if f.laterality else ms
        if not on_side:
            # A mention on a side no input instance has is a laterality error; when every side said belongs
            # to another instance of the same finding, this instance was simply left out.
            said_sides = {m.laterality for m in ms if m.laterality}
            if not ms or (said_sides and all(side_in_input(s, gold_sides) for s in said_sides)):
                res.missing.append(f.describe())
            else:
                said = "/".join(sorted(said_sides)) or "no side"
                res.laterality_errors.append(f"{f.finding}: expected {f.laterality}, report says {said}")
            continue
        sevs = {m.severity for m in on_side if m.severity}
        if f.severity and f.severity not in sevs:
            said_sev = "/".join(sorted(sevs)) or "no severity"
            where = f" ({f.laterality})" if len(gold_by_id[f.finding]) > 1 and f.laterality else ""
            res.severity_errors.append(f"{f.finding}{where}: expected {f.severity}, report says {said_sev}")
    for fid, ms in by_id.items():
        if fid not in gold_by_id:
            continue
        gold_sides = {g.laterality for g in gold_by_id[fid]}
        for s in sorted({m.laterality for m in ms if m.laterality and not side_in_input(m.laterality, gold_sides)}):
            if not any(e.startswith(f"{fid}: expected") for e in res.laterality_errors):
                res.laterality_errors.append(f"{fid}: report says {s}, not in the input")
        for m in ms:
            if m.severity and m.severity not in allowed_severities(m, gold_by_id[fid]) and not any(
                    e.startswith(fid) for e in res.severity_errors):
                res.severity_errors.append(f"{fid}: report says {m.severity}, not in the input")
    gold_ids = set(gold_by_id)
    neg_ids = {f.finding for f in negatives}
    for fid in by_id:
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
    findings section but missing from the impression passes every whole-text check. Checked per instance
    (finding, side): "Left pneumothorax." does not name the large right one, and a side-less "Pneumothorax."
    names a one-sided finding only when the input has that finding on one side; "bilateral opacities" covers
    a left and a right opacity. Severity is checked over the whole text, not here.
    """
    said = asserted(impression)
    out: list[str] = []
    for f in findings:
        if not (f.present and kb.in_impression(f.finding)) or f.describe() in out:
            continue
        n_sides = len({g.laterality for g in findings if g.present and g.finding == f.finding})
        ok = any(m.finding == f.finding and (covers(m.laterality, f.laterality)
                                             or (m.laterality is None and n_sides == 1)) for m in said)
        if not ok:
            out.append(f.describe())
    return out
