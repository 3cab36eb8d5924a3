"""Malformed phenopackets become per-record errors naming file and line; the rest of the batch is read."""

from __future__ import annotations

import json
from pathlib import Path

from medmoe.io import BadRecord
from medmoe.rare.io import iter_cases


def test_schema_violations_are_bad_records_not_crashes(tmp_path: Path) -> None:
    good = {"id": "ok", "phenotypicFeatures": [{"type": {"id": "HP:0001166"}}],
            "subject": {"sex": "FEMALE", "timeAtLastEncounter": {"age": {"iso8601duration": "P12Y"}}},
            "interpretations": [{"diagnosis": {"disease": {"id": "OMIM:154700"}}}]}
    lines = [
        {"id": "a", "phenotypicFeatures": [{"type": "HP:0001166"}]},           # type is a string
        {"id": "b", "phenotypicFeatures": [{"type": {"id": "HP:0001166"}}],
         "subject": {"timeAtLastEncounter": {"age": "P3Y"}}, "interpretations": ["OMIM:1"]},  # odd shapes
        good,
    ]
    p = tmp_path / "cases.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    items = list(iter_cases([p]))
    assert isinstance(items[0], BadRecord) and items[0].line_no == 1 and "type.id" in items[0].reason
    assert not isinstance(items[1], BadRecord) and items[1].patient.age_years is None and items[1].gold == []
    last = items[2]
    assert not isinstance(last, BadRecord)
    assert last.patient.sex == "female" and last.patient.age_years == 12 and last.gold == ["OMIM:154700"]


def test_top_k_lists_are_prefixes_of_each_other_under_ties() -> None:
    import numpy as np

    from medmoe.rare.api import Diagnoser

    s = np.array([0.5, 0.9, 0.9, 0.1, 0.9, 0.5])
    top = Diagnoser._top(None, s, 4)  # type: ignore[arg-type]
    assert top.tolist() == [1, 2, 4, 0]
    for k in range(1, 6):
        assert Diagnoser._top(None, s, k).tolist() == Diagnoser._top(None, s, 6).tolist()[:k]  # type: ignore[arg-type]
