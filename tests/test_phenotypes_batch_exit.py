"""`medmoe phenotypes --input` exits 1 when any record failed, run the way the console script runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli as _run


def test_failed_records_exit_1_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги."}\nnot json\n{"id": "c"}\n{"id": "d", "text": 5}\n[1]\n',
                   encoding="utf-8")
    assert _run(["phenotypes", "--input", str(inp), "--output", str(out)]) == 1
    assert "4 record(s) failed" in capsys.readouterr().err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]


def test_all_good_records_exit_0(tmp_path: Path) -> None:
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги."}\n', encoding="utf-8")
    assert _run(["phenotypes", "--input", str(inp), "--output", str(out)]) == 0


def test_record_that_raises_is_reported_and_the_rest_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from medmoe.phenotypes import PhenotypeRecognizer

    orig = PhenotypeRecognizer.recognize

    def recognize(self: PhenotypeRecognizer, text: str) -> list:
        if "BOOM" in text:
            raise ValueError("odd note")
        return orig(self, text)

    monkeypatch.setattr(PhenotypeRecognizer, "recognize", recognize)
    inp, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги BOOM."}\n{"id": "b", "text": "Судороги."}\n', encoding="utf-8")
    assert _run(["phenotypes", "--input", str(inp), "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert "in.jsonl:1" in err and "'a'" in err and "BOOM" not in err and "1 record(s) failed" in err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["b"]
