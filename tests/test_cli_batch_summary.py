"""Every batch command ends with one summary line on stderr (done, how many, failed, where), stdout untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli


def _notes(tmp_path: Path) -> Path:
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги, задержка развития."}\nnot json\n'
                   '{"id": "c", "text": "Боль в груди давящая, холодный пот."}\n', encoding="utf-8")
    return inp


@pytest.mark.parametrize(("cmd", "line"), [
    (["phenotypes"], "recognized phenotypes in 2 note(s), 1 failed; wrote "),
    (["triage"], "triaged 2 note(s), 1 failed; wrote "),
    (["report", "label"], "labelled 2 report(s), 1 failed; wrote "),
])
def test_summary_line_names_counts_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              cmd: list[str], line: str) -> None:
    out = tmp_path / "out.jsonl"
    assert run_cli([*cmd, "--input", str(_notes(tmp_path)), "--output", str(out)]) == 1
    err = capsys.readouterr().err
    assert line + str(out) in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_summary_goes_to_stderr_when_output_is_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги."}\n', encoding="utf-8")
    assert run_cli(["phenotypes", "--input", str(inp)]) == 0
    cap = capsys.readouterr()
    assert [json.loads(x)["id"] for x in cap.out.splitlines()] == ["a"]  # stdout: JSONL only
    assert "recognized phenotypes in 1 note(s), 0 failed" in cap.err and "wrote" not in cap.err
