"""README spellings work: --out and --output everywhere, `report label --text`, `report train` without --output."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.clirun import run_cli


def test_report_label_accepts_text_option_and_positional(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Small left pleural effusion. No pneumothorax."
    assert run_cli(["report", "label", "--text", text, "--lang", "en"]) == 0
    by_option = capsys.readouterr().out
    assert run_cli(["report", "label", text, "--lang", "en"]) == 0
    assert capsys.readouterr().out == by_option and "effusion" in by_option.lower()
    assert run_cli(["report", "label", text, "--text", text]) == 2


@pytest.mark.parametrize("cmd", [["synth", "report", "--n", "2"], ["synth", "narratives", "--n", "1"]])
@pytest.mark.parametrize("flag", ["--out", "--output", "-o"])
def test_synth_commands_take_out_and_output(cmd: list[str], flag: str, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    assert run_cli([*cmd, flag, str(out)]) == 0
    assert out.read_text(encoding="utf-8").strip()


def test_report_train_defaults_its_output_under_medmoe_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import medmoe.report.model as rm

    seen: dict[str, Path] = {}

    def fake_train(pairs: object, output: Path, cfg: object, **kw: object) -> Path:
        seen["out"] = Path(output)
        return Path(output)

    monkeypatch.setenv("MEDMOE_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(rm, "train_report_model", fake_train)
    assert run_cli(["report", "train", "--synthetic", "4", "--steps", "1"]) == 0
    assert seen["out"].parent == tmp_path / "home" / "models" and seen["out"].name.startswith("report-")


def test_analyze_names_the_option_in_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "n.txt"
    note.write_text("Боль в груди", encoding="utf-8")
    assert run_cli(["analyze", str(note), "--top-k", "0"]) == 2
    assert capsys.readouterr().err.strip() == "error: --top-k must be >= 1, got 0"


def test_analyze_reads_the_key_file_like_deid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = tmp_path / "n.txt"
    note.write_text("Боль в груди", encoding="utf-8")
    bad = tmp_path / "bad.key"
    bad.write_text("hello\n")
    bad.chmod(0o600)
    assert run_cli(["analyze", str(note), "--key-file", str(bad)]) == 2
    assert "key file must hold hex digits" in capsys.readouterr().err


def test_empty_input_warns_and_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    out = tmp_path / "o.jsonl"
    assert run_cli(["report", "label", "--input", str(empty), "--out", str(out)]) == 0
    assert f"warning: no records in {empty}" in capsys.readouterr().err
    assert out.read_text() == ""
