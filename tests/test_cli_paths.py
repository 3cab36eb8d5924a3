"""Every command refuses bad paths before any work: one line, exit 2, inputs untouched, no .partial left."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.clirun import run_cli


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Боль в груди"}, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def _refused(args: list[str], capsys: pytest.CaptureFixture[str], *needles: str) -> None:
    assert run_cli(args) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "Error" not in err, err
    for n in needles:
        assert n in err, err


@pytest.mark.parametrize("cmd", [
    ["analyze", "{i}", "-o", "{i}"],
    ["triage", "--input", "{i}", "-o", "{i}", "--model", "rules"],
    ["diagnose", "{i}", "-o", "{i}"],
    ["report", "--input", "{i}", "-o", "{i}"],
    ["report", "label", "--input", "{i}", "-o", "{i}"],
    ["phenotypes", "--input", "{i}", "-o", "{i}"],
])
def test_output_equal_to_input_is_refused(cmd: list[str], notes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = notes.read_bytes()
    _refused([a.format(i=notes) for a in cmd], capsys, "overwrite the input", str(notes))
    assert notes.read_bytes() == before


def test_output_inside_the_input_directory_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "notes"
    d.mkdir()
    (d / "a.txt").write_text("Боль в груди", encoding="utf-8")
    _refused(["diagnose", str(d), "-o", str(d / "out.jsonl")], capsys, "inside the input directory")


@pytest.mark.parametrize("cmd", [
    ["triage", "--input", "{m}", "--model", "rules"],
    ["report", "--input", "{m}"],
    ["analyze", "{m}"],
    ["diagnose", "{i}", "{m}"],
    ["eval", "triage", "--data", "{m}"],
])
def test_missing_input_is_exit_2_before_work(cmd: list[str], notes: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    m = tmp_path / "missing.jsonl"
    _refused([a.format(i=notes, m=m) for a in cmd], capsys, "missing.jsonl: no such file or directory")


@pytest.mark.parametrize("out", ["{d}", "/proc/nope/out.jsonl"])
def test_unusable_output_is_exit_2_and_leaves_nothing(out: str, notes: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "adir"
    d.mkdir()
    _refused(["triage", "--input", str(notes), "-o", out.format(d=d), "--model", "rules"], capsys)
    assert not list(tmp_path.glob("*.partial")) and not list(d.iterdir())


def test_debug_flag_after_the_command(notes: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert run_cli(["triage", "--input", str(notes), "--out", str(out), "--model", "rules", "--debug"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


def test_ctrl_c_prints_one_line_exits_130_and_removes_the_partial(notes: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from medmoe.triage import Triager

    def interrupted(*a: object, **k: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Triager, "triage", interrupted)
    out = tmp_path / "o.jsonl"
    assert run_cli(["triage", "--input", str(notes), "-o", str(out), "--model", "rules"]) == 130
    assert capsys.readouterr().err.strip().startswith("interrupted: no output file written")
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_bad_lines_are_reported_not_written_and_empty_input_warns(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Насморк"}\nnot json\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert run_cli(["triage", "--input", str(src), "-o", str(out), "--model", "rules"]) == 1
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a"]
    assert f"failed: {src}:2: invalid JSON" in capsys.readouterr().err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert run_cli(["triage", "--input", str(empty), "--model", "rules"]) == 0
    assert f"warning: no records in {empty}" in capsys.readouterr().err
