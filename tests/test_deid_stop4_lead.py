"""Stop 4, lead: a passport's series and number kept apart by "номер" are two ids; a quoted word that is a value
(a JSON name field, a name someone is called by) is a person, a quoted product name is not; "По Попову:"
opening a line of a reply is a person, "по Нечипоренко:" a method. Sentences written for this file."""

from __future__ import annotations

from deidspans import spans


def test_series_and_number_apart_by_the_word_number_are_two_ids() -> None:
    ids = spans("Паспорт гражданина РФ: серия 4512 номер 345678, выдан 03.04.2015", "ID", "ru")
    assert "4512" in ids and "345678" in ids


def test_quoted_json_name_values_are_names() -> None:
    text = '{"resourceType": "Patient", "name": [{"family": "Price", "given": ["Aisha"]}], "gender": "female"}'
    names = spans(text, "NAME", "en")
    assert "Price" in names and "Aisha" in names
    assert "female" not in names and "Patient" not in names


def test_a_quoted_product_name_is_still_not_a_person() -> None:
    assert spans("Данные выгружены из МИС «Ариадна» 12.05.2024.", "NAME", "ru") == []


def test_a_reply_opening_with_po_and_a_surname_names_a_person() -> None:
    text = "Коллеги, добрый день.\nПо Смирновой: анализы готовы, выписка завтра.\nПо Нечипоренко: лейкоциты 1500."
    names = spans(text, "NAME", "ru")
    assert any("Смирнов" in n for n in names)
    assert not any("Нечипоренко" in n for n in names)
