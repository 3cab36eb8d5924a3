"""End to end: `medmoe deid` / `reid` files, vault, audit log, key file, fail closed; synth + eval."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from clirun import run_cli as _run
from medmoe.deid import Vault
from medmoe.deid.evaluate import evaluate_file
from medmoe.synth.deid import generate

DOCS = [
    {"id": "a", "text": "Пациент Петров Иван Сергеевич, 01.02.1960 г.р., тел. 8 (912) 111-22-33.", "ward": 3},
    {"id": "b", "text": "Patient: John Smith, DOB 03/25/1950, MRN 12345678."},
]


def test_deid_reid_roundtrip_with_vault_and_audit(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in DOCS) + "\n", encoding="utf-8")
    out, vault, audit = tmp_path / "out" / "o.jsonl", tmp_path / "safe" / "v.vault", tmp_path / "a.jsonl"
    assert (
        _run(["deid", str(inp), "--output", str(out), "--vault", str(vault), "--audit-log", str(audit)]) == 0
    )
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["a", "b"] and recs[0]["ward"] == 3
    assert "Петров" not in recs[0]["text"] and "Smith" not in recs[1]["text"]
    assert {"start": 8, "end": 29, "type": "NAME", "detector": "ru_name_rules"} in recs[0]["entities"]
    key_file = Path(os.environ["MEDMOE_HOME"]) / "keys" / "deid.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "Петров" not in vault.read_text()  # encrypted
    log = audit.read_text(encoding="utf-8")
    assert "Петров" not in log and "Smith" not in log and '"n_docs": 2' in log and "input_sha256" in log
    back = tmp_path / "back.jsonl"
    assert (
        _run(["reid", str(out), "--vault", str(vault), "--output", str(back), "--audit-log", str(audit)]) == 0
    )
    restored = [json.loads(x) for x in back.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in restored] == [d["text"] for d in DOCS]


def test_vault_rejects_wrong_key(tmp_path: Path) -> None:
    v = Vault(tmp_path / "v", b"k" * 32)
    v.add("d1", [(0, 3, "Иванов")], "")
    v.close()
    assert Vault(tmp_path / "v", b"k" * 32).load()["d1"][0] == [(0, 3, "Иванов")]
    from medmoe.errors import InputError

    with pytest.raises(InputError):
        Vault(tmp_path / "v", b"x" * 32).load()


def test_bad_records_reported_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(
        json.dumps(DOCS[0], ensure_ascii=False) + '\nnot json\n{"id": "z", "text": 5}\n', encoding="utf-8"
    )
    out = tmp_path / "o.jsonl"
    assert _run(["deid", str(inp), "-o", str(out), "--mode", "mask", "--audit-log", str(tmp_path / "a")]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "in.jsonl:3" in err


def test_txt_directory_input(tmp_path: Path) -> None:
    d = tmp_path / "notes"
    d.mkdir()
    (d / "n1.txt").write_text("Врач Сидоренко А.В., тел. +7 912 345 67 89", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert _run(["deid", str(d), "-o", str(out), "--mode", "mask", "--audit-log", str(tmp_path / "a")]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"] == "n1.txt" and rec["text"] == "Врач [NAME], тел. [PHONE]"


def test_synth_and_eval_small(tmp_path: Path) -> None:
    docs = list(generate(12, split="dev", seed=3))
    assert all(d["text"][e["start"] : e["end"]] == e["text"] for d in docs for e in d["entities"])
    assert list(generate(12, split="dev", seed=3)) == docs
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    res = evaluate_file(gold, mode="mask", natasha=False, n_boot=20)
    assert res["types"]["any"]["partial"]["recall"]["value"] > 0.8
    assert res["leakage"]["gold_strings"] == sum(len(d["entities"]) for d in docs)


def test_reid_refuses_changed_text_and_user_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps(DOCS[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out, vault, audit = tmp_path / "o" / "o.jsonl", tmp_path / "v" / "v.vault", str(tmp_path / "a")
    assert _run(["deid", str(inp), "-o", str(out), "--vault", str(vault), "--audit-log", audit]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    rec["text"] = rec["text"].replace("г.р.", "года рождения")
    out.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert (
        _run(["reid", str(out), "--vault", str(vault), "-o", str(tmp_path / "r.jsonl"), "--audit-log", audit])
        == 1
    )
    assert "differs" in capsys.readouterr().err
    assert _run(["deid", str(inp), "-o", str(out), "--vault", str(out), "--audit-log", audit]) == 2
    assert _run(["deid", str(inp), "--key-file", str(tmp_path / "missing.key"), "--audit-log", audit]) == 2
    err = capsys.readouterr().err
    assert "same file" in err and "missing.key" in err  # check_paths: two outputs, one file
