"""Names in forms the first rules missed (issue 4, stop 2): short and one-letter surnames, ALL-CAPS, Turkic
patronymics, lone first names, lowercase English names after family roles; each with a nearby negative."""

from __future__ import annotations

import pytest

from deidspans import KEY
from deidspans import spans as _spans
from medmoe.deid import Deidentifier


def _names(text: str, lang: str = "auto") -> list[str]:
    return _spans(text, "NAME", lang)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("больной ЛИ ВИКТОР поступил", "ЛИ ВИКТОР"),
        ("Пациентка Ю Мария Сергеевна, 40 лет", "Ю Мария Сергеевна"),
        ("Алиев Рашид Гасан оглы поступил", "Алиев Рашид Гасан оглы"),
        ("Мамедова Гюльнара Исмаил кызы", "Мамедова Гюльнара Исмаил кызы"),
        ("Со слов мамы. Саша болеет 3 дня", "Саша"),
        ("seen with daughter mary jones, plan discussed", "mary jones"),
        ("wife susan reports he fell", "susan"),
    ],
)
def test_short_caps_turkic_and_lowercase_names(text: str, name: str) -> None:
    assert name in _names(text), _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ДО ВИКТОРИНЫ ОСТАЛОСЬ",
        "В Москве лечилась",
        "Осмотрена неврологом, даны рекомендации.",
        "зябкость н.к. и отечность н.к.",
        "Соп.: ДУЗ, гипотиреоз.",
        "МК 278, креатинин 82.",
        "seen with daughter, plan discussed",
        "wife reports he fell",
    ],
)
def test_neighbours_that_are_not_names(text: str) -> None:
    d = Deidentifier(lang="auto", mode="mask", key=KEY)
    assert d.detect(text) == [], [(text[e.start : e.end], e.type) for e in d.detect(text)]


@pytest.mark.parametrize(
    "phrase",
    [
        "деформация Маделунга",
        "порокератоз Мибелли",
        "персистирующая виремия Эпштейна-Барр",
        "расширение пространств Вирхова-Робина",
        "лицо Поттер",
        "Допплер вен нижних конечностей",
    ],
)
def test_eponyms_after_disease_nouns_are_kept(phrase: str) -> None:
    assert _names(phrase, "ru") == []


def test_a_person_after_a_disease_noun_keeps_initials() -> None:
    assert _names("порокератоз, осмотрен Мибелли А.А.", "ru") == ["Мибелли А.А."]
