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
