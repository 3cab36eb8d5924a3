"""`medmoe eval triage` on the named hand-written sets and their dev/test splits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.clirun import run_cli

from medmoe.cli.triage import named_sets

DATA = Path(__file__).parent / "data"


def _count(name: str, split: str) -> int:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return sum(1 for r in rows if split == "all" or r["split"] == split)


@pytest.mark.parametrize("data,files", [
    ("handwritten-en", ["triage_handwritten_en.jsonl"]),
    ("handwritten-ru-b3", ["triage_handwritten_ru_b3.jsonl"]),
    ("handwritten-new", ["triage_handwritten_en.jsonl", "triage_handwritten_ru_b3.jsonl"]),
])
@pytest.mark.parametrize("split", ["dev", "test", "all"])
def test_named_sets_and_split_select_the_right_records(data: str, files: list[str], split: str, tmp_path: Path) -> None:
    out = tmp_path / "m.json"
    assert run_cli(["eval", "triage", "--data", data, "--split", split, "--model", "rules", "-o", str(out)]) == 0
    m = json.loads(out.read_text(encoding="utf-8"))
    assert m["rules_only"]["n"] == sum(_count(f, split) for f in files)
    assert m["data"] == (data if split == "all" else f"{data} (split {split})")


def test_a_file_without_split_fields_is_empty_for_a_split(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Боль в груди, холодный пот", "level": "emergency"}) + "\n", encoding="utf-8")
    assert run_cli(["eval", "triage", "--data", str(f), "--model", "rules"]) == 0
    assert run_cli(["eval", "triage", "--data", str(f), "--split", "dev", "--model", "rules"]) == 2
    assert "no usable records" in capsys.readouterr().err


def test_bad_split_value_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["eval", "triage", "--data", "handwritten-en", "--split", "train", "--model", "rules"]) == 2
    assert "--split must be" in capsys.readouterr().err


def test_unknown_name_is_read_as_a_path() -> None:
    assert named_sets("handwritten-xx") is None
