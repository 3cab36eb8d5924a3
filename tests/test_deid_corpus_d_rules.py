"""Rules added after the corpus-D error analysis (issue 4, stop 2 round 3): identifiers after the labels of
English-speaking health systems (NHI, IHI, UR, UHID, Aadhaar, PPSN, provider no., CPSO). Each positive has a
nearby negative."""

from __future__ import annotations

import pytest

from deidspans import spans as _spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ED Triage\nNHI GKK9786  Chloe Kowalski  22y", "GKK9786"),
        ("Patient Margaret Nguyen (UR 347653) emailed the clinic", "347653"),
        ("UHID: MRD2025/473685\nIP No: IP2016908", "MRD2025/473685"),
        ("UHID: MRD2025/473685\nIP No: IP2016908", "IP2016908"),
        ("Age/Sex: 44/F  Aadhaar: 3865 0186 1442\nDOA: 16/12/21", "3865 0186 1442"),
        ("DOB: 1949-06-01  IHI: 8003 6096 7713 9501\nAddress: Lot 52", "8003 6096 7713 9501"),
        ("Co. Cork\nPPSN: 5810094AA\n\nDiagnosis: Bell palsy", "5810094AA"),
        ("Kind regards,\n\nDr Priya Murphy\nProvider no. 874669AB", "874669AB"),
        ("Results to the GP.\nDr A. Kaur, CPSO 88699", "88699"),
    ],
)
def test_labelled_health_identifier(text: str, value: str) -> None:
    assert value in _spans(text, "ID", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Urinalysis: UR 5 ml residual, ur 12345 is not a label.",
        "Medicare covers the visits. HCN 12. IP No: pending.",
        "Hospital number to follow; provider no. not yet issued.",
    ],
)
def test_health_label_without_an_identifier(text: str) -> None:
    assert _spans(text, "ID", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Загранпаспорт (Passport): 75 6115971\nДата рождения", "75 6115971"),
        ("Дата: 13.05.2024 в 12:20\nНомер записи: 756717526\nОтменить запись", "756717526"),
        ("Талон ВМП № 40.7765.71576.365\nЛечащий врач", "40.7765.71576.365"),
        ("Полис ДМС 001-56711175 (СПАО «Ингосстрах»)", "001-56711175"),
        ("Штрихкод пробы: 8148141497\nОАК: Hb 152 г/л", "8148141497"),
    ],
)
def test_russian_labelled_document_numbers_are_ids(text: str, value: str) -> None:
    assert value in _spans(text, "ID", "ru")
    assert value not in _spans(text, "PHONE", "ru")


