"""Stop 4: identifiers, dates and addresses. A laboratory number (dotted too) is the patient's; a GP practice's
code and a prescription form's series are an organisation's; an ISO date ends before its clock time; an English
address keeps its hyphenated town and a postcode after a comma or on a later line; a Russian address with the
street type after the name ("Карла Маркса ул., д. 61") is found, and a call card's entrance and floor are left
outside it. Every sentence is written for this file, with a near negative per rule."""

from __future__ import annotations

import pytest

from deidspans import spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NHS: 943 476 5919   Lab no: 24.1187734.C\nReceived: 3 May 2024", "24.1187734.C"),
        ("Lab No. S23.0041187 - haemolysed, repeat requested", "S23.0041187"),
        ("Laboratory number: 7719023 (FBC, U&E)", "7719023"),
    ],
)
def test_laboratory_numbers_are_ids(text: str, value: str) -> None:
    assert value in spans(text, "ID", "en")


def test_a_lab_value_is_not_a_lab_number() -> None:
    assert spans("Lab results: Hb 12.5, WCC 7.1, Plt 250", "ID", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tel: 0161 555 0192  Practice code M85011",
        "GP practice code: Y02918. Referral sent.",
        "Organisation code RX1CC on the letterhead",
    ],
)
def test_an_organisation_code_is_not_a_person_id(text: str) -> None:
    assert spans(text, "ID", "en") == []


def test_the_nhs_number_next_to_a_practice_code_stays() -> None:
    text = "Practice code M85011\nNHS number 943 476 5919"
    assert spans(text, "ID", "en") == ["943 476 5919"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Выписан льготный рецепт серия 56 № 104233 на эналаприл.", "104233"),
        ("Рецепт: серия 56-18 № 004233, бесплатно.", "004233"),
    ],
)
def test_prescription_series_is_the_issuer_and_its_number_the_patients(text: str, number: str) -> None:
    assert spans(text, "ID", "ru") == [number]


def test_passport_series_stays_an_id() -> None:
    assert spans("Паспорт серия 45 12 № 118830 выдан ОВД", "ID", "ru") != []
    assert "45" in spans("Паспорт серия 45 12 № 118830 выдан ОВД", "ID", "ru")[0]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Взято: 2021-03-04 08:15, доставлено в лабораторию", "2021-03-04"),
        ("Specimen received 2022-11-30T14:05:00Z by the lab", "2022-11-30"),
        ("seen on 2021-03-04.", "2021-03-04"),
    ],
)
def test_iso_date_leaves_the_clock_time_outside(text: str, date: str) -> None:
    assert spans(text, "DATE") == [date]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Address: Flat 4, 12 Canal Street, Stoke-on-Trent, ST4 2AB  Tel: 01782 000000",
            "Flat 4, 12 Canal Street, Stoke-on-Trent, ST4 2AB",
        ),
        ("She lives at 7 Mill Road, Weston-super-Mare BS23 1AA.", "7 Mill Road, Weston-super-Mare BS23 1AA"),
        (
            "Home: 9 Elm Grove, Ashby-de-la-Zouch, LE65 1AB, ph 07700 900123",
            "9 Elm Grove, Ashby-de-la-Zouch, LE65 1AB",
        ),
        ("12 Main St, Springfield, IL 62701", "12 Main St, Springfield, IL 62701"),
    ],
)
def test_english_address_with_hyphenated_town_and_postcode(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "en") == [address]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Patient address: 13 Mill Hill\nSalford\nM5 4WT  Contact: 0161 000 0000",
            "13 Mill Hill\nSalford\nM5 4WT",
        ),
        ("Home: 7 Oak Avenue\nBolton\nBL1 6FP, ph 07738 295060", "7 Oak Avenue\nBolton\nBL1 6FP"),
        (
            "Address checked: 36 Abbey Close\nLeeds\nLS6 4HL.\nResults by text.",
            "36 Abbey Close\nLeeds\nLS6 4HL",
        ),
    ],
)
def test_english_address_over_lines_ends_at_its_postcode(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "en") == [address]


