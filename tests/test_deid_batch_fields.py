"""JSONL records with more than "text": chosen string fields are de-identified too, and fields whose names
look like personal data that will be copied unchanged are reported by name and count, never by value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medmoe.deid import Deidentifier
from medmoe.deid.batch import deid_file, pii_like_fields

KEY = b"0123456789abcdef0123456789abcdef"


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_listed_fields_are_deidentified_and_pii_fields_warned(tmp_path: Path) -> None:
    inp = _write(
        tmp_path / "in.jsonl",
        [
            {
                "id": "1",
                "text": "Пациент Петров Иван Сергеевич осмотрен.",
                "comment": "Звонила дочь Петрова Анна Ивановна, тел. +7 912 345-67-89",
                "patient_name": "Петров Иван",
                "ward": "кардиология",
            }
        ],
    )
    out = tmp_path / "out.jsonl"
    warnings: list[str] = []
    rep = deid_file(
        inp,
        out,
        Deidentifier(lang="ru", mode="mask", key=KEY),
        None,
        warn=warnings.append,
        fields=("comment",),
    )
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rep.n_docs == 1 and rep.n_failed == 0
    assert (
        "Петров" not in rec["text"] and "Петрова" not in rec["comment"] and "345-67-89" not in rec["comment"]
    )
    assert {e["type"] for e in rec["field_entities"]["comment"]} >= {"NAME", "PHONE"}
    assert rec["ward"] == "кардиология" and rec["patient_name"] == "Петров Иван"  # copied, as documented
    assert len(warnings) == 1 and "'patient_name'" in warnings[0] and "Петров" not in warnings[0]
    assert rep.clear_fields == {"patient_name": 1}


def test_default_is_text_only_and_a_non_string_field_fails_closed(tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.jsonl", [{"id": "1", "text": "Осмотрен.", "comment": 5}])
    out = tmp_path / "out.jsonl"
    rep = deid_file(inp, out, Deidentifier(lang="ru", mode="mask", key=KEY), None, fields=("comment",))
    assert rep.n_failed == 1 and rep.n_docs == 0 and "comment" in rep.failures[0]
    rep = deid_file(inp, out, Deidentifier(lang="ru", mode="mask", key=KEY), None, warn=lambda m: None)
    assert rep.n_docs == 1 and json.loads(out.read_text(encoding="utf-8"))["comment"] == 5


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {
                "id": 1,
                "text": "x",
                "fio": "Иванов",
                "snils": "1",
                "dob": "1970",
                "phone": "1",
                "address": "x",
            },
            ["fio", "snils", "dob", "phone", "address"],
        ),
        ({"id": 1, "text": "x", "ward": "5", "diagnosis": "I21", "patient_id": "p1", "fio": ""}, []),
    ],
)
def test_pii_like_field_names(record: dict[str, object], expected: list[str]) -> None:
    assert pii_like_fields(record, ("text",)) == expected