def test_organisation_numbers_and_form_numbers_are_not_personal() -> None:
    text = (
        "РЕЦЕПТ (форма № 148-1/у-04 (л))\nВыдана ГАУЗ «РКБ» (ИНН организации 7755996340, "
        "лицензия № Л041-01126-16/00335512), КПП 165501001\nИНН налогоплательщика 500100732259"
    )
    ids = _spans(text, "ID", "ru") + _spans(text, "PHONE", "ru")
    assert ids == ["500100732259"]
    # nearby: a person's INN, a patient's card number and a phone number stay
    assert _spans("ИНН 7755996340", "ID", "ru") == ["7755996340"]
    assert _spans("номер телефона 89161234567", "PHONE", "ru") == ["89161234567"]
    assert _spans("номер палаты: 12", "ID", "ru") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bed 7 - ms papadopoulos, 68, CAP on IV abx", "papadopoulos"),
        ("bed 18 - mrs siobhan bin abdullah, 53, CAP on IV abx", "siobhan bin abdullah"),
        ("bed 4 - ms van dijk, 45, post op day 2", "van dijk"),
        ("Surname: TE WHATA  Given name(s): Rohan\nDOB: 1949-06-01", "TE WHATA"),
        ("Surname: TE WHATA  Given name(s): Rohan\nDOB: 1949-06-01", "Rohan"),
        ("Client: PATEL, Deepa  OHIP: 6141-502-535-XY", "PATEL, Deepa"),
        ("Ponsonby, Auckland 1011.\nPharmacist: A Kowalski", "A Kowalski"),
        ("NHI PZQ0142  Arjun bin Abdullah  74y  ATS 2", "Arjun bin Abdullah"),
        ("NHI TMG1212  KOWALSKI, Priya  59y  ATS 3", "KOWALSKI, Priya"),
        ("UR: 5361110  Patient: NÍ BHRIAIN, Margaret", "NÍ BHRIAIN, Margaret"),
        ("Reported by: Dr J Ní Bhriain, FRANZCR", "J Ní Bhriain"),
        ("cc: Dr R de la Cruz, Dr N. Kowalski", "R de la Cruz"),
        ("Results to the GP.\nDr H. bin Abdullah, CPSO 58697", "H. bin Abdullah"),
        ("Seen by Dr J O'Reilly (ED reg)", "J O'Reilly"),
        ("review via https://coviu.com/r/238574.\nL Subramanian, CNC", "L Subramanian"),
        ("d/c planned to Regis Toowong.\nhanded over by mere RN", "mere"),
        ("Name: Smt. Deepa Krishnamurthy   Age/Sex: 60/F", "Deepa Krishnamurthy"),
    ],
)
def test_english_names_in_forms_handovers_and_signatures(text: str, name: str) -> None:
    assert name in _spans(text, "NAME", "en")


@pytest.mark.parametrize(
    "text",
    [
        "moderate MR, 3+ and MS, 2 years. given mr 2 mg, pt on ms contin, 30 mg",
        "Surname:\nClient: seen today.\nNHI pending  chest pain  45y",
        "Name: Smt.   Age/Sex: 60/F",
    ],
)
def test_no_name_in_abbreviations_and_empty_fields(text: str) -> None:
    assert _spans(text, "NAME", "en") == []


@pytest.mark.parametrize(
    ("text", "org", "lang"),
    [
        ("Auckland 1011. Works at Air New Zealand.\nSeen by Dr M Walker", "Air New Zealand", "en"),
        ("Occupation: cashier, Bunnings Warehouse\nNext of kin: Amber Gagnon", "Bunnings Warehouse", "en"),
        ("crp 144, egfr 81. d/c planned to Regis Toowong. \nbed 9 - mrs wilson, 76", "Regis Toowong", "en"),
        ("Полис ДМС 33118487 (СПАО «Ингосстрах»)\nДиагноз", "СПАО «Ингосстрах»", "ru"),
        ("ученику 10 «В» класса ГАОУ «Лицей Иннополис»\nпроживающему", "ГАОУ «Лицей Иннополис»", "ru"),
        (
            "КДЛ ГАУЗ «Республиканская клиническая больница Министерства здравоохранения Республики Татарстан»\n",
            "ГАУЗ «Республиканская клиническая больница Министерства здравоохранения Республики Татарстан»",
            "ru",
        ),
    ],
)
def test_employers_destinations_and_legal_forms(text: str, org: str, lang: str) -> None:
    assert org in _spans(text, "ORG", lang)


def test_generic_destinations_and_occupations_are_not_orgs() -> None:
    text = "d/c planned to Home. discharged to Rehab Unit. transferred to ICU. Occupation: retired, NA"
    assert _spans(text, "ORG", "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("м/с поста: 22.04.2022 ночь пац. кильдибаев м.р. пал.2 ад 163/74", "кильдибаев м.р."),
        ("сестр. запись 18.06.23 ночь пац-ка магомадова т.и. пал.10", "магомадова т.и."),
        ("диурез 796 мл. дежурн врач в курсе\nм/с назмиева д.р.\n", "назмиева д.р."),
        ("Контактное лицо: супруг — Рустем, +79878742892", "Рустем"),
        ("Пациент (Patient): Калинина Резеда Рашидовна / Rezeda Kalinina\nЗагранпаспорт", "Rezeda Kalinina"),
        ("Пациент (Patient): Гарипов Олег Рафаэлевич / GARIPOV OLEG\n", "GARIPOV OLEG"),
    ],
)
def test_russian_names_in_nurse_notes_relatives_and_bilingual_forms(text: str, name: str) -> None:
    assert name in _spans(text, "NAME", "ru")