def test_a_street_line_before_prose_does_not_take_the_prose() -> None:
    assert spans("Lives at 4 Kings Road\nWigan\nSpoke to daughter.", "ADDRESS", "en") == ["4 Kings Road"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес: Ярославская обл., Угличский р-н, с. Покровское, Карла Либкнехта ул., д. 7\nДиагноз: I10",
            "Ярославская обл., Угличский р-н, с. Покровское, Карла Либкнехта ул., д. 7",
        ),
        ("Проживает: Розы Люксембург ул., 12-4", "Розы Люксембург ул., 12-4"),
        ("Фактически живёт Пушкина ул., д. 3, кв. 15, с сыном", "Пушкина ул., д. 3, кв. 15"),
    ],
)
def test_russian_street_type_after_the_name(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "ru") == [address]


def test_a_count_after_a_surname_and_an_abbreviation_is_no_house() -> None:
    assert spans("Осмотрен Ивановым пер. 3 раза", "ADDRESS", "ru") == []


def test_call_card_directions_stay_outside_the_address() -> None:
    text = "Адрес вызова: Псковская обл., д. Красное, Пушкина ул., д. 14, подъезд 2, этаж 4, домофон 14К"
    assert spans(text, "ADDRESS", "ru") == ["Псковская обл., д. Красное, Пушкина ул., д. 14"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Адрес: мкр. 3-й, д. 21, кв. 40, г. Новый Уренгой\nМесто работы: нет",
            "мкр. 3-й, д. 21, кв. 40, г. Новый Уренгой",
        ),
        ("Адрес: Зеленоград, корп. 1215, кв. 8\nМать: есть", "Зеленоград, корп. 1215, кв. 8"),
        ("Адрес проживания: Н. Новгород, Мира 3, кв. 7. Далее жалобы", "Н. Новгород, Мира 3, кв. 7"),
        ("Живёт на ул. Ленина, д. 5, г. Тула. Жалоб нет", "ул. Ленина, д. 5, г. Тула"),
        (
            "Адрес регистрации: 452000, РБ, Белебеевский р-н, с. Ермолкино, ул. Садовая, 14\nТел.: нет",
            "452000, РБ, Белебеевский р-н, с. Ермолкино, ул. Садовая, 14",
        ),
        (
            "по адресу: 422000, РТ, Арский р-н, ж/д ст. Кизнер, ул. Школьная, д. 3, являясь законным представителем",
            "422000, РТ, Арский р-н, ж/д ст. Кизнер, ул. Школьная, д. 3",
        ),
        (
            "Адрес: 678000, Республика Саха (Якутия), г. Покровск, ул. 60 лет Октября, д. 8/1, кв. 12\nДиагноз",
            "678000, Республика Саха (Якутия), г. Покровск, ул. 60 лет Октября, д. 8/1, кв. 12",
        ),
        ("живёт: г. Москва, ул. 1905 года, д. 3, кв. 9.", "г. Москва, ул. 1905 года, д. 3, кв. 9"),
        (
            "адрес вызова: г. тверь, ул. 8 марта, 12/3, кв.45\nвызывающий: сын",
            "г. тверь, ул. 8 марта, 12/3, кв.45",
        ),
        ("Адрес: СНТ «Берёзка», участок 57\nМать: есть", "СНТ «Берёзка», участок 57"),
        (
            "Дача: садовое товарищество «Мичуринец», участок № 27",
            "садовое товарищество «Мичуринец», участок № 27",
        ),
        (
            "Адрес места жительства 620000, г. Екатеринбург, ул. Белинского, д. 12а,\nкв. 5\nМесто работы",
            "620000, г. Екатеринбург, ул. Белинского, д. 12а,\nкв. 5",
        ),
    ],
)
def test_russian_address_boundaries(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "ru") == [address]


def test_a_street_does_not_run_into_the_next_line() -> None:
    assert spans("Адрес: пос. Лесной, ул. Заводская 10\nМать: Петрова", "ADDRESS", "ru") == [
        "пос. Лесной, ул. Заводская 10"
    ]


