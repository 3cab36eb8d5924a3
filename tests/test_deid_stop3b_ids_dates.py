"""Stop 3 round 2: numbers that name no person, narrative phones, narrative dates, ALL-CAPS Latin names in
Russian notes. Every example is invented; each rule has positives and a nearby negative."""

from __future__ import annotations

import pytest

from deidspans import spans
from medmoe.deid import Deidentifier


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(mode="mask", lang="auto", key=b"k" * 32)


def _spans(d: Deidentifier, text: str, typ: str, lang: str | None = None) -> list[str]:
    return spans(text, typ, lang or d.lang)  # the shared per-language masker (tests/deidspans.py)


# ------------------------------------------------------------------ ID precision: numbers that name no person
@pytest.mark.parametrize(
    "text",
    [
        "Клиника «Здоровье», ул. Лесная, д. 7   ОГРН 1157746123456\nПациент: осмотрен",
        "Practice: Elm Tree Surgery  ODS code K81234",
        "Payer ID 61101\nClaim type: professional",
        "Billing: Tax ID (EIN): 73-4412098 (practice)",
        "Refill request from Harbor Pharmacy #2231, faxed today",
        "Reported by Officer Dana Reyes #40712 of the city police",
        "atorvastatin 20 mg, 1 PO at night, #90\nRefills: 2",
        "Influenza vaccine given (Vaxigrip, lot T3K771), left deltoid.",
        "Прививка: АДС-М (серия 117, лот уточняется).",
        "DICOM file: IMG00417.dcm loaded",
        "If worse, call NHS 111 or 999.",
        "MSH|^~\\&|LIS|CITYLAB|EHR|CITYLAB|202401010900||ORU^R01|CTRL55821|P|2.5.1",
    ],
)
def test_numbers_that_name_no_person_are_not_ids(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "ID") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claim #: 4410982765", "4410982765"),
        ("Acct # 7712304", "7712304"),
        ("Patient control #: PCX448120", "PCX448120"),
        ("Badge #55120 scanned at entry", "55120"),
        ("Lab # 8812345 drawn at 06:00", "8812345"),
        ("NHS number 943 476 5919", "943 476 5919"),
        ("Паспорт серия 4510 номер 123456", "123456"),  # the series is a second span (stop 4 convention)
        ("MSH|^~\\&|A|B|C|D|202401010900||ADT^A01|X1|P|2.5\rPID|1||5566778^^^CITY^MR", "5566778"),
    ],
)
def test_person_numbers_near_those_labels_stay_ids(deid: Deidentifier, text: str, value: str) -> None:
    assert value in _spans(deid, text, "ID")


def test_lot_column_of_a_vaccination_table() -> None:
    d = Deidentifier(mode="mask", lang="auto", key=b"k" * 32)
    ru = (
        "Дата        | Препарат      | Доза   | Серия    | Подпись\n"
        "03.02.2020  | Гриппол плюс  | 0,5 мл | 772104-3 | м/с Орлова\n"
        "11.09.2021  | Превенар 13   | 0,5 мл | Т55012   | м/с Орлова\n"
        "\nКарта № 443-21\n"
    )
    en = (
        "Date        Vaccine                 Dose  Batch      Site\n"
        "04/05/2021  Tdap (Boostrix)         1     AC52B118   L deltoid\n"
        "06/07/2022  Hep A (Havrix 1440 ELU) 2     AHAVB902A  R deltoid\n"
        "\nMRN 55120987\n"
    )
    assert _spans(d, ru, "ID") == ["443-21"]
    assert _spans(d, en, "ID") == ["55120987"]