def test_russian_abbreviations_and_bilingual_headings_are_not_names() -> None:
    text = (
        "больной спит т.к. устал, пациент отказался т.е. ушёл.\n"
        "Диагноз / Diagnosis: Артериальная гипертензия / Arterial Hypertension\nу сына симптом Кернига"
    )
    assert _spans(text, "NAME", "ru") == []


def test_day_month_before_a_shift_is_a_date() -> None:
    assert _spans("м/с поста: 27.08 утро больной лис с.г. пал.4", "DATE", "ru") == ["27.08"]
    assert _spans("пост 2 06.07 ночь пац. гоголев м.д.", "DATE", "ru") == ["06.07"]
    # temperatures and times before the same words are not dates
    assert _spans("t 36.6 вечером, 38.5 ночь без сна, 12.15 утро", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("NOK: son Arjun Singh 04 207 5005\nLives at 12 Church Street", "04 207 5005"),
        ("D.O.B. 22/04/1946  Ph: 04 368 7291\nScript from Dr Sean Walker", "04 368 7291"),
        ("Adyar, Chennai 600020\nMobile: 9783957105\nDiagnosis: Bell palsy", "9783957105"),
    ],
)
def test_short_area_code_and_labelled_phones(text: str, phone: str) -> None:
    assert phone in _spans(text, "PHONE", "en")
    assert phone not in _spans(text, "ID", "en")


def test_not_phones_units_and_headings() -> None:
    assert _spans("pH 7.35, ph 7.4, Tel: pending. ratio 04 2021 5", "PHONE", "en") == []
    assert _spans("ЧДД 15, t 38,1 °С. Со слов дочери", "NAME", "ru") == []
    text = "Christian Medical College Vellore\nDISCHARGE SUMMARY"
    assert _spans(text, "NAME", "en") == [] and _spans(text, "ORG", "en") == ["Christian Medical College"]
    assert _spans("Virtual Care Visit - Ontario Telemedicine Network\nDate: today", "ORG", "en") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Location of patient: 36 Rue Kauri, Montréal, QC H2X 1Y4\nHx: Raynaud",
            "36 Rue Kauri, Montréal, QC H2X 1Y4",
        ),
        (
            "Address: 15, Wattle Nagar\nAdyar, Chennai 600020\nMobile: +91 95699 79398",
            "15, Wattle Nagar\nAdyar, Chennai 600020",
        ),
        (
            "Address: 49 Rue Victoria\nMontréal, QC H2X 1Y4\nHx: Bell palsy",
            "49 Rue Victoria\nMontréal, QC H2X 1Y4",
        ),
    ],
)
def test_labelled_address_number_first_and_its_second_line(text: str, address: str) -> None:
    assert address in _spans(text, "ADDRESS", "en")


def test_address_label_without_a_number_and_the_next_field() -> None:
    assert _spans("Address: unknown\nDiagnosis: CAD, EF 35, NYHA 2", "ADDRESS", "en") == []
    assert _spans("Address: 49 Rue Victoria\nDiagnosis: CAD, EF 35", "ADDRESS", "en") == ["49 Rue Victoria"]
    text = "Адрес регистрации: мкр. 5-й, д. 14, кв. 77, г. Новый Уренгой\nПолис ОМС 89473886279901"
    assert _spans(text, "ADDRESS", "ru")  # an abbreviation's dot does not end the value before its number
