"""Stop 3 round 3: Russian narrative — a colleague named after a communication verb, an insurer right after
"страховая", a quoted care home after "пансионат для ...".

Invented examples; each rule has positives and nearby negatives.
"""

from __future__ import annotations

import pytest

from deidspans import spans


def _spans(text: str, typ: str) -> list[str]:
    return spans(text, typ, "ru")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Рефлексы живые. обсуждено с Осокиным. План: ЭхоКГ.", "Осокиным"),
        ("Боли уменьшились. Обсуждено с Весной по телефону.", "Весной"),  # a surname that is also a word
        ("Согласовано с Черной, показаний к операции нет.", "Черной"),
        ("Передано Вишнякову в 14:30.", "Вишнякову"),
        ("Доложено Ткач по телефону.", "Ткач"),
        ("Со слов Пак — показаний к операции нет.", "Пак"),
    ],
)
def test_communication_verb_names(text: str, name: str) -> None:
    assert name in _spans(text, "NAME")


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Обсуждено с Заведующим отделением.", "Заведующим"),
        ("Согласовано с Москвой и Минздравом.", "Москвой"),
        ("Согласовано с Минздравом.", "Минздравом"),
        ("Передано Дежурному врачу.", "Дежурному"),
        ("Со слов Пациентки боли в течение недели.", "Пациентки"),
        ("Обсуждено с Родственниками.", "Родственниками"),
        ("Передано в ОРИТ в 14:30.", "ОРИТ"),
    ],
)
def test_communication_verb_negatives(text: str, not_name: str) -> None:
    assert not any(not_name in s for s in _spans(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("полис ОМС № 1234567890123456, страховая ВолгаМед-Страх.", "ВолгаМед-Страх"),
        ("Оформление в пансионат для пожилых «Берёзовая роща».", "пансионат для пожилых «Берёзовая роща»"),
    ],
)
def test_insurer_and_care_home(text: str, org: str) -> None:
    assert org in _spans(text, "ORG")


def test_insurer_and_quote_negatives() -> None:
    assert (
        _spans("Страховая компания не ответила. Страховая медицинская организация уведомлена.", "ORG") == []
    )
    assert _spans("Выписана с диагнозом «ОРВИ».", "ORG") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Живёт одна. соседка Роза моб. +79161112233, в курсе.", "Роза"),
        ("Контакт: племянник артём моб 89261112233.", "артём"),
        ("Звонила дочь пациента Соколова Л.Ю. — Надежда, номер +7 916 111 22 33.", "Надежда"),
    ],
)
def test_relative_first_name_before_phone(text: str, name: str) -> None:
    assert name in _spans(text, "NAME")


def test_relative_phone_negatives() -> None:
    # no first-name reading: a symptom after a dash, a verb after a relative
    assert _spans("Жалобы — Боль, тел. не отвечает. дочь звонит 89161112233.", "NAME") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Лечение продолжить.  ковальчук", "ковальчук"),
        ("Рекомендации даны.\nСавельева", "Савельева"),
        ("пац воронцова жалобы на кашель", "воронцова"),
    ],
)
def test_signature_and_pac(text: str, name: str) -> None:
    assert name in _spans(text, "NAME")


@pytest.mark.parametrize(
    "text", ["Состояние стабильное.  Выписан", "лечение продолжить.  ремиссия", "пац жалобы на кашель"]
)
def test_signature_negatives(text: str) -> None:
    assert _spans(text, "NAME") == []