# ------------------------------------------------------------------ phones typed inside sentences
@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "07700900123",
        "020 7946 0958",
        "+44 7700 900123",
        "(555) 123-4567",
        "555-123-4567",
        "555.123.4567",
        "+1 555 123 4567",
        "0412 345 678",
        "0491570156",
        "(02) 9876 5432",
        "+353 87 123 4567",
        "+64 21 123 4567",
        "+91 98765 43210",
        "98765 43210",
        "+27 82 123 4567",
        "+65 9123 4567",
        "555-123-4567 ext. 1234",
    ],
)
def test_english_phone_in_a_sentence(deid: Deidentifier, phone: str) -> None:
    text = f"Her son can be reached on {phone} after work."
    assert _spans(deid, text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "phone",
    [
        "8 916 123-45-67",
        "8(916)1234567",
        "+7-916-123-45-67",
        "89161234567",
        "(8452) 12-34-56",
        "8 (916) 123-45-67 доб. 123",
        "123-45-67",
    ],
)
def test_russian_phone_in_a_sentence(deid: Deidentifier, phone: str) -> None:
    text = f"Дочь просила связаться с ней {phone} вечером."
    assert _spans(deid, text, "PHONE") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "Range 100 200 3000 units per day.",
        "Seen 12:30-14:00, glucose 5.6-7.8 mmol/L.",
        "Платлеты 150-450, курс 10-14 дней, лейкоциты 4,0-9,0.",
        "Дата 12-03-24, диагноз J45.909.",
        "СНИЛС 112-233-445 95",
    ],
)
def test_no_phone_in_values_ranges_dates_or_labelled_ids(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "PHONE") == []


# ------------------------------------------------------------------ dates in narrative
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Reviewed on Tuesday 5th June, plan unchanged.", ["5th June"]),
        ("Diagnosed in early 2015, relapse in the summer of 2019 and late 2020.", ["2015", "2019", "2020"]),
        ("В начале 2021 г. ухудшение, летом 2022 года госпитализация.", ["2021", "2022"]),
        ("Курс с 3 по 15.03.2024 в стационаре.", ["3", "15.03.2024"]),
        ("She was admitted on the 3rd of March 2024.", ["3rd of March 2024"]),
        ("Лечилась с 3 по 15 марта 2024 г.", ["3", "15 марта 2024"]),
        ("Осмотрена 12.I.2024 неврологом.", ["12.I.2024"]),
    ],
)
def test_narrative_dates(deid: Deidentifier, text: str, dates: list[str]) -> None:
    assert _spans(deid, text, "DATE") == dates


@pytest.mark.parametrize(
    "text",
    [
        "Dose reduced from 3/4 to 1/2 tablet.",
        "Pain started 3 days ago and worsened yesterday.",
        "Вчера поднялась температура, 3 дня назад кашель.",
        "Он весит 2021 г.",
    ],
)
def test_not_dates(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "DATE") == []


# ------------------------------------------------------------------ ALL-CAPS Latin names in Russian notes
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Пациент KIM SERGEI, 1980 г.р., поступил с жалобами.", "KIM SERGEI"),
        ("ФИО (лат.): IVANOVA MARIA\nДиагноз: ОРВИ", "IVANOVA MARIA"),
    ],
)
def test_all_caps_latin_name_in_russian_note(name: str, text: str) -> None:
    d = Deidentifier(mode="mask", lang="ru", key=b"k" * 32)
    assert _spans(d, text, "NAME") == [name]


def test_all_caps_latin_abbreviations_in_russian_note_are_not_names() -> None:
    d = Deidentifier(mode="mask", lang="ru", key=b"k" * 32)
    text = "Выполнено МРТ. Заключение: HBSAG NEG, ECG NORMAL SINUS. Анализ на COVID PCR отрицательный."
    assert _spans(d, text, "NAME") == []


# ------------------------------------------------------------------ ID recall: label families
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("РЕГ_НОМЕР: 10\nАМБ_КАРТА: 771203\nУЧАСТОК: 5", "771203"),
        ("СВИДЕТЕЛЬСТВО О РОЖДЕНИИ\nСерия и номер: 45 118830\nДата выдачи: 01.02.2020", "45 118830"),
        ("Call logged. Case ref: 5512098831    Time: 10:02", "5512098831"),
        ("Encounter: Jones, Ann    MRN: Q4410022    CSN: 661029384", "661029384"),
        ("Yours sincerely,\nDr A. Patel  GMC 7043119", "7043119"),
        ("Medical aid: Sunrise no. 448120937", "448120937"),
        ("Folder no.: 330918    Date: 01/02/2024", "330918"),
        ("(0010,0020) PatientID            LO  8830214", "8830214"),
        ("(0010,0020) LO [AB661203]                       #   8, 1 PatientID", "AB661203"),
    ],
)
def test_labelled_ids_of_more_layouts(deid: Deidentifier, text: str, value: str) -> None:
    assert value in _spans(deid, text, "ID")


