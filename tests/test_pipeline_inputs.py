"""Reading notes: encodings, binary files, empty and huge notes, broken JSONL lines; sections."""

from __future__ import annotations

import json
from pathlib import Path

from medmoe.io.text import decode_text as decode_note
from medmoe.pipeline.inputs import MAX_NOTE_BYTES, BadNote, Note, iter_notes
from medmoe.pipeline.sections import complaint_text, split_sections


def test_directory_of_mixed_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Жалобы: кашель.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Жалобы: насморк.".encode("cp1251"))
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "d.txt").write_bytes("Жалобы: боль.".encode("utf-8-sig"))
    items = list(iter_notes(tmp_path))
    assert [i.id for i in items] == ["a", "b", "c", "d"]
    assert isinstance(items[1], Note) and items[1].text == "Жалобы: насморк." and items[1].encoding == "cp1251"
    assert isinstance(items[2], BadNote) and "binary" in items[2].reason
    assert isinstance(items[3], Note) and items[3].text.startswith("Жалобы")


def test_too_large_note_is_refused_but_one_megabyte_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_NOTE_BYTES + 1))
    (item,) = list(iter_notes(big))
    assert isinstance(item, BadNote) and "limit" in item.reason
    mb = tmp_path / "mb.txt"
    mb.write_text("Жалобы: кашель. " * (1_000_000 // 28), encoding="utf-8")
    (item,) = list(iter_notes(mb))
    assert isinstance(item, Note) and len(item.text) > 500_000


def test_jsonl_keeps_every_record(tmp_path: Path) -> None:
    p = tmp_path / "notes.jsonl"
    p.write_text("\n".join([json.dumps({"id": "n1", "text": "Кашель."}, ensure_ascii=False), "{broken",
                            json.dumps({"id": "n2"}), json.dumps({"id": "n3", "text": 5}),
                            json.dumps({"text": "без id"}, ensure_ascii=False),
                            json.dumps({"id": "n1", "text": "дубликат"}, ensure_ascii=False)]), encoding="utf-8")
    items = list(iter_notes(p))
    assert len(items) == 6
    assert [type(i).__name__ for i in items] == ["Note", "BadNote", "BadNote", "BadNote", "Note", "Note"]
    assert items[1].where.endswith(":2") and "invalid JSON" in items[1].reason
    assert "missing field 'text'" in items[2].reason and "string" in items[3].reason
    assert items[4].id == "notes:5" and items[5].id == "n1#6"


def test_decode_rejects_symbol_soup() -> None:
    import pytest

    from medmoe.errors import InputError

    assert decode_note("Жалобы".encode("cp1251")) == ("Жалобы", "cp1251")
    with pytest.raises(InputError):
        decode_note(bytes(range(0x80, 0x100)) * 3)


def test_sections_ru_and_en() -> None:
    ru = "ФИО: Х.\nЖалобы: боль в груди.\nАнамнез заболевания: 2 дня. Объективно: АД 120/80.\nРекомендации: при появлении одышки вызвать СМП."
    names = [s.name for s in split_sections(ru)]
    assert names == ["identification", "complaints", "history", "examination", "plan"]
    ct = complaint_text(ru)
    assert "боль в груди" in ct and "одышки" not in ct and "Х." not in ct
    en = "Chief complaint: cough.\nHistory of present illness: 3 days.\nAssessment: URTI.\nPlan: fluids."
    assert [s.name for s in split_sections(en)] == ["complaints", "history", "assessment", "plan"]
    assert complaint_text("просто текст без заголовков") == "просто текст без заголовков"
