"""Stop 3, Russian: names hyphenated across a line break by OCR or a narrow column, Latin transliterations of
Russian names, and names of many origins in ALL-CAPS and lowercase form fields. Invented examples with
negatives."""

from __future__ import annotations

import pytest

from deidspans import spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Осмотрена пациентка Ива-\nнова Мария Петровна, жалоб нет.", "Ива-\nнова"),
        ("Консультирован врачом Пет-\nровым А.С.", "Пет-\nровым А.С."),
        ("Лечащий врач Гиорга-\nдзе Н.Т. СНИЛС 112-233-445 95.", "Гиорга-\nдзе Н.Т."),
        ("Пациент Ivanov Sergei обратился в приемное отделение.", "Ivanov Sergei"),
        ("Пациентка Kuznetsova Olga, 54 года, осмотрена.", "Kuznetsova Olga"),
        ("Пациент: КИМ ЕЛЕНА ВЛАДИМИРОВНА", "КИМ ЕЛЕНА ВЛАДИМИРОВНА"),
        ("Больной Цой Виктор, 45 лет.", "Цой Виктор"),
        ("Лечащий врач Бердиашвили Т.Г.", "Бердиашвили Т.Г."),
        ("Пациент Хачатрян Армен Суренович жалуется на боль.", "Хачатрян Армен Суренович"),
        ("фио пациента: петров иван сергеевич", "петров иван сергеевич"),
        ("ФИО: Хасанов Шухрат Бахтиёр угли", "Хасанов Шухрат Бахтиёр угли"),
    ],
)
def test_russian_names(text: str, name: str) -> None:
    assert name in spans(text, "NAME", "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Лечение: Ле-\nчение продолжено, реко-\nмендовано наблюдение.",
        "Сос-\nтояние удовлетворительное, при-\nнимает препараты.",
    ],
)
def test_hyphenated_words_are_not_names(text: str) -> None:
    assert spans(text, "NAME", "ru") == []