def test_a_contact_on_the_address_line_is_not_the_address() -> None:
    found = spans("Адрес: ул. Ленина 5, кв. 2, тел. 89001234567", "ADDRESS", "ru")
    assert found == ["ул. Ленина 5, кв. 2"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: 11/8 Ocean Parade, Manly NSW 2095\nHome ph: none", "11/8 Ocean Parade, Manly NSW 2095"),
        ("Lot 14 Wattle Road\nDubbo NSW 2830\nMedicare: pending", "Lot 14 Wattle Road\nDubbo NSW 2830"),
        (
            "Flat 2, 18 Clontarf Road, Dublin 3, D03 K2X4\nPPSN: on file",
            "Flat 2, 18 Clontarf Road, Dublin 3, D03 K2X4",
        ),
        (
            "14 Main Street, Bandon, Co. Cork, P72 XK30\nGP: Dr Roe",
            "14 Main Street, Bandon, Co. Cork, P72 XK30",
        ),
        (
            "Location: 1203-55 Queen St W, Toronto, ON M5H 2M9\nHx: asthma",
            "1203-55 Queen St W, Toronto, ON M5H 2M9",
        ),
        (
            "Lives at 9B Rata Terrace, Kelburn, Wellington 6012. Retired.",
            "9B Rata Terrace, Kelburn, Wellington 6012",
        ),
        ("mail to PO Box 4410, Fresno, CA 93744; no phone", "PO Box 4410, Fresno, CA 93744"),
    ],
)
def test_english_address_tails_of_other_countries(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "en") == [address]


def test_without_a_postcode_only_one_place_follows_the_street() -> None:
    assert spans("Seen at 12 Oak Road, Leeds, Mother present", "ADDRESS", "en") == ["12 Oak Road, Leeds"]


def test_a_house_number_and_a_title_on_the_next_line_are_no_street() -> None:
    assert spans("Date: 25/11\n\nDear Dr Tremblay,", "ADDRESS", "en") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Info leaflet: bit.ly/4kPhysio then call", "URL", "bit.ly/4kPhysio"),
        ("see nhs.uk/conditions/gout for advice", "URL", "nhs.uk/conditions/gout"),
        ("wife tel 07005745128, happy to be called", "PHONE", "07005745128"),
    ],
)
def test_short_links_and_uk_personal_numbers(text: str, kind: str, value: str) -> None:
    assert spans(text, kind, "en") == [value]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Операции: холецистэктомия 2010 г., аппендэктомия 1995г.", ["2010", "1995"]),
        ("ОНМК 2018 г. без последствий", ["2018"]),
        ("Стентирование ПНА 2016г", ["2016"]),
    ],
)
def test_russian_year_after_an_event_noun(text: str, years: list[str]) -> None:
    assert spans(text, "DATE", "ru") == years


def test_grams_after_mass_or_birth_weight_are_not_years() -> None:
    assert spans("Масса 2000 г. Вес при рождении 2010г", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("PSH: appendicectomy 1995, cholecystectomy 2010. TKR 2019.", ["1995", "2010", "2019"]),
        ("PMH: MI 2015, CVA 2018.", ["2015", "2018"]),
        ("Colonoscopy (2021).", ["2021"]),
    ],
)
def test_english_year_after_a_procedure_or_event(text: str, years: list[str]) -> None:
    assert spans(text, "DATE", "en") == years


def test_lab_values_in_capitals_are_not_years() -> None:
    assert spans("CK 2000, LDH 1900.", "DATE", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dubbo NSW 2830\nMedicare: 2953 51702 1\n\nThanks for seeing", "2953 51702 1"),
        ("Medicare card 4021 77310 6-2, exp 03/27", "4021 77310 6-2"),
        ("Ms Roe | HCN 4412 551 207 QB | OHIP", "4412 551 207 QB"),
    ],
)
def test_grouped_national_health_numbers_are_one_span(text: str, value: str) -> None:
    assert value in spans(text, "ID", "en")


def test_a_ten_digit_number_without_the_medicare_label_is_not_taken_as_medicare() -> None:
    assert spans("Batch 2953 51702 1 received", "ID", "en") != ["2953 51702 1"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("С осени 2018г. боли в пояснице", "2018"),
        ("весна 2022 - операция на колене", "2022"),
        ("до конца 2020 наблюдалась у эндокринолога", "2020"),
        ("осенью 21-го года упала на улице", "21"),
    ],
)
def test_russian_seasons_and_short_years(text: str, year: str) -> None:
    assert spans(text, "DATE", "ru") == [year]


@pytest.mark.parametrize(
    "text", ["на 15-м году жизни", "Объём лета 2000 мл", "на 3-м году болезни появилась одышка"]
)
def test_years_of_life_and_volumes_are_not_dates(text: str) -> None:
    assert spans(text, "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("over the winter of 2020-21 she had three falls", "2020"),
        ("in autumn '19 she fell at home", "'19"),
        ("admitted over Christmas 2022 with a chest infection", "2022"),
    ],
)
def test_english_holidays_and_short_season_years(text: str, year: str) -> None:
    assert spans(text, "DATE", "en") == [year]


