"""Structured chest X-ray findings: the input of every report generator, in one canonical form.

Two input forms are accepted: the MeSH-style strings of the Indiana University (Open-i) collection
(`Opacity/lung/base/left/mild;Cardiomegaly/mild`, or `normal`) and structured JSON
(`[{"finding", "location", "laterality", "severity", "present"}]`). Unknown terms are collected and
reported, never silently dropped: a report that quietly omits a finding is worse than an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from medmoe.errors import InputError
from medmoe.knowledge.cxr import LATERALITIES, SEVERITIES, CxrKB, load_kb


@dataclass(frozen=True)
class Finding:
    """One finding as the radiologist recorded it. `present=False` is an explicit negative ("no pneumothorax")."""

    finding: str
    location: str | None = None
    laterality: str | None = None
    severity: str | None = None
    present: bool = True
    descriptors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["descriptors"] = list(self.descriptors)
        return d

    def key(self) -> tuple[str, str | None, str | None]:
        """What the checker compares: finding, side, severity."""
        return (self.finding, self.laterality, self.severity)

    def describe(self) -> str:
        mods = [m for m in (self.severity, self.laterality, self.location) if m]
        s = self.finding + (f" ({', '.join(mods)})" if mods else "")
        return s if self.present else f"no {s}"


@dataclass
class ParsedFindings:
    """Parsed findings plus everything that could not be understood (`unknown`, one message per term)."""

    findings: list[Finding] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    normal: bool = False

    @property
    def present(self) -> list[Finding]:
        return [f for f in self.findings if f.present]


def _split_item_parts(item: str) -> list[str]:
    return [p.strip() for p in item.split("/") if p.strip()]


def parse_mesh(text: str, kb: CxrKB | None = None) -> ParsedFindings:
    """Parse an Open-i MeSH-style string: items separated by `;`, each `Term/qualifier/.../qualifier`.

    The term may itself span several parts (`Spine/degenerative`, `Costophrenic Angle/blunted`): the longest
    known prefix wins. Qualifiers are locations (`lung/base` and `base` both mean the lung base),
    laterality, severity or descriptors; anything else is reported in `unknown`.
    """
    kb = kb or load_kb()
    out = ParsedFindings()
    items = [it.strip() for it in text.replace("\n", ";").split(";") if it.strip()]
    for item in items:
        low = item.lower()
        if low in ("normal", "no finding", "no findings", "no indexing"):
            out.normal = True
            continue
        parts = _split_item_parts(low)
        present = True
        if parts and parts[0].startswith("no "):  # "no pneumothorax": an explicit negative
            parts[0] = parts[0][3:].strip()
            present = False
        fid = None
        for k in range(min(3, len(parts)), 0, -1):
            cand = "/".join(parts[:k])
            if cand in kb.mesh_findings:
                fid, parts = kb.mesh_findings[cand], parts[k:]
                break
        if fid is None:
            out.unknown.append(f"unknown finding {item.split('/')[0].strip()!r} in {item!r}")
            continue
        loc = side = sev = None
        desc: list[str] = []
        i = 0
        while i < len(parts):
            q = parts[i]
            two = "/".join(parts[i:i + 2]) if i + 1 < len(parts) else None
            if two and two in kb.mesh_locations:
                loc, i = kb.mesh_locations[two], i + 2
                continue
            if q in kb.mesh_locations:
                # "lung" is the organ: a more specific location given with it (lung/.../base) wins.
                if not (loc and q == "lung"):
                    loc = kb.mesh_locations[q]
            elif q in kb.mesh_laterality:
                side = kb.mesh_laterality[q]
            elif q in kb.mesh_severity:
                sev = kb.mesh_severity[q]
            elif q in kb.descriptors:
                desc.append(q)
            else:
                out.unknown.append(f"unknown qualifier {q!r} in {item!r}")
            i += 1
        if loc is not None and kb.locations[loc].fixed_side and side is None:
            side = kb.locations[loc].fixed_side
        out.findings.append(Finding(fid, loc, side, sev, present, tuple(desc)))
    if out.normal and out.present:
        out.unknown.append("'normal' given together with present findings")
    return out


def _norm_field(value: Any, allowed: dict[str, str] | tuple[str, ...], what: str, where: str,
                unknown: list[str]) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        unknown.append(f"{where}: {what} must be a string, got {type(value).__name__}")
        return None
    v = value.strip().lower()
    if isinstance(allowed, dict):
        if v in allowed:
            return allowed[v]
    elif v in allowed:
        return v
    unknown.append(f"{where}: unknown {what} {value!r}")
    return None


def parse_structured(items: list[Any], kb: CxrKB | None = None) -> ParsedFindings:
    """Parse `[{"finding", "location", "laterality", "severity", "present", "descriptors"}]`.

    Field values may be KB ids or any MeSH synonym (`"Pleural Effusion"`, `"small"`, `"lung/base"`).
    """
    kb = kb or load_kb()
    out = ParsedFindings()
    if not isinstance(items, list):
        raise InputError(f"structured findings must be a list of objects, got {type(items).__name__}")
    if not items:
        out.normal = True
    finding_ids = {**kb.mesh_findings, **{f: f for f in kb.findings}}
    locs = {**kb.mesh_locations, **{loc: loc for loc in kb.locations}}
    sides = {**kb.mesh_laterality, **{s: s for s in LATERALITIES}}
    sevs = {**kb.mesh_severity, **{s: s for s in SEVERITIES}}
    for n, it in enumerate(items):
        where = f"finding #{n + 1}"
        if isinstance(it, str):
            sub = parse_mesh(it, kb)
            out.findings.extend(sub.findings)
            out.unknown.extend(sub.unknown)
            out.normal = out.normal or sub.normal
            continue
        if not isinstance(it, dict) or "finding" not in it:
            out.unknown.append(f"{where}: expected an object with a 'finding' field")
            continue
        fid = _norm_field(it["finding"], finding_ids, "finding", where, out.unknown)
        if fid is None:
            continue
        extra = set(it) - {"finding", "location", "laterality", "severity", "present", "descriptors"}
        for k in sorted(extra):
            out.unknown.append(f"{where}: unknown field {k!r}")
        loc = _norm_field(it.get("location"), locs, "location", where, out.unknown)
        side = _norm_field(it.get("laterality"), sides, "laterality", where, out.unknown)
        sev = _norm_field(it.get("severity"), sevs, "severity", where, out.unknown)
        present = it.get("present", True)
        if not isinstance(present, bool):
            out.unknown.append(f"{where}: 'present' must be true or false")
            present = True
        desc: list[str] = []
        for d in it.get("descriptors", []) or []:
            if isinstance(d, str) and d.lower() in kb.descriptors:
                desc.append(d.lower())
            else:
                out.unknown.append(f"{where}: unknown descriptor {d!r}")
        if loc is not None and kb.locations[loc].fixed_side and side is None:
            side = kb.locations[loc].fixed_side
        out.findings.append(Finding(fid, loc, side, sev, present, tuple(desc)))
    return out


def parse_findings(value: str | list[Any], kb: CxrKB | None = None, strict: bool = True) -> ParsedFindings:
    """Either input form. A string that looks like JSON (`[...]`) is decoded first.

    strict: raise `InputError` listing every unknown term (the CLI default), instead of returning them.
    """
    if isinstance(value, str) and value.strip().startswith("["):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as e:
            raise InputError(f"findings look like JSON but do not parse: {e.msg}") from e
    if isinstance(value, str):
        if not value.replace(";", "").strip():
            # An empty field is a broken export, not a normal study: writing a normal report for it would
            # look signed-off while saying nothing about the image.
            raise InputError("findings are empty; write 'normal' for a normal study")
        parsed = parse_mesh(value, kb)
    elif isinstance(value, list):
        parsed = parse_structured(value, kb)
    else:
        raise InputError(f"findings must be a MeSH-style string or a list, got {type(value).__name__}")
    if strict and parsed.unknown:
        raise InputError("; ".join(parsed.unknown))
    return parsed


def linearize(findings: list[Finding], lang: str) -> str:
    """The canonical text form the seq2seq model reads: one token group per finding, input order kept.

    `<en> + opacity @lung_base left mild ~diffuse | - pneumothorax` ; an empty list means a normal study.
    """
    groups = []
    for f in findings:
        toks = ["+" if f.present else "-", f.finding]
        if f.location:
            toks.append("@" + f.location)
        if f.laterality:
            toks.append(f.laterality)
        if f.severity:
            toks.append(f.severity)
        toks.extend("~" + d for d in f.descriptors)
        groups.append(" ".join(toks))
    return f"<{lang}> " + (" | ".join(groups) if groups else "normal")
