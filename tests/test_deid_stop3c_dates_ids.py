"""Stop 3 round 3: dates and identifiers in narrative notes (years without a preposition or without "г.", life
events in a family history, spans of years, a month alone at the start of a range, "SS#", an organisation's
10-digit ИНН, a "callback" number). Every example is invented; each rule has positives and nearby negatives."""

from __future__ import annotations

import pytest

from deidspans import spans
from medmoe.deid import Deidentifier


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(mode="mask", lang="auto", key=b"k" * 32)


def _spans(d: Deidentifier, text: str, typ: str, lang: str | None = None) -> list[str]:
    return spans(text, typ, lang or d.lang)  # the shared per-language masker (tests/deidspans.py)


# ------------------------------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a past-tense verb or participle right before "YYYY г."
        ("Перенёс 2016 г. — резекция желудка, без осложнений.", ["2016"]),
        ("Пациентка оперирована 2003 г. по поводу аппендицита.", ["2003"]),
        ("Язва выявлена 2011 года, рубцевание.", ["2011"]),
        # a year after "с"/"в"/"после" without "г."
        ("В анамнезе сахарный диабет с 2014, на инсулине.", ["2014"]),
        ("в 2009 перенесла холецистэктомию", ["2009"]),
        ("Работала на заводе с 1998 по 2012, стаж большой.", ["1998", "2012"]),
        # a month alone at the start of a range whose end has the year
        ("С февраля по апрель 2022 г. лечилась амбулаторно.", ["февраля", "апрель 2022"]),
        # English: a life event's verb, spans of years
        ("FHx: father had a stroke, died 2009. Sister well.", ["2009"]),
        ("Retired 2018 after thirty years as a nurse.", ["2018"]),
        ("Lived abroad in 2016-2019, returned last year.", ["2016", "2019"]),
        ("From 2011–2014 she took methotrexate.", ["2011", "2014"]),
        ("Treated from January to March 2021 for TB.", ["January", "March 2021"]),
        ("Physio Oct-Dec 2023, some benefit.", ["Oct", "Dec 2023"]),
    ],
)
def test_narrative_dates(deid: Deidentifier, text: str, want: list[str]) -> None:
    assert _spans(deid, text, "DATE") == want


@pytest.mark.parametrize(
    "text",
    [
        # grams, millilitres, counts and ranges of quantities are not years
        "За месяц набрала 2000 г, аппетит хороший.",
        "Растворить в 2000 мл физраствора.",
        "Доза с 1900 до 2000 мг в сутки.",
        "Активность выросла в 2000 раз.",
        "Лейкоциты 2010 в мкл, норма.",
        "Ходит с тростью, проходит 2000 шагов.",
        "Дозировка с марта по май не менялась.",
        "Walks 2000 steps a day, died down by evening.",
        "in 2000-3000 patients the effect was small",
        "from 1800-2000 mg daily the level fell",
        "Treated March to May, then stopped.",
        # real complaints: durations and pressures
        "с 2 дней болит горло, АД 140/90, 3 дня температура",
    ],
)
def test_quantities_are_not_dates(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "DATE") == []


# ------------------------------------------------------------------------------------------ identifiers
def test_ss_hash_is_a_social_security_number(deid: Deidentifier) -> None:
    text = "Lives alone. SS# 517-42-3316. Plan: review."
    assert _spans(deid, text, "ID", "en") == ["517-42-3316"]


def test_badge_after_a_name_is_still_not_an_id(deid: Deidentifier) -> None:
    assert _spans(deid, "Seen with PC Harris #6620 at the door.", "ID", "en") == []


def test_an_organisations_ten_digit_inn_is_not_an_id(deid: Deidentifier) -> None:
    text = "Осмотр в ООО «Медицина Плюс» (ИНН 7707083893, ОГРН 1027700132195). Пациент жалуется."
    assert _spans(deid, text, "ID", "ru") == []


def test_a_persons_twelve_digit_inn_stays_an_id(deid: Deidentifier) -> None:
    text = "Пациент: ИНН 500100732259, СНИЛС 112-233-445 95"
    assert _spans(deid, text, "ID", "ru") == ["500100732259", "112-233-445 95"]


