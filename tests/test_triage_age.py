"""Age-dependent red flags: fever under 3 months, an unwell child whatever the word order (QA P12b)."""

from __future__ import annotations

import pytest

from medmoe.triage.age import age_months
from medmoe.triage.rules import RedFlagRules


@pytest.mark.parametrize(("text", "months"), [
    ("Ребёнку 2 месяца, температура 38.5", 2.0),
    ("Младенец 3 недели, температура 39", 21 / 30.44),
    ("в возрасте 6 недель", 42 / 30.44),
    ("двухмесячный ребенок", 2.0),
    ("2-месячный малыш", 2.0),
    ("Девочка, 6 недель.", 42 / 30.44),
    ("новорождённый, лихорадка", 0.5),
    ("2-month-old baby with fever", 2.0),
    ("8-week-old with fever", 56 / 30.44),
    ("aged 10 weeks", 70 / 30.44),
    ("newborn, not feeding", 0.5),
    ("Мужчина 58 лет, боль", 696.0),
])
def test_stated_ages(text: str, months: float) -> None:
    assert age_months(text) == pytest.approx(months, rel=1e-3)


@pytest.mark.parametrize("text", ["Ребенок 3 дня температурит", "температура 3 дня", "трехдневная лихорадка",
                                  "2-недельный кашель у мужчины", "fever for 2 days", "дневной стационар"])
def test_durations_are_not_ages(text: str) -> None:
    assert age_months(text) is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Ребёнку 2 месяца, температура 38.5, вялый, плохо сосёт", "ru"),
    ("Младенец 3 недели, температура 39, не берёт грудь, сонливый", "ru"),
    ("Ребенок в возрасте 6 недель, лихорадит", "ru"),
    ("2-month-old baby with fever 38.5, lethargic, feeding poorly", "en"),
    ("8-week-old, temp 38.1, otherwise well", "en"),
])
def test_fever_under_three_months_is_an_emergency(text: str, lang: str) -> None:
    level, hits = RedFlagRules.load().level(text, lang)
    assert level == "emergency" and "infant_fever" in [h.id for h in hits]


def test_fever_at_five_years_or_without_fever_is_not_infant_fever() -> None:
    rules = RedFlagRules.load()
    assert "infant_fever" not in [h.id for h in rules.find("Ребенок 5 лет, температура 38.5")]
    assert "infant_fever" not in [h.id for h in rules.find("Ребёнку 2 месяца, температура 36.6, плановый осмотр")]
    assert "infant_fever" not in [h.id for h in rules.find("Ребёнку 2 месяца, температуры нет")]


@pytest.mark.parametrize("text", ["Ребёнок, 1 год, со вчерашнего дня очень вялый", "Малыш капризничает, не ест, "
                                  "температура 37.5, сегодня стал вялым", "Toddler, 2 years, very lethargic today"])
def test_unwell_child_across_commas_and_distance(text: str) -> None:
    assert "unwell_child" in [h.id for h in RedFlagRules.load().find(text, "en" if "Toddler" in text else "ru")]


def test_a_child_that_is_not_lethargic_is_not_flagged() -> None:
    assert "unwell_child" not in [h.id for h in RedFlagRules.load().find("Ребенок 3 лет, не вялый, насморк")]
