"""Reading cases: phenopacket JSON files, directories of them, or JSONL (one phenopacket per line).

Only `phenotypicFeatures` (with `excluded`) and `subject` (sex, age) are used for ranking; the gold
diagnosis for evaluation comes from `interpretations[].diagnosis.disease.id` (falling back to
`diseases[].term.id`). Problems are returned as `BadRecord`s naming file and line so a batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medmoe.errors import InputError
from medmoe.io import BadRecord, iter_jsonl
from medmoe.rare.api import MAX_TERMS, Patient
from medmoe.synth.rare import parse_iso_age

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_FILES = 1_000_000


@dataclass
class Case:
    patient: Patient
    gold: list[str] = field(default_factory=list)
    where: str = ""


def _age(subject: dict[str, Any]) -> float | None:
    iso = _get(subject, "timeAtLastEncounter", "age", "iso8601duration")
    return parse_iso_age(iso) if isinstance(iso, str) else None


def _get(obj: Any, *keys: str) -> Any:
    """obj[k1][k2]... where every level is a dict, else None: malformed exports have strings or lists
    where the schema has objects, and that must become a per-record error, not a crash."""
    for k in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(k)
    return obj


def case_from_phenopacket(pp: dict[str, Any], where: str, fallback_id: str) -> Case:
    """Phenopacket v2 dict -> Case; raises InputError naming `where` for structural problems."""
    feats = pp.get("phenotypicFeatures") or []
    if not isinstance(feats, list):
        raise InputError(f"{where}: phenotypicFeatures must be a list")
    if len(feats) > MAX_TERMS:
        raise InputError(f"{where}: {len(feats)} phenotypic features; the limit is {MAX_TERMS}")
    present, excluded = [], []
    for i, f in enumerate(feats):
        tid = _get(f, "type", "id")
        if not isinstance(tid, str):
            raise InputError(f"{where}: phenotypicFeatures[{i}].type.id is missing")
        (excluded if f.get("excluded") is True else present).append(tid.strip())
    subject = pp.get("subject") or {}
    sex = subject.get("sex") if isinstance(subject, dict) else None
    sex = {"MALE": "male", "FEMALE": "female"}.get(str(sex).upper()) if sex is not None else None
    gold = []
    for it in pp.get("interpretations") or []:
        did = _get(it, "diagnosis", "disease", "id")
        if isinstance(did, str):
            gold.append(did.strip())
    if not gold:
        for d in pp.get("diseases") or []:
            did = _get(d, "term", "id")
            if isinstance(did, str) and not _get(d, "excluded"):
                gold.append(did.strip())
    pid = pp.get("id") if isinstance(pp.get("id"), str) and pp.get("id") else fallback_id
    age = _age(subject) if isinstance(subject, dict) else None
    return Case(Patient(pid, present, excluded, sex, age), gold, where)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".json", ".jsonl"))
        if len(found) > MAX_FILES:
            raise InputError(f"{path}: more than {MAX_FILES} files; split the batch")
        return found
    if path.is_file():
        return [path]
    raise InputError(f"{path}: no such file or directory")


def iter_cases(paths: list[str | Path]) -> Iterator[Case | BadRecord]:
    """Every case of every path, in order; bad files/lines come back as BadRecord (the batch goes on)."""
    for root in paths:
        for f in _files(Path(root)):
            if f.suffix.lower() == ".jsonl":
                for item in iter_jsonl(f):
                    if isinstance(item, BadRecord):
                        yield item
                        continue
                    line_no, rec = item
                    try:
                        yield case_from_phenopacket(rec, f"{f}:{line_no}", f"{f.stem}:{line_no}")
                    except InputError as e:
                        yield BadRecord(str(f), line_no, str(e).split(": ", 1)[-1])
                continue
            try:
                if f.stat().st_size > MAX_FILE_BYTES:
                    yield BadRecord(str(f), 1, f"file larger than {MAX_FILE_BYTES} bytes")
                    continue
                raw = f.read_bytes()
                obj = json.loads(raw.decode("utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                line = getattr(e, "lineno", 1)
                yield BadRecord(str(f), line, f"invalid JSON ({getattr(e, 'msg', e)})")
                continue
            except OSError as e:
                yield BadRecord(str(f), 1, f"cannot read ({e.strerror})")
                continue
            items = obj if isinstance(obj, list) else [obj]
            for k, rec in enumerate(items):
                if not isinstance(rec, dict):
                    yield BadRecord(str(f), 1, f"expected a phenopacket object, got {type(rec).__name__}")
                    continue
                fallback = f.stem if len(items) == 1 else f"{f.stem}:{k}"
                try:
                    yield case_from_phenopacket(rec, str(f), fallback)
                except InputError as e:
                    yield BadRecord(str(f), 1, str(e).split(": ", 1)[-1])