@pytest.mark.parametrize(
    "text",
    [
        "There is no 3 mm lesion; no. 2 of the list was reviewed.",
        "(0020,0011) SeriesNumber         IS  3",
        "Карта: не заведена, АД 120/80",
    ],
)
def test_no_id_without_a_real_label(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "ID") == []


# ------------------------------------------------------------------ phones vs ids, years in history lines
def test_a_number_with_eight_or_seven_but_not_ten_more_digits_is_no_russian_phone(deid: Deidentifier) -> None:
    assert _spans(deid, "Call logged. Case ref: 8105524419    Time: 10:02", "PHONE") == []
    assert _spans(deid, "ОГРН 8123456789012\nПациент осмотрен", "PHONE") == []
    assert _spans(deid, "Звонила с номера 89161234567 вечером", "PHONE") == ["89161234567"]


def test_a_number_after_a_phone_label_is_a_phone_whatever_its_checksum(deid: Deidentifier) -> None:
    # 88439597692 passes the SNILS check by chance
    assert _spans(deid, "тел. дежурной части 88439597692\n", "PHONE") == ["88439597692"]
    assert _spans(deid, "Mobile: 9176 3051\nScheme: none", "PHONE") == ["9176 3051"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Hx: CAD s/p PCI 2017, on aspirin.", ["2017"]),
        ("PMH: asthma dx 2009; s/p lap chole 2014.", ["2009", "2014"]),
        ("Ф.И.О. пациента: Соколова Дарья Ильинична, 1972\nКарта № 55", ["1972"]),
    ],
)
def test_years_in_history_and_header_lines(deid: Deidentifier, text: str, dates: list[str]) -> None:
    assert _spans(deid, text, "DATE") == dates


def test_year_after_a_patronymic_is_not_a_quantity_in_grams(deid: Deidentifier) -> None:
    assert _spans(deid, "Пациент Петров Иван Сергеевич, 2000 г. масса при рождении", "DATE") == []


# ------------------------------------------------------------------ HL7 addresses
def test_hl7_xad_address_without_its_country() -> None:
    d = Deidentifier(mode="pseudonymize", lang="auto", key=b"k" * 32)
    text = (
        "MSH|^~\\&|A|B|C|D|202401010900||ADT^A01|X1|P|2.5\r"
        "PID|1||5566778^^^CITY^MR||DOE^JANE||19700101|F|||12 OAK STREET^APT 4^SPRINGFIELD^IL^62704^USA||\r"
        "NK1|1|DOE^JOHN|SPO^Spouse|77 HIGH ROAD^^LONDON^GB^SW1A 1AA^GBR|\r"
        "OBX|1|NM|718-7^Hemoglobin^LN||13.5|g/dL|12-16^^^^N|||F\r"
    )
    assert _spans(d, text, "ADDRESS") == [
        "12 OAK STREET^APT 4^SPRINGFIELD^IL^62704",
        "77 HIGH ROAD^^LONDON^GB^SW1A 1AA",
    ]
    out = d.process(text).text
    assert "OAK STREET" not in out and "SW1A 1AA" not in out and "718-7^Hemoglobin^LN" in out


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("She was away from 3 to 15 March 2024.", ["3", "15 March 2024"]),
        ("Surgery between 3rd and 15th of March.", ["3rd", "15th of March"]),
        ("Away 3-15 March 2024.", ["3", "15 March 2024"]),
        ("Лечилась 3–15 марта.", ["3", "15 марта"]),
        ("В 2020-2021 гг. лечилась амбулаторно.", ["2020", "2021"]),
    ],
)
def test_both_ends_of_a_range(deid: Deidentifier, text: str, dates: list[str]) -> None:
    assert _spans(deid, text, "DATE") == dates


@pytest.mark.parametrize(
    "text",
    ["Курс 3-5 таблеток в день.", "Pain 3-5 times a day.", "Между 1990-2000 мл за сутки.", "from 3 to 15 mg"],
)
def test_ranges_that_are_not_dates(deid: Deidentifier, text: str) -> None:
    assert _spans(deid, text, "DATE") == []
