"""`--fields` naming a field that no record has warns once, by name (a typo must not silently de-identify
nothing); a field that some record has does not warn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli
from medmoe.deid import Deidentifier
from medmoe.deid.batch import deid_file

KEY = b"0123456789abcdef0123456789abcdef"


def _write(path: Path) -> Path:
    recs = [
        {"id": "1", "text": "Пациент Петров Иван осмотрен.", "comment": "Звонила дочь Анна."},
        {"id": "2", "text": "Осмотрен."},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


def test_unknown_field_warns_once_by_name(tmp_path: Path) -> None:
    warnings: list[str] = []
    deid = Deidentifier(lang="ru", mode="mask", key=KEY)
    rep = deid_file(
        _write(tmp_path / "in.jsonl"),
        tmp_path / "o.jsonl",
        deid,
        None,
        warn=warnings.append,
        fields=("coment", "comment"),
    )
    assert rep.n_docs == 2 and rep.n_failed == 0
    assert len(warnings) == 1 and "'coment'" in warnings[0] and "'comment'" not in warnings[0]


def test_cli_unknown_field_warning_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.jsonl")
    args = ["deid", str(inp), "-o", str(tmp_path / "o.jsonl"), "--mode", "mask", "--fields", "nosuch"]
    assert run_cli([*args, "--audit-log", str(tmp_path / "a.jsonl")]) == 0
    err = capsys.readouterr().err
    assert err.count("no record has 'nosuch'") == 1
    assert run_cli([*args[:-1], "comment", "--audit-log", str(tmp_path / "a.jsonl")]) == 0
    assert "no record has" not in capsys.readouterr().err
