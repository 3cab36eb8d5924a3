"""Stop-4 round on corpus K (identifiers and dates): each rule with a sentence of its own and a near negative."""

from __future__ import annotations

import pytest

from medmoe.deid.engine import Deidentifier


def _dates(text: str, lang: str) -> list[str]:
    return [text[e.start : e.end] for e in Deidentifier(lang=lang).detect(text) if e.type == "DATE"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a day.month before "около"/"about" and a clock time
        ("ru", "Со слов: 3.01 около 22:00 упал на улице.", ["3.01"]),
        ("ru", "дозировка 1.01 около 2 мг", []),
        # a "Дата ...:" form field of one or two words, its value without a year
        ("ru", "Дата заболевания: 21.12, обратился сам.", ["21.12"]),
        ("ru", "Палата 21.12, койка 3", []),
        ("ru", "дозировка 1.01", []),
        # an English month/day after "noted" and after a due-date label with its method
        ("en", "Bruising on the forearm, noted 14/3. No bleeding.", ["14/3"]),
        ("en", "EDD by dates: 9/14, confirmed by scan.", ["9/14"]),
        ("en", "noted 1/2 tab taken", []),
    ],
)
def test_day_month_rules(lang: str, text: str, expected: list[str]) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the year of a test after its result, closing the clause
        ("en", "Tuberculin skin test was negative 2016. No BCG scar.", ["2016"]),
        ("ru", "Реакция Манту отрицательная 2019; прививки по календарю.", ["2019"]),
        ("en", "Viral load positive 2000 copies/ml", []),
        ("en", "Test negative 2016 times out of 2016", []),
    ],
)
def test_year_after_result(lang: str, text: str, expected: list[str]) -> None:
    assert _dates(text, lang) == expected


def test_pipe_table_birth_year_column() -> None:
    """A "|" table whose header names a birth-date column: each row's cell there is a date, even a bare year."""
    text = "Контакты:\n№ | ФИО | д.р. | примечание\n1 | Орлова Н.П. | 1984 | здорова\n2 | Орлов П.Н. | 2011 | нет\n"
    assert _dates(text, "ru") == ["1984", "2011"]


def test_pipe_table_without_date_column() -> None:
    text = "Назначения:\n№ | препарат | доза, мг | кратность\n1 | парацетамол | 1000 | 2\n2 | метформин | 2000 | 1\n"
    assert _dates(text, "ru") == []


def _found(text: str, lang: str, type_: str) -> list[str]:
    return [text[e.start : e.end] for e in Deidentifier(lang=lang).detect(text) if e.type == type_]


@pytest.mark.parametrize(
    ("lang", "text", "type_", "expected"),
    [
        # an id label with a preposition or "is" before its value
        ("ru", "Рег. № в реестре   | АБ-4512/77", "ID", ["АБ-4512/77"]),
        ("ru", "Карта в 305 кабинете", "ID", []),
        ("en", "Her MRN is 5542871 and she is fasting.", "ID", ["5542871"]),
        ("en", "Her MRN is pending.", "ID", []),
        # a registration with a transplant or donor service
        ("en", "Listed with donor registration 448219 since spring.", "ID", ["448219"]),
        ("en", "Registration 2019 was delayed.", "ID", []),
        # a handphone number after "HP"
        ("en", "Daughter Mei Lin HP 9123 4567, lives nearby.", "PHONE", ["9123 4567"]),
        ("en", "HP 12 weeks ago", "PHONE", []),
        # a police officer's collar number between the rank and the surname
        ("en", "Requesting officer: PC 4127 Hughes, Leeds.", "ID", ["4127"]),
        ("en", "Seen by PC 4127 times", "ID", []),
    ],
)
def test_labelled_numbers(lang: str, text: str, type_: str, expected: list[str]) -> None:
    assert _found(text, lang, type_) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city, then a street without its type and a house-flat pair
        ("Проживает: Тверь, Молодёжная 12-45\nСНИЛС нет", ["Тверь, Молодёжная 12-45"]),
        ("Адрес  | Самара, Садовая 3-17\nДиагноз: ОРВИ", ["Самара, Садовая 3-17"]),
        # the first word is no place name: a range of values
        ("Жалобы, Температура 37-38", []),
    ],
)
def test_city_bare_street_house_flat(text: str, expected: list[str]) -> None:
    assert _found(text, "ru", "ADDRESS") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Welsh street, its type first, then the town and a UK postcode
        ("Surgery\nFlat 3, 40 Stryd Fawr\nBangor\nLL57 1AB\n", ["Flat 3, 40 Stryd Fawr\nBangor\nLL57 1AB"]),
        ("Heol y Plwcca is closed for works.", []),
        # a Singapore block with its unit
        (
            "lives at Blk 412 Bedok North Ave 2, #07-115, Singapore 460412\n",
            ["Blk 412 Bedok North Ave 2, #07-115, Singapore 460412"],
        ),
        # a one-word street before a town, a province and a postcode; a count is no street
        ("Lives with partner at 4500 Kingsway, Burnaby, BC V5H 2A9.", ["4500 Kingsway, Burnaby, BC V5H 2A9"]),
        ("Took 2000 Units, Boston, MA 02115", []),
    ],
)
def test_english_addresses_without_a_usual_street_type(text: str, expected: list[str]) -> None:
    assert _found(text, "en", "ADDRESS") == expected


def test_numbered_block_before_house() -> None:
    text = "Адрес на родине: г. Наманган, кв-л 7, д. 12, кв. 3\nТел. нет"
    assert _found(text, "ru", "ADDRESS") == ["г. Наманган, кв-л 7, д. 12, кв. 3"]
    assert _found("Анализ крови 12, дом 3 раза в неделю", "ru", "ADDRESS") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a device's serial number, a dialyser's series, an outbreak focus, a government decree: no person's
        ("en", "Photographs: camera serial CN4412873.\nExaminer signed."),
        ("ru", "Аппарат № 4 (серийный № 2019AB0345)"),
        ("ru", "Гепарин 5 тыс. ЕД, диализатор FX80, серия 2104477.\nДиагноз: ХБП"),
        ("ru", "КАРТА ОБСЛЕДОВАНИЯ ОЧАГА № 312\nНозология: корь"),
        ("ru", "Графа I Расписания болезней (ПП РФ № 565)."),
    ],
)
def test_numbers_that_are_no_persons(lang: str, text: str) -> None:
    assert _found(text, lang, "ID") == []


def test_person_numbers_still_found() -> None:
    assert _found("Медицинская карта № 45-2231, серия паспорта 4512", "ru", "ID")[:1] == ["45-2231"]
    assert _found("Ref: MRN N 4471829", "en", "ID") == ["4471829"]


def test_table_date_cell_without_year_word() -> None:
    text = "№ | ФИО | дата рождения | примечание\n1 | Орлова Н.П. | «12» марта 1984 г. | нет\n"
    assert _dates(text, "ru") == ["«12» марта 1984"]
