"""Detection: identifiers with checksums, dates, contacts, addresses, names, eponyms kept."""

from __future__ import annotations

import pytest

from deidspans import KEY
from deidspans import found as _found
from medmoe.deid import Deidentifier, Entity, RegexRecognizer, Registry, default_registry
from medmoe.deid.checksums import inn_complete, inn_valid, snils_check, snils_valid
from medmoe.deid.recognizers import builtin_recognizers


def test_checksums() -> None:
    assert snils_valid("112-233-445 95")
    assert not snils_valid("112-233-445 96")
    assert snils_check("000000000") == "00"
    assert inn_valid("7707083893") and inn_valid("500100732259")
    assert not inn_valid("7707083894")
    assert inn_valid(inn_complete("1234567890"))


def test_russian_identifiers_and_contacts() -> None:
    text = (
        "СНИЛС 112-233-445 95. ИНН 500100732259. Полис ОМС 7755 4433 2211 0099. Паспорт серия 45 10 № 123456. "
        "Свидетельство о рождении II-МЮ №950132. История болезни № 1234/2021. Тел.: +7 (912) 345-67-89, "
        "8-912-345-67-89, 89123456789. e-mail: ivanov@mail.ru, сайт https://clinic.ru/p?id=5, IP 10.0.12.7."
    )
    f = _found(text, "ru")
    for s, t in [
        ("112-233-445 95", "ID"),
        ("500100732259", "ID"),
        ("7755 4433 2211 0099", "ID"),
        ("45 10", "ID"),  # a series and a number apart ("№" between them) are two ids
        ("123456", "ID"),
        ("II-МЮ №950132", "ID"),
        ("1234/2021", "ID"),
        ("+7 (912) 345-67-89", "PHONE"),
        ("8-912-345-67-89", "PHONE"),
        ("89123456789", "PHONE"),
        ("ivanov@mail.ru", "EMAIL"),
        ("https://clinic.ru/p?id=5", "URL"),
        ("10.0.12.7", "URL"),
    ]:
        assert f.get(s) == t, (s, f)


@pytest.mark.parametrize(
    "text",
    [
        "АД 120/80 мм рт.ст., ЧСС 72, Hb 135 г/л, t 36.6, доза 2.5 мг, 12 лет назад.",
        "ЭКГ: ЧСС 78, PQ 0.16 с, QRS 0.08 с, QT 0.38 с. Инсулин 8-8-6 ЕД. Рост 178 см, вес 85 кг, ИМТ 26,8.",
        "Приложение № 5. Палата 312. Отделение кардиологии №2. Бокс № 15. Код МКБ-10: I21.0. Группа крови 0(I) Rh+.",
        "Перенес ОИМ. Курит 20 лет. Гепарин 5000 ЕД п/к 2 р/д. Очаг 12х8 мм в S6. Стадия T2N0M0.",
    ],
)
def test_numbers_that_are_medicine_are_kept(text: str) -> None:
    assert _found(text, "ru") == {}


@pytest.mark.parametrize("date", ["12.03.1975", "2020-03-12", "12 марта 1975", "5 мар. 2020", "в марте 2019"])
def test_russian_dates(date: str) -> None:
    f = _found(f"Поступила {date} г. в отделение.", "ru")
    assert any(date.endswith(k) and v == "DATE" for k, v in f.items()), f


def test_day_month_without_year_only_in_date_context() -> None:
    assert _found("ОАК от 12.03: норма. Лечился с 12.03 по 15.03.", "ru") == {
        "12.03": "DATE",
        "15.03": "DATE",
    }
    assert _found("Глюкоза до 12.05 ммоль/л, t до 38.5, на 10.5 см.", "ru") == {}


def test_birth_year_and_english_dates() -> None:
    assert _found("Больная 1975 г.р. жалуется.", "ru") == {"1975": "DATE"}
    f = _found("DOB: March 12, 1975. Seen 03/25/2020 and 18-Aug-2023.", "en")
    assert set(f) >= {"March 12, 1975", "03/25/2020", "18-Aug-2023"}


def test_addresses_and_city_policy() -> None:
    text = "Адрес: 614000, Пермский край, г. Пермь, ул. Ленина, д. 5, корп. 2, кв. 17. Госпитализирован в г. Самара."
    f = _found(text, "ru")
    assert f.get("614000, Пермский край, г. Пермь, ул. Ленина, д. 5, корп. 2, кв. 17") == "ADDRESS"
    assert "Самара" not in " ".join(f)  # a city alone is not an address (documented policy)
    f = _found("Lives at 1234 North Maple Street, Apt 5B, Springfield, IL 62704.", "en")
    assert "1234 North Maple Street, Apt 5B, Springfield, IL 62704" in f


