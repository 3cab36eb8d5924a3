"""`medmoe deid` / `reid` inputs: any output file name for reid, cp1251 .txt notes, unreadable files named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli as _run
from medmoe.io import read_text_any

NOTE = "Пациент Петров Иван Сергеевич осмотрен."


@pytest.mark.parametrize("out_name", ["o.out", "deidentified", "o.txt"])
def test_reid_reads_deid_output_of_any_name(tmp_path: Path, out_name: str) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps({"id": "a", "text": NOTE}, ensure_ascii=False) + "\n", encoding="utf-8")
    out, vault, audit = tmp_path / out_name, tmp_path / "v.vault", tmp_path / "a.jsonl"
    assert (
        _run(["deid", str(inp), "--output", str(out), "--vault", str(vault), "--audit-log", str(audit)]) == 0
    )
    assert "Петров" not in out.read_text(encoding="utf-8")
    back = tmp_path / "back.jsonl"
    assert (
        _run(["reid", str(out), "--vault", str(vault), "--output", str(back), "--audit-log", str(audit)]) == 0
    )
    assert json.loads(back.read_text(encoding="utf-8"))["text"] == NOTE


def test_reid_still_refuses_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f, vault = tmp_path / "note.txt", tmp_path / "v.vault"
    f.write_text(NOTE, encoding="utf-8")
    assert (
        _run(
            [
                "deid",
                str(f),
                "-o",
                str(tmp_path / "o"),
                "--vault",
                str(vault),
                "--audit-log",
                str(tmp_path / "a"),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        _run(["reid", str(f), "--vault", str(vault), "--output", "-", "--audit-log", str(tmp_path / "a")])
        == 2
    )
    assert "JSONL" in capsys.readouterr().err


@pytest.mark.parametrize("as_dir", [False, True])
def test_cp1251_txt_input(tmp_path: Path, as_dir: bool, capsys: pytest.CaptureFixture[str]) -> None:
    d = tmp_path / "notes"
    d.mkdir()
    (d / "n1.txt").write_bytes(NOTE.encode("cp1251"))
    out = tmp_path / "o.jsonl"
    src = d if as_dir else d / "n1.txt"
    assert _run(["deid", str(src), "-o", str(out), "--mode", "mask", "--audit-log", str(tmp_path / "a")]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"] == "n1.txt" and rec["text"] == "Пациент [NAME] осмотрен."


@pytest.mark.parametrize("as_dir", [False, True])
def test_undecodable_txt_fails_closed_named_without_line(
    tmp_path: Path, as_dir: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "notes"
    d.mkdir()
    (d / "bad.txt").write_bytes(b"\xcf\xe5\xf2\xf0\xee\xe2 \x98")  # 0x98 is neither UTF-8 nor cp1251
    out = tmp_path / "o.jsonl"
    src = d if as_dir else d / "bad.txt"
    assert _run(["deid", str(src), "-o", str(out), "--mode", "mask", "--audit-log", str(tmp_path / "a")]) == 1
    err = capsys.readouterr().err
    assert f"{d / 'bad.txt'}: cannot read" in err and "bad.txt:0" not in err
    assert "Петров" not in err and not out.read_text(encoding="utf-8").strip()


def test_read_text_any(tmp_path: Path) -> None:
    (tmp_path / "u").write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    (tmp_path / "c").write_bytes(NOTE.encode("cp1251"))
    (tmp_path / "x").write_bytes(b"\x98")
    assert read_text_any(tmp_path / "u") == NOTE and read_text_any(tmp_path / "c") == NOTE
    with pytest.raises(UnicodeDecodeError):
        read_text_any(tmp_path / "x")
