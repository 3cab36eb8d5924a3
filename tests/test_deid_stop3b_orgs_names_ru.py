"""Stop 3 round 2: Russian organisations in narrative and letterheads (police, courts, insurers, employers).

Invented examples; each rule has a positive and a nearby negative.
"""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier


def _orgs(text: str) -> list[str]:
    d = Deidentifier(lang="ru", mode="mask", key=b"k" * 32)
    return [text[e.start : e.end] for e in d.detect(text, "ru") if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Запрос из ОМВД России по Заречному району г. Тулы получен.",
            "ОМВД России по Заречному району г. Тулы",
        ),
        ("УМВД России по г. Великого Новгорода\n173000, ул. Мира", "УМВД России по г. Великого Новгорода"),
        (
            "Сообщено в отдел полиции № 4 «Лесной» Управления МВД России по г. Перми.",
            "отдел полиции № 4 «Лесной» Управления МВД России по г. Перми",
        ),
        ("Из ГУ МВД России по Тверской области поступил запрос.", "ГУ МВД России по Тверской области"),
        ("Копия в Заречный районный суд г. Тулы.", "Заречный районный суд г. Тулы"),
        (
            "По определению Ново-Савиновского районного суда г. Казани",
            "Ново-Савиновского районного суда г. Казани",
        ),
        ("Арбитражный суд Пермского края", "Арбитражный суд Пермского края"),
    ],
)
def test_police_and_courts(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Решением районного суда назначена экспертиза.",
        "Сотрудники полиции доставили пациента.",
        "Обратился в полицию по месту жительства.",
    ],
)
def test_generic_police_and_court_are_not_orgs(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Работает в Промтехснабе кладовщиком.", "Промтехснабе"),
        ("Трудится на Уралвагонзаводе.", "Уралвагонзаводе"),
        ("Работает в Газпроме инженером.", "Газпроме"),
        ("Сын посещает детский сад № 14 «Ромашка».", "детский сад № 14 «Ромашка»"),
        ("Лекарства получает в аптеке «Здоровье+».", "аптеке «Здоровье+»"),
        ("Застрахован: страховая компания «Надёжный полис».", "страховая компания «Надёжный полис»"),
        ("Страховая медицинская организация: МедЩит-ОМС, полис 7700", "МедЩит-ОМС"),
        ("СМО: Капитал Мед\n", "Капитал Мед"),
        ("Учится в гимназии «Логос».", "гимназии «Логос»"),
    ],
)
def test_employers_schools_insurers(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Работает в Казани водителем.",
        "Работает в ЦРБ санитаркой.",
        "Работает в Больнице медсестрой.",
        "Работает в магазине продавцом.",
        "СМО: не указана\n",
    ],
)
def test_work_places_that_are_not_orgs(text: str) -> None:
    assert _orgs(text) == []


def test_passport_issuer_stays() -> None:
    assert _orgs("паспорт 4510 123456, выдан ОМВД России по Заречному району г. Тулы 01.02.2010") == []
