"""Lowercase Russian notes: surname + initials, role + surname + first name, legal-form organisations."""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier


@pytest.mark.parametrize(
    "text,secret",
    [
        ("жалоб нет.\nприём вёл соловьёва с.э.", "соловьёва"),
        ("жалоб нет.\nприём вёл мельник е.а.\n", "мельник"),
        ("пациент мельник тимофей (23.1.1997), адрес не указан", "мельник"),
        ("пациент долгих рустам (16.01.36), жалобы на слабость", "долгих"),
        ("больной(ая) петросян в.в., 1959 года рождения", "петросян"),
        ("направляется к в.в. бондарь для решения вопроса", "бондарь"),
        ('место работы: ооо "вектор-плюс", слесарь', "вектор-плюс"),
    ],
)
def test_lowercase_ru_detected(text: str, secret: str) -> None:
    out = Deidentifier(mode="mask", lang="ru", key=b"k" * 32).process(text).text
    assert secret not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "капельно в.в. физраствор 200 мл, т.е. дважды в день",
        "пациент жалуется на боль в животе и слабость",
        "вводить в.в. струйно, т.к. рвота",
    ],
)
def test_lowercase_ru_plain_text_kept(text: str) -> None:
    out = Deidentifier(mode="mask", lang="ru", key=b"k" * 32).process(text).text
    assert out == text


@pytest.mark.parametrize(
    "text,secret",
    [
        ("адрес: 212826, г. тверь, советская ул., д. 36, кв. 290.", "советская"),
        ("адрес: ленинградская обл., пос. заречный, ул.чапаева, дом 29, жалобы", "чапаева"),
        ("г.владивосток, пер. кривоколенный 117 кв 231", "кривоколенный"),
        ("йошкар-ола, улица гагарина, д.41/3, кв.29", "гагарина"),
    ],
)
def test_lowercase_ru_address(text: str, secret: str) -> None:
    out = Deidentifier(mode="mask", lang="ru", key=b"k" * 32).process(text).text
    assert secret not in out, out
    assert "тверь" not in out and "заречный" not in out and "владивосток" not in out


def test_lowercase_street_words_without_house_kept() -> None:
    text = "на улице холодно, гулять по проспекту не выходит"
    assert Deidentifier(mode="mask", lang="ru", key=b"k" * 32).process(text).text == text