@pytest.mark.parametrize(
    "name",
    [
        "Ивановой Марии Петровны",
        "Е.П. Кудрявцеву",
        "Сидоренко А.В.",
        "иванов иван иванович",
        "ПЕТРОВ ПЁТР ПЕТРОВИЧ",
        "Мельник Е.А.",
        "Мамедовой Айгюн Рашид кызы",
    ],
)
def test_russian_names(name: str) -> None:
    f = _found(f"Осмотрена вместе с {name} сегодня.", "ru")
    assert f.get(name) == "NAME", f


def test_lowercase_initials_vouch_for_neighbour_but_abbreviations_do_not() -> None:
    f = _found("Выполнил: бондарь а.в. Осмотрен заведующим отделением г.в. ахметов.", "ru")
    assert set(f) == {"бондарь а.в.", "г.в. ахметов"}, f
    assert _found("что м.б. проявлением, введено в.в. капельно, т.е. больной", "ru") == {}


def test_names_after_role_words() -> None:
    f = _found("Со слов дочери Анны, болеет 3 года. Лечащий врач Хабибуллин.", "ru")
    assert f.get("Анны") == "NAME" and f.get("Хабибуллин") == "NAME"


def test_eponyms_are_kept() -> None:
    text = (
        "Синдром Марфана исключен. Болезнь Паркинсона. Проба Манту отрицательная. Анализ мочи по Нечипоренко. "
        "Симптом Щеткина-Блюмберга отрицательный. Синдром Жильбера. Врач Боткин С.П."
    )
    f = _found(text, "ru")
    assert set(f) == {"Боткин С.П."}, f
    f = _found(
        "History of Crohn disease and Parkinson's disease; Babinski sign negative. Seen by Dr. Adams.", "en"
    )
    assert set(f) == {"Adams"}, f


def test_english_names() -> None:
    f = _found("Patient: John Smith. Seen by Dr. Emily Carter. Referred by Sarah O'Neil, MD.", "en")
    assert {"John Smith", "Emily Carter", "Sarah O'Neil"} <= set(f)


def test_custom_recognizer_plugin() -> None:
    reg = Registry(builtin_recognizers(natasha=False))
    reg.register(RegexRecognizer("our_mrn", ("ID",), r"\bКБ-\d{7}\b", 0.9))
    d = Deidentifier(lang="ru", mode="mask", key=KEY, registry=reg)
    assert d.process("Карточка КБ-1234567 закрыта.").text == "Карточка [ID] закрыта."
    with pytest.raises(ValueError):
        reg.register(RegexRecognizer("our_mrn", ("ID",), r"x"))
    assert "natasha" in default_registry().names()


def test_overlap_resolution_keeps_longest_trusted() -> None:
    d = Deidentifier(lang="ru", mode="mask", key=KEY)
    ents = d.detect("г. Москва, ул. 8 Марта, д. 5, кв. 3")
    assert [(e.type) for e in ents] == ["ADDRESS"]
    assert isinstance(ents[0], Entity)


def test_drug_brand_names_are_not_people() -> None:
    text = "Получала лечение: Мидокалм, Нейробион по 3,0 №5. Принимает Нурофен 200 мг. Врач Кузьмин М.И."
    f = _found(text, "ru")
    assert set(f) == {"Кузьмин М.И."}, f


def test_name_mentions_propagate_within_document() -> None:
    f = _found("Re: Anneliese Ebanks\nAnneliese is a 45-year-old woman. Ebanks reports pain.", "en")
    assert list(f.values()).count("NAME") == 3, f
    f = _found("Вызывающий: Белый К.А. Белый налёт на языке.", "ru")
    assert set(f) == {"Белый К.А."}, f


def test_eponyms_after_anatomy_and_pathology_nouns() -> None:
    text = (
        "Мальформация Дэнди-Уокера, последовательность Пьера Робена, дыхание Куссмауля, "
        "включения Леви в нейронах. Dandy-Walker malformation, Lewy bodies."
    )
    assert _found(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The patient was seen in the Emergency Department. Started on Lisinopril 10 mg daily. BP 120/80, HR 72.",
        "Assessment and Plan: continue Ceftriaxone 1 g IV q24h. Discussed with Infectious Disease. Full Code.",
        "Seen with Attending. Plan per Neurology. Apgar 8 and 9. Mallampati class II. Gleason 3+4=7.",
    ],
)
def test_english_clinical_text_without_personal_data(text: str) -> None:
    assert _found(text, "en") == {}


def test_english_named_institutions_are_org() -> None:
    f = _found("Follow-up at Quincy Medical Associates. Transferred to Community Hospital.", "en")
    assert f == {"Quincy Medical Associates": "ORG"}
