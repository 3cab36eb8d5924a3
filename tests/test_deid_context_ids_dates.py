"""Record numbers in unseen document contexts and date formats beyond dd.mm.yyyy (issue 4, stop 2).

Each case pairs what must be found with a nearby string that must not be: a drug pack, a ward, a school
number, a blood pressure, a lab value.
"""

from __future__ import annotations

import datetime as dt

import pytest

from deidspans import found as _found
from medmoe.deid.checksums import nhs_valid
from medmoe.deid.dates import format_like, parse_date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Талон № 45 выдан.", "45"),
        ("Рецепт серия 45 № 123 выписан.", "123"),
        ("ЭЛН 910000123456 открыт.", "910000123456"),
        ("МК № 1234/21.", "1234/21"),
        ("Заявка № 7-19 на госпитализацию.", "7-19"),
        ("SSN 123-45-6789.", "123-45-6789"),
        ("Medicare no. 1EG4-TE5-MK73.", "1EG4-TE5-MK73"),
        ("health card 1234-567-890", "1234-567-890"),
        ("NHS number 943 476 5919", "943 476 5919"),
    ],
)
def test_record_numbers_in_document_contexts(text: str, value: str) -> None:
    assert _found(text).get(value) == "ID", _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Таблетки № 20 по 1 в день.",
        "Лежит в палате № 5.",
        "Учится в школе № 12 (с 1 класса).",
        "Приложение № 5.",
        "Код МКБ I21.4, гемоглобин 120 г/л.",
    ],
)
def test_short_numbers_of_packs_wards_and_schools_are_kept(text: str) -> None:
    assert not any(t == "ID" for t in _found(text).values()), _found(text)


def test_nhs_checksum() -> None:
    assert nhs_valid("943 476 5919") and not nhs_valid("943 476 5918")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Дата 12.III.2024 осмотр.", "12.III.2024"),
        ("Выписан 15.06.2023г. домой.", "15.06.2023"),
        ("Выписан 15.06.2023 года.", "15.06.2023"),
        ("15.03 ОАК: норма", "15.03"),
        ("seen Jan 5 '21 in clinic", "Jan 5 '21"),
        ("seen jan 5 2021 in clinic", "jan 5 2021"),
        ("returned on 3/12 with pain", "3/12"),
    ],
)
def test_more_date_formats(text: str, value: str) -> None:
    assert _found(text).get(value) == "DATE", _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "АД 120/80 мм рт ст, сила 5/5, боль 10/10, 3.5 см.",
        "strength 5/5, pain 10/10",
        "you may 5 times",
        "  5.12 ммоль/л",
        "Глюкоза 5.12 ммоль",
    ],
)
def test_numbers_that_look_like_dates_are_kept(text: str) -> None:
    assert "DATE" not in _found(text).values(), _found(text)


@pytest.mark.parametrize(("value", "lang"), [("12.III.2024", "ru"), ("12/XI/19", "ru"), ("Jan 5 '21", "en")])
def test_new_date_formats_shift_in_the_same_format(value: str, lang: str) -> None:
    p = parse_date(value, lang)
    assert p is not None
    out = format_like(p, p.when + dt.timedelta(days=40))
    assert out != value and len(out.split()) == len(value.split())
    assert parse_date(out, lang) is not None


def test_birth_year_of_a_relative_and_a_year_before_a_full_stop() -> None:
    text = "Год рождения матери 1948. Стаж 1950 дней."
    assert _found(text, "ru") == {"1948": "DATE"}


def test_a_mobile_number_that_passes_the_snils_checksum_is_a_phone() -> None:
    assert _found("Тел. 89828094085.", "ru") == {"89828094085": "PHONE"}
    assert _found("СНИЛС 89828094085.", "ru") == {"89828094085": "ID"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Учится в МБОУ СОШ № 12 г. Тулы.", "МБОУ СОШ № 12"),
        ("Посещает МБДОУ д/с № 45.", "МБДОУ д/с № 45"),
        ("Учится в школе №3.", "школе №3"),
    ],
)
def test_numbered_schools_and_kindergartens_are_org(text: str, org: str) -> None:
    assert _found(text, "ru").get(org) == "ORG"


def test_numbered_hospitals_are_org_scales_are_not() -> None:
    assert _found("Доставлен в ГКБ № 1, шкала № 2.", "ru") == {"ГКБ № 1": "ORG"}