@pytest.mark.parametrize("label", ["Callback", "Call back on", "ring back"])
def test_a_callback_number_is_a_phone_not_an_id(deid: Deidentifier, label: str) -> None:
    text = f"Message from daughter. {label} 07155859385 after 5pm."
    assert _spans(deid, text, "ID", "en") == []
    assert _spans(deid, text, "PHONE", "en") == ["07155859385"]


@pytest.mark.parametrize(
    "text",
    ["Справка выдана: ГБУЗ «ГП № 9» ИНН 7707083893, КПП 770701001.", "Клиника «Лотос» (ИНН: 7707083893)"],
)
def test_a_ten_digit_inn_beside_an_organisation_is_not_an_id(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "ID", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Daughter can be reached on 0412345678 most days.", "en"), ("Связь с сыном 0412345678 вечером.", "ru")],
)
def test_an_unlabelled_ten_digit_number_is_no_inn(deid: Deidentifier, text: str, lang: str) -> None:
    # it passes the ИНН-10 check digit by chance; a person's ИНН has 12 digits
    assert _spans(deid, text, "ID", lang) == []
    assert _spans(deid, text, "PHONE", lang) == ["0412345678"]


def test_labelled_inns_stay_ids(deid: Deidentifier) -> None:
    assert _spans(deid, "ИНН 7755996340", "ID", "ru") == ["7755996340"]
    assert _spans(deid, "Пациентка, ИНН: 500100732259.", "ID", "ru") == ["500100732259"]


@pytest.mark.parametrize(
    "text", ["Interpreter line ID 40127 used.", "Language Line no. 5531 booked for Polish."]
)
def test_an_interpreter_line_is_not_a_person(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "ID", "en") == []


def test_a_patient_id_near_an_interpreter_stays(deid: Deidentifier) -> None:
    assert _spans(deid, "Interpreter booked. Patient ID 40127.", "ID", "en") == ["40127"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a season or "в начале/конце" before a bare year
        ("Зимой 2020 перенесла пневмонию.", ["2020"]),
        ("в конце 2017-го начались боли", ["2017"]),
        # a month and year in digits
        ("Инсулин с 04.2022, доза стабильна.", ["04.2022"]),
        ("On metformin since 11/2018.", ["11/2018"]),
        ("Язва выявлена в 9.2016, пролечена.", ["9.2016"]),
        # a year in brackets, a year opening a list line
        ("Перенесённые: ОНМК (2016), холецистэктомия (2011).", ["2016", "2011"]),
        ("PSH:\n1992 - hysterectomy\n- 1998: TKR left", ["1992", "1998"]),
        ("Операции:\n2012 — холецистэктомия", ["2012"]),
    ],
)
def test_more_narrative_years(deid: Deidentifier, text: str, want: list[str]) -> None:
    assert _spans(deid, text, "DATE") == want


@pytest.mark.parametrize(
    "text",
    [
        "Креатинин 1.2019 ммоль? перепроверить",  # a decimal, no month
        "Калорийность рациона (1800), белок 90 г.",  # a quantity in brackets, outside the event years
        "Дозы: 2000 - 3000 ЕД в сутки",  # a range of quantities at a line start
        "Зимой 2000 шагов в день не проходит.",
        "AKI: creatinine (2100) on day 2?",  # outside the plausible event years
        "Nursing:\n2000 - pt settled, obs stable\n2030: asleep",  # 24-hour times, not years
    ],
)
def test_more_quantities_are_not_dates(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("В 2016-2018 жила в Казани.", ["2016", "2018"]),
        ("Between 2004 and 2009 worked abroad.", ["2004", "2009"]),
        ("Fall in January of 2022, no fracture.", ["January of 2022"]),
        ("PCI Feb '19, stent patent.", ["Feb '19"]),
    ],
)
def test_spans_of_years_and_month_year_spellings(deid: Deidentifier, text: str, want: list[str]) -> None:
    assert _spans(deid, text, "DATE") == want


@pytest.mark.parametrize(
    "text", ["с 1900-2000 мл в сутки", "between 2000 and 2050 mg daily", "between 2000 and 3000 mg"]
)
def test_ranges_of_quantities_are_not_spans_of_years(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "DATE") == []
