"""Red-flag rules: clinical red flags fire, negated ones do not, vital signs are read, data sets are sane."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medmoe.triage.rules import RedFlagRules, is_negated, normalize, vitals

HAND = Path(__file__).parent / "data" / "triage_handwritten_ru.jsonl"


@pytest.fixture(scope="module")
def rules() -> RedFlagRules:
    return RedFlagRules.load()


@pytest.mark.parametrize(("text", "flag"), [
    ("Давящая боль за грудиной, отдает в левую руку, холодный пот.", "chest_pain_acs"),
    ("Внезапно появилась слабость в правой руке и ноге.", "stroke_sudden_weakness"),
    ("Час назад перекосило лицо, речь невнятная.", "stroke_face_speech"),
    ("Задыхается, губы синие.", "severe_breathing_difficulty"),
    ("Лихорадка, спутанность сознания, давление упало.", "sepsis_signs"),
    ("Рвота кофейной гущей, черный стул.", "heavy_bleeding"),
    ("Говорит, что не хочет жить.", "suicidal_ideation"),
    ("После укуса осы отекли губы и язык.", "anaphylaxis"),
    ("Потерял сознание на улице.", "loss_of_consciousness"),
    ("Chest pain radiating to the left arm with sweating.", "chest_pain_acs"),
    ("Sudden slurred speech and facial droop.", "stroke_face_speech"),
])
def test_red_flags_fire(rules: RedFlagRules, text: str, flag: str) -> None:
    lang = "en" if text.isascii() else "ru"
    level, hits = rules.level(text, lang)
    assert flag in [h.id for h in hits]
    assert level == "emergency"


@pytest.mark.parametrize("text", [
    "Боли в груди нет. Беспокоит насморк.",
    "Отрицает боли в груди, одышку, потерю сознания.",
    "Мысли о самоубийстве отрицает.",
    "Суицидальных мыслей нет, беспокоит бессонница.",
    "Без потери сознания. Ушиб колена.",
    "Судороги в икроножных мышцах по ночам.",
    "Боль в грудном отделе позвоночника при наклонах.",
    "No chest pain, no shortness of breath. Mild cough.",
    "Слабости и онемения в конечностях нет, речь не нарушена.",
])
def test_negated_and_lookalikes_stay_routine(rules: RedFlagRules, text: str) -> None:
    lang = "en" if text.isascii() else "ru"
    level, hits = rules.level(text, lang)
    assert level == "routine", [h.id for h in hits]


def test_negation_does_not_leak_across_clauses(rules: RedFlagRules) -> None:
    # "нет" belongs to the temperature, the chest pain after the comma is real.
    level, hits = rules.level("Температуры нет, давящая боль за грудиной с холодным потом.", "ru")
    assert level == "emergency"
    text = normalize("Боли в груди нет, одышка есть")
    assert is_negated(text, 0, 13)
    assert not is_negated(text, text.index("одышка"), text.index("одышка") + 6)


def test_outpatient_wording_is_not_an_emergency(rules: RedFlagRules) -> None:
    # Found on real outpatient complaints (RuMedTop3): these are urgent or routine, not ambulance calls.
    assert rules.level("Чувство нехватки воздуха при нагрузке.", "ru")[0] == "urgent"
    assert rules.level("Отеки стоп к концу дня, ночные судороги.", "ru")[0] == "routine"
    assert rules.level("Был обморок, вызывали СМП, ОНМК исключили.", "ru")[0] == "emergency"  # the faint counts
    assert "stroke_face_speech" not in [h.id for h in rules.find("ОНМК исключили.", "ru")]


def test_plain_chest_pain_is_urgent_not_emergency(rules: RedFlagRules) -> None:
    level, hits = rules.level("Колющая боль в груди при кашле.", "ru")
    assert level == "urgent" and "chest_pain" in [h.id for h in hits]


def test_vital_signs(rules: RedFlagRules) -> None:
    v = vitals("Температура 39,2, ЧСС 128, АД 85/50, SpO2 88%, ЧДД 30, глюкоза 2,4")
    assert v == {"temp": 39.2, "hr": 128.0, "bp": (85.0, 50.0), "spo2": 88.0, "rr": 30.0, "glucose": 2.4}
    ids = [h.id for h in rules.find("Сатурация 88%.", "ru")]
    assert "low_oxygen_saturation" in ids
    assert rules.level("АД 120/80, ЧСС 72, t 36,6, SpO2 98%. Сахарный диабет 2 типа.", "ru")[0] == "routine"


def test_handwritten_set_is_big_enough_and_clean() -> None:
    rows = [json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines()]
    groups = [r["group"] for r in rows]
    assert groups.count("red_flag") >= 100 and groups.count("benign") >= 100
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    assert all(r["level"] in ("emergency", "routine") for r in rows)


def test_handwritten_texts_are_not_in_the_synthetic_generator() -> None:
    from medmoe.synth.triage import SCENARIOS

    phrases = {p.lower() for s in SCENARIOS.values() for lang in ("ru", "en") for half in s[lang] for p in half}
    for r in (json.loads(line) for line in HAND.read_text(encoding="utf-8").splitlines()):
        assert not any(p in r["text"].lower() for p in phrases), r["id"]
