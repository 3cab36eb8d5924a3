"""Stop 3 UX: synth commands print a one-line summary; every `eval` command fails on an input with nothing
to score (one line naming the file, exit 2) instead of printing empty metrics with exit 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli


@pytest.mark.parametrize(
    ("argv", "expect"),
    [
        (["synth", "narratives", "--n", "2", "--lang", "en"], "wrote 2 synthetic en note(s)"),
        (["synth", "report", "--n", "3", "--lang", "ru"], "wrote 3 synthetic train report case(s) (ru)"),
    ],
)
def test_synth_prints_a_summary(
    argv: list[str], expect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert run_cli([*argv, "--output", str(out)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith(expect) and err[-1].endswith(f"to {out}")
    assert len(out.read_text(encoding="utf-8").splitlines()) == int(expect.split()[1])


def test_synth_to_stdout_keeps_stdout_pure_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["synth", "report", "--n", "2", "--lang", "en"]) == 0
    cap = capsys.readouterr()
    assert [json.loads(x)["lang"] for x in cap.out.splitlines()] == ["en", "en"]
    assert cap.err.strip().endswith("to stdout")


@pytest.mark.parametrize(
    "argv",
    [
        ["eval", "rare", "--cases", "{f}"],
        ["eval", "phenotypes", "--gold", "{f}", "--no-diagnosis"],
        ["eval", "report", "--data", "{f}"],
        ["eval", "triage", "--data", "{f}", "--model", "rules"],
    ],
)
def test_eval_on_empty_input_is_an_error(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert run_cli([a.format(f=empty) for a in argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {empty}: no usable ")


def test_eval_rare_with_no_scorable_case_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps({"id": "x", "phenotypicFeatures": []}) + "\n", encoding="utf-8")
    assert run_cli(["eval", "rare", "--cases", str(cases)]) == 2
    assert f"error: {cases}: no usable cases" in capsys.readouterr().err


def test_eval_triage_synthetic_needs_cases(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["eval", "triage", "--data", "synthetic", "--n", "0"]) == 2
    assert "--n must be >= 1" in capsys.readouterr().err