def test_a_short_season_year_is_shifted_and_kept_short() -> None:
    from medmoe.deid import Deidentifier

    out = Deidentifier(lang="en", mode="pseudonymize", key=b"k" * 32).process("in autumn '19 she fell").text
    assert out.startswith("in autumn '") and out.endswith(" she fell") and "'19" not in out


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Инфаркт 2012 г. Перелом шейки бедра 2019г.", ["2012", "2019"]),
        ("Роды 2015г, 2018г, без осложнений", ["2015", "2018"]),
        ("с 2019 по 2021г. лечилась у ревматолога", ["2019", "2021"]),
    ],
)
def test_a_year_written_with_g_is_a_year(text: str, years: list[str]) -> None:
    assert spans(text, "DATE", "ru") == years


@pytest.mark.parametrize(
    "text",
    [
        "Прибавка за месяц 1950 г, вскармливание грудное",
        "Масса тела при рождении 1980г, оценка по Апгар 7/8",
        "Потребность 1500-2000 г в сутки",
        "Белок 2000 г/сут не превышать",
        "с 1900 по 2000 мл за сутки",
    ],
)
def test_grams_stay_out(text: str) -> None:
    assert spans(text, "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("Выдана ИПРА № 512.11.77/2022 на 2 года", "512.11.77/2022", "ru"),
        ("SSN: ***-**-4821, DOB on file", "***-**-4821", "en"),
        ("SS# xxx-xx-1093 (verified)", "xxx-xx-1093", "en"),
        ("Unit no. 0451123   Ward 6", "0451123", "en"),
    ],
)
def test_more_personal_numbers(text: str, value: str, lang: str) -> None:
    assert value in spans(text, "ID", lang)


@pytest.mark.parametrize(
    ("text", "lang"), [("Unit no. 5, 12 Oak Road", "en"), ("таблетки № 20. Курс 10 дней", "ru")]
)
def test_a_flat_unit_and_a_pack_count_are_not_ids(text: str, lang: str) -> None:
    assert spans(text, "ID", lang) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("пишите на почту petrova.anna(собака)yandex.ru вечером", "petrova.anna(собака)yandex.ru"),
        ("email j.smith at nhs dot net please", "j.smith at nhs dot net"),
        ("contact: anna (at) gmail (dot) com", "anna (at) gmail (dot) com"),
        ("адрес ivanov[at]mail.ru", "ivanov[at]mail.ru"),
    ],
)
def test_obfuscated_emails(text: str, email: str) -> None:
    assert spans(text, "EMAIL") == [email]


@pytest.mark.parametrize("text", ["Patient seen at home. In the evening calm", "Meet at clinic. Com"])
def test_at_in_a_sentence_is_no_email(text: str) -> None:
    assert spans(text, "EMAIL", "en") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Проживает на улице Гоголя в доме 5, квартира 12, один", "улице Гоголя в доме 5, квартира 12"),
        ("Упала у дома 15 по ул. Чкалова, доставлена бригадой", "дома 15 по ул. Чкалова"),
        ("проживает Гоголя 5-12, с женой", "Гоголя 5-12"),
        ("живёт по адресу Садовая, 14, кв. 3", "Садовая, 14, кв. 3"),
    ],
)
def test_russian_addresses_in_sentences(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "ru") == [address]


@pytest.mark.parametrize(
    "text", ["живёт Сергей 5 лет в браке", "Проживает в г. Казани 10 лет", "проживает с дочерью"]
)
def test_living_verbs_without_a_house_are_no_address(text: str) -> None:
    assert spans(text, "ADDRESS", "ru") == []


def test_a_building_and_its_street_are_one_english_address() -> None:
    text = "Address: Flat 3 Rosewood Court, 12 Elm Road, Leeds LS1 1AA"
    assert spans(text, "ADDRESS", "en") == ["Flat 3 Rosewood Court, 12 Elm Road, Leeds LS1 1AA"]


def test_a_one_digit_series_before_a_six_digit_number() -> None:
    text = "СВИДЕТЕЛЬСТВО О СМЕРТИ  Серия и номер: 3 402117\nДата выдачи: вчера"
    assert spans(text, "ID", "ru") == ["3 402117"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("В ночь с 3 на 4 марта не спала, вызывала СМП", ["3", "4 марта"]),
        ("в марте-апреле 2021 обострение", ["марте", "апреле 2021"]),
        ("Март–апрель 2022 г. — стационар", ["Март", "апрель 2022"]),
    ],
)
def test_russian_ranges_of_days_and_months(text: str, dates: list[str]) -> None:
    assert spans(text, "DATE", "ru") == dates


