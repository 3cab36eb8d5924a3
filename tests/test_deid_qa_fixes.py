"""QA findings P5-P8 (issue 4): the wrong --lang fails closed, personal ids (file names) are hashed or
warned about, a repeated id with a vault is refused, reid output is 0600, an address after "мкр. X," is
whole, and the CLI checks its paths and exposes --fields. Each with a nearby negative."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from clirun import run_cli as _run
from medmoe.deid import Deidentifier
from medmoe.deid.batch import deid_file, hashed_id, id_looks_personal

KEY = b"0123456789abcdef0123456789abcdef"
RU = "Пациент: Иванов Пётр Сергеевич.\nАдрес: г. Москва, ул. Ленина, д. 5, кв. 12.\nЖена пациента, Иванова Мария."
EN = "Address: 42 Beacon Street, Boston, MA 02108. Seen by Dr John Smith."


def _spans(text: str, lang: str) -> tuple[list[str], str]:
    d = Deidentifier(lang=lang, mode="mask", key=KEY)
    res = d.process(text, doc_id="x")
    return [text[e.start : e.end] for e in res.entities], d.last_cross_lang


def test_forced_english_on_russian_runs_russian_rules() -> None:
    spans, cross = _spans(RU, "en")
    assert "Иванов Пётр Сергеевич" in spans and "Иванова Мария" in spans and cross == "ru"
    assert any("ул. Ленина" in s for s in spans)


def test_forced_russian_on_english_runs_english_rules() -> None:
    spans, cross = _spans(EN, "ru")
    assert "John Smith" in spans and any("Beacon Street" in s for s in spans) and cross == "en"


def test_english_note_without_cyrillic_runs_english_only() -> None:
    assert _spans("Seen by Dr John Smith on 03/25/1950.", "en")[1] == ""


def test_id_with_personal_data_is_flagged_and_hashed() -> None:
    d = Deidentifier(lang="auto", mode="mask", key=KEY)
    assert id_looks_personal("Иванов_Пётр_СНИЛС_11223344595.txt", d)
    assert not id_looks_personal("note_0001.txt", d)
    h = hashed_id("Иванов_Пётр.txt", KEY)
    assert h == hashed_id("Иванов_Пётр.txt", KEY) and h != hashed_id("Иванов_Пётр.txt", KEY[::-1])
    assert "Иванов" not in h


def test_deid_file_hash_ids_and_warning(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "Иванов_Пётр_СНИЛС_11223344595.txt").write_text(RU, encoding="utf-8")
    warnings: list[str] = []
    out = tmp_path / "o.jsonl"
    deid_file(src, out, Deidentifier(lang="auto", mode="mask", key=KEY), None, warn=warnings.append)
    assert len(warnings) == 1 and "Иванов" not in warnings[0] and "--hash-ids" in warnings[0]
    warnings.clear()
    deid_file(
        src, out, Deidentifier(lang="auto", mode="mask", key=KEY), None, warn=warnings.append, hash_ids=True
    )
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["id"].startswith("doc-") and "Иванов" not in out.read_text(encoding="utf-8") and not warnings


def test_duplicate_id_with_vault_fails_that_record(tmp_path: Path) -> None:
    inp = tmp_path / "dup.jsonl"
    inp.write_text(
        json.dumps({"id": "a", "text": "Пациент Иванов Иван."}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "a", "text": "Пациентка Сидорова Анна."}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "text": "Пациентка Петрова Анна."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    out, vault = tmp_path / "o.jsonl", tmp_path / "v" / "v.vault"
    assert _run(["deid", str(inp), "-o", str(out), "--vault", str(vault)]) == 1
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]
    back = tmp_path / "back.jsonl"
    assert _run(["reid", str(out), "--vault", str(vault), "-o", str(back)]) == 0
    assert stat.S_IMODE(back.stat().st_mode) == 0o600
    # without a vault a repeated id is no conflict
    assert _run(["deid", str(inp), "-o", str(tmp_path / "o2.jsonl"), "--mode", "mask"]) == 0


def test_address_after_microdistrict_is_whole() -> None:
    t = "Проживает: Московская обл., г. Химки, мкр. Сходня, ул. Мичурина 14-88."
    spans, _ = _spans(t, "ru")
    assert "Московская обл., г. Химки, мкр. Сходня, ул. Мичурина 14-88" in spans
    assert _spans("Госпитализирован в г. Химки.", "ru")[0] == []


def test_cli_fields_and_path_checks(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text(
        json.dumps(
            {
                "id": "a",
                "text": "Пациент Иванов Иван.",
                "comment": "звонил Петров Олег",
                "fio": "Иванов И.И.",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "o.jsonl"
    assert _run(["deid", str(inp), "-o", str(out), "--mode", "mask", "--fields", "text,comment"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert "Петров" not in rec["comment"] and "field_entities" in rec
    assert _run(["deid", str(inp), "-o", str(inp), "--mode", "mask"]) == 2  # output is the input
    assert _run(["deid", str(inp), "-o", str(tmp_path), "--mode", "mask"]) == 2  # a directory
    assert _run(["deid", str(inp), "--key-file", str(tmp_path / "missing.key")]) == 2
    assert _run(["synth", "deid", "--output", str(tmp_path / "s.jsonl"), "--n", "2", "--split", "dev"]) == 0
    assert _run(["eval", "deid", "--gold", str(tmp_path / "nope.jsonl")]) == 2


@pytest.mark.parametrize("lang", ["ru", "en", "auto"])
def test_fixed_interface_still_works(tmp_path: Path, lang: str) -> None:
    inp = tmp_path / "n.txt"
    inp.write_text(RU, encoding="utf-8")
    out = tmp_path / "n.deid.jsonl"
    assert _run(["deid", str(inp), "--output", str(out), "--lang", lang, "--mode", "pseudonymize"]) == 0
    assert "Иванов Пётр" not in out.read_text(encoding="utf-8")
