"""Years of events are dates (i2b2 convention; both independent held-out corpora annotate them), grams are not."""

from __future__ import annotations

import pytest

from deidspans import spans
from medmoe.deid import Deidentifier


def _dates(text: str, lang: str) -> list[str]:
    return spans(text, "DATE", lang)


@pytest.mark.parametrize(
    ("text", "lang", "years"),
    [
        ("В 2019 г. перенёс ОНМК, с 2015 года гипертония.", "ru", ["2019", "2015"]),
        ("Проживает в Перми с 2013 г.", "ru", ["2013"]),
        ("Осенью 2017 года оперирована, в 2010-м году травма.", "ru", ["2017", "2010"]),
        ("Diagnosed in 2019, on metformin since 2015.", "en", ["2019", "2015"]),
    ],
)
def test_event_years_are_dates(text: str, lang: str, years: list[str]) -> None:
    assert _dates(text, lang) == years


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Масса при рождении 2000 г., вводили 1500 мл.", "ru"),
        ("Took 2000 mg daily; enrolled 2019 patients.", "en"),
        ("Suture size 2.0, room 2015.", "en"),
    ],
)
def test_quantities_are_not_years(text: str, lang: str) -> None:
    assert _dates(text, lang) == []


def test_event_year_moves_when_pseudonymized() -> None:
    d = Deidentifier(mode="pseudonymize", lang="ru", key=b"k" * 32)
    out = d.process("В 2019 г. перенёс ОНМК.").text
    assert "2019" not in out and out.startswith("В ") and "г. перенёс ОНМК." in out


def test_a_wrong_lang_keeps_the_texts_own_date_convention() -> None:
    """QA: --lang en on a Russian note once read 25.11.2026 as day-first and 05.03.1980 as month-first."""
    t = "Пациент Иванов Иван Иванович, дата рождения 05.03.1980, осмотр 25.11.2026."
    out = {
        lang: Deidentifier(mode="pseudonymize", lang=lang, key=b"k" * 32).process(t, doc_id="a").text
        for lang in ("en", "ru")
    }
    assert out["en"] == out["ru"] and "Иванов" not in out["en"]