def test_a_count_range_is_not_a_date() -> None:
    assert spans("увеличить с 3 на 4 раза в день", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Tues 5/3 clinic with Dr", ["5/3"]),
        ("w/c 12/03 physio booked", ["12/03"]),
        ("12-Mar: bloods taken", ["12-Mar"]),
        ("FHx: Mother (b. 1931, d. 2019) stroke", ["1931", "2019"]),
        ("Father (1950-2015) MI", ["1950", "2015"]),
    ],
)
def test_english_clinic_list_days_and_life_years(text: str, dates: list[str]) -> None:
    assert spans(text, "DATE", "en") == dates


@pytest.mark.parametrize(
    "text", ["Mon 120/80 sitting", "Intake (1800-2000 ml) today", "range (1950-2015 kcal)"]
)
def test_pressures_and_volume_ranges_are_not_dates(text: str) -> None:
    assert spans(text, "DATE", "en") == []


def test_life_years_in_a_russian_family_history() -> None:
    assert spans("Отец (1941–2003), ИМ", "DATE", "ru") == ["1941", "2003"]


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("коллеги, возьмёте на плановую? иб иб-55120", "иб-55120", "ru"),
        ("mrn ab40921 seen on ward", "ab40921", "en"),
    ],
)
def test_lowercased_record_codes_after_their_label(text: str, value: str, lang: str) -> None:
    assert spans(text, "ID", lang) == [value]


def test_a_record_word_before_a_plain_word_is_no_id() -> None:
    assert spans("история болезни в работе у врача", "ID", "ru") == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("ДТП, автомобиль г/н К482ОР 196, водитель", "ID", "К482ОР 196"),
        ("Военный билет: ВК 4419023, годен", "ID", "ВК 4419023"),
        ("NI number JT 12 34 56 C, self-employed", "ID", "JT 12 34 56 C"),
        ("NINO: NE204517B", "ID", "NE204517B"),
        ("Запись через госуслуги.рф или по телефону", "URL", "госуслуги.рф"),
        ("Связь с дочерью: tg: @olga_k88, вечером", "URL", "@olga_k88"),
    ],
)
def test_plates_military_ids_ni_numbers_cyrillic_hosts_and_handles(text: str, kind: str, value: str) -> None:
    assert spans(text, kind) == [value]


@pytest.mark.parametrize("text", ["штамм O157 выделен", "@team please review the scan", "JT 12 34 56 C"])
def test_codes_and_mentions_without_labels_stay(text: str) -> None:
    assert spans(text, "ID") == [] and spans(text, "URL") == []


def test_a_gated_regex_recognizer_runs_only_where_its_gate_is() -> None:
    import re

    from medmoe.deid.registry import RegexRecognizer

    by_words = RegexRecognizer("plate", ("ID",), r"\d{4}", gate=("reg",))
    assert list(by_words.find("code 1234", "en")) == []
    assert [e.start for e in by_words.find("reg 1234", "en")] == [4]
    by_pattern = RegexRecognizer("plate", ("ID",), r"\d{4}", gate=re.compile(r"#\d"))
    assert list(by_pattern.find("1234", "en")) == [] and len(list(by_pattern.find("#1 1234", "en"))) == 1


@pytest.mark.parametrize(
    "text",
    ["from 1900-2000 pt settled, obs stable", "between 2230 and 2330 slept well", "с 1900 до 2000 спал"],
)
def test_nursing_clock_spans_are_not_years(text: str) -> None:
    assert spans(text, "DATE") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("in 2019-2020 had two admissions", ["2019", "2020"]),
        ("в 1900-2000 гг. жила в деревне", ["1900", "2000"]),
    ],
)
def test_spans_of_years_stay_years(text: str, years: list[str]) -> None:
    assert spans(text, "DATE") == years


@pytest.mark.parametrize(
    "address",
    [
        "Apt 12, Sunrise Towers, 40 Park Avenue, Boston MA 02108",
        "Flat 5, Victoria House, 12 High Street, Leeds LS1 4AB",
    ],
)
def test_a_named_building_between_the_flat_and_the_street(address: str) -> None:
    assert spans(f"Address: {address}\nGP: on file", "ADDRESS", "en") == [address]
