"""Stop 4b: identifiers, dates and contacts in forms and machine-made text. A web site after "at" is no e-mail; a
passport's series and number kept apart by "№"/"номер" are two ids; acronym labels before "#" and the labels of
North American and Indian health systems name an id; the cells under an id, date or phone column of a CSV export
are typed by their header; a full date may end a CSV cell. Every sentence is written for this file, with a near
negative per rule."""

from __future__ import annotations

import pytest

from deidspans import found, spans, typed


def test_a_web_site_after_at_is_a_url_not_an_email() -> None:
    text = "Follow-up with Dr Rao. Register at www.example-clinic.com before the visit."
    assert ("URL", "www.example-clinic.com") in typed(text, "en")
    assert spans(text, "EMAIL", "en") == []


def test_a_mailbox_spelt_with_at_and_dot_is_still_an_email() -> None:
    assert spans("reply to m.ivanova at clinic dot com please", "EMAIL", "en") == [
        "m.ivanova at clinic dot com"
    ]


@pytest.mark.parametrize(
    ("text", "series", "number"),
    [
        ("Паспорт серия 46 03 № 512907, выдан ОВД", "46 03", "512907"),
        ("паспорт: серия 4603 N 512907", "4603", "512907"),
    ],
)
def test_a_passport_series_and_number_written_apart_are_two_ids(text: str, series: str, number: str) -> None:
    ids = spans(text, "ID", "ru")
    assert series in ids and number in ids


def test_a_passport_with_a_colon_after_its_labels_is_found_whole() -> None:
    # (an OCRed form: "серия:" and "номер:", the "о" of "номер" printed as a Latin "o")
    ids = spans("Паспорт серия: 46 03 нoмер: 512907 выдан 12.03.2010", "ID", "ru")
    assert "".join(ids).replace(" ", "").count("4603") == 1 and any("512907" in i for i in ids)


def test_a_passport_written_together_is_one_id() -> None:
    assert spans("Паспорт 46 03 512907 выдан в 2010 г.", "ID", "ru") == ["46 03 512907"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Signed: K. Moreau, MD, CPSO #40718", "40718"),
        ("OHIP #: 5512093844 ZX", "5512093844"),
        ("Pronounced by Dr A Lane   Lic. #B40221", "B40221"),
        ("Veteran claim/C-file #: C11223344", "C11223344"),
        ("RAMQ: LANE 6104 0918", "LANE 6104 0918"),
        ("UHID: KMC.0091127   Bed 12", "KMC.0091127"),
        ("EDIPI: 1122334455   ICN: 1011223344V556677", "1011223344V556677"),
        ("SSN last 4: 7710", "7710"),
        ("seen in clinic, hosp no q551203, bed 4", "q551203"),
    ],
)
def test_health_system_labels_name_an_id(text: str, value: str) -> None:
    assert value in spans(text, "ID", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Cpl. Hart #4471 escorted the patient.",  # a badge after a name, not an id system
        "Paracetamol 500 mg PO QDS, #100",  # a dispensed quantity
        "Walgreens Pharmacy #3318 called back",  # a store number
    ],
)
def test_a_hash_number_after_a_name_or_a_quantity_stays_out(text: str) -> None:
    assert spans(text, "ID", "en") == []


def test_csv_columns_type_their_cells() -> None:
    text = (
        "Date,Time,Patient,DOB,NHS Number,Phone,Clinic\n"
        '12/02/2025,10:40,"Lane, Amy",03/07/1961,401 220 1187,0114 496 0311,Eye clinic\n'
        "2025-02-12,11:00,B. Okoro,1958-11-30,4012201195,0114 496 0877,Eye clinic\n"
    )
    f = found(text, "en")
    assert f.get("401 220 1187") == "ID" and f.get("4012201195") == "ID"
    assert (
        f.get("0114 496 0311") == "PHONE" and f.get("03/07/1961") == "DATE" and f.get("1958-11-30") == "DATE"
    )


def test_csv_cells_in_russian_with_broken_quotes() -> None:
    text = (
        "Дата;Время;Фамилия;Имя;Дата рождения;Полис ОМС;Каб.\n"
        '03.04.2025;9:30;"Лаптева;Ольга;"11.12.1970;7701 2233 4455 6677;214\n'
    )
    f = found(text, "ru")
    assert f.get("7701 2233 4455 6677") == "ID" and f.get("11.12.1970") == "DATE"
    assert "214" not in f  # a room column is not typed


def test_a_table_without_typed_headers_types_nothing_by_column() -> None:
    text = "Test,Result,Units,Ref\nCRP,12.5,mg/L,<5\nHb,131,g/L,130-170\n"
    assert typed(text, "en") == []


def test_a_full_date_may_end_a_csv_cell_but_a_decimal_does_not_make_a_date() -> None:
    assert "14/06/1979" in spans("Amy Lane,14/06/1979,F,clinic 3", "DATE", "en")
    assert spans("доза 1.2.19,5 мг", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("dob the fourth of march nineteen eighty one new paragraph", "fourth of march nineteen eighty one"),
        (
            "seen on the october twenty second two thousand and twenty three full stop",
            "october twenty second two thousand and twenty three",
        ),
        ("review on the may ninth thank you", "may ninth"),
    ],
)
def test_english_dates_dictated_in_words(text: str, value: str) -> None:
    assert spans(text, "DATE", "en") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "You may first want to repeat the bloods.",  # "may" the verb
        "The second of three doses was given.",  # an ordinal without a month
        "He was first seen in march.",
    ],
)
def test_ordinals_in_prose_are_not_dates(text: str) -> None:
    assert spans(text, "DATE", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("поступила девятнадцатого января запятая", "девятнадцатого января"),
        ("родился тридцать первого мая две тысячи третьего года", "тридцать первого мая две тысячи третьего"),
        ("год рождения тысяча девятьсот семьдесят шестого года", "тысяча девятьсот семьдесят шестого"),
    ],
)
def test_russian_dates_dictated_in_words(text: str, value: str) -> None:
    assert spans(text, "DATE", "ru") == [value]


def test_russian_ordinals_without_a_month_are_not_dates() -> None:
    assert spans("на третьем этапе, после первого курса, двадцатого числа", "DATE", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "контактный восемь девять один два ноль ноль три четыре пять шесть семь точка",
            "ru",
            "восемь девять один два ноль ноль три четыре пять шесть семь",
        ),
        (
            "call back on oh seven seven one two three four five six seven eight full stop",
            "en",
            "oh seven seven one two three four five six seven eight",
        ),
    ],
)
def test_phone_numbers_read_out_digit_by_digit(text: str, lang: str, value: str) -> None:
    assert spans(text, "PHONE", lang) == [value]


def test_a_short_run_of_number_words_is_no_phone() -> None:
    assert spans("count one two three four five, then stop", "PHONE", "en") == []


def test_a_dictated_date_is_tagged_when_pseudonymized() -> None:
    from medmoe.deid import Deidentifier

    out = (
        Deidentifier(lang="en", mode="pseudonymize", key=b"k" * 32)
        .process("seen on the fourth of march")
        .text
    )
    assert "march" not in out


def test_hl7_fields_by_position() -> None:
    text = (
        "MSH|^~\\&|LAB|HOSP|EMR|HOSP|202402010900||ORU^R01|CTRL55012|P|2.5\r"
        "PID|1||8830412^^^HOSP^MR||LANE^AMY||19610703|F|||||07700900461^PRN^PH\r"
        "PV1|1|O|EYE^1^1|||||||||||||||||V4401928\r"
        "OBR|1|55120933|BC-8841207|CBC^Full blood count\r"
    )
    f = found(text, "en")
    assert f.get("8830412") == "ID" and f.get("V4401928") == "ID" and f.get("BC-8841207") == "ID"
    assert f.get("07700900461") == "PHONE"
    assert "CTRL55012" not in f  # the message control id is the system's


def test_key_value_log_keys_name_a_patient_id_or_phone() -> None:
    text = "2025-02-01T08:00:01Z user=u5521 session=ab77120 mrn=4410271 to=447700900518 status=sent"
    f = found(text, "en")
    assert f.get("4410271") == "ID" and f.get("447700900518") == "PHONE"
    assert "u5521" not in f and "ab77120" not in f


def test_a_fhir_patient_id_but_not_an_organization_id() -> None:
    text = '{\n  "resourceType": "Patient",\n  "id": "pt-55102",\n  "active": true\n}'
    assert spans(text, "ID", "en") == ["pt-55102"]
    assert spans('{"resourceType": "Organization", "id": "org-5510"}', "ID", "en") == []


def test_an_id_dictated_digit_by_digit_after_its_label() -> None:
    text = "hospital number 4 4 0 1 9 2 7 thank you. nhs number n h 1 2 2 3 4 5 full stop"
    ids = spans(text, "ID", "en")
    assert "4 4 0 1 9 2 7" in ids and "n h 1 2 2 3 4 5" in ids


def test_spaced_digits_without_an_id_label_stay_out() -> None:
    assert spans("scores were 3 4 5 6 7 on the five days", "ID", "en") == []


def test_va_last_four_code_and_abha_address() -> None:
    text = "SSN last 4: 5521   (K5521)\nABHA address: priya204@abdm\nemail: priya@example.in"
    f = found(text, "en")
    assert f.get("K5521") == "ID" and f.get("priya204@abdm") == "ID" and f.get("priya@example.in") == "EMAIL"


def test_a_pipe_table_label_names_the_next_cell() -> None:
    assert "551207" in spans("|Пол|ж|Карта №|551207|\n", "ID", "ru")
    assert spans("|Палата №|12|Койка|3|\n", "ID", "ru") == []


def test_a_fhir_identifier_value_but_not_a_telecom_value() -> None:
    text = '"identifier": [{"type": {"text": "MRN"}, "value": "5512093"}], "telecom": [{"system": "phone", "value": "0114 496 0311"}]'
    f = found(text, "en")
    assert f.get("5512093") == "ID" and f.get("0114 496 0311") == "PHONE"


def test_a_hotline_is_not_a_street_and_fall_is_a_season() -> None:
    f = found("тел. горячей линии 8-800-555-35-35", "ru")
    assert f.get("8-800-555-35-35") == "PHONE" and "ADDRESS" not in f.values()
    assert spans("Адрес: СПб, 5-я линия В.О., д. 12", "ADDRESS", "ru")
    assert "2018" in spans("asthma since fall 2018", "DATE", "en")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CALLER AT SCENE: 14 ASH GROVE, SHEFFIELD S10 2QT\nCAT 1", "14 ASH GROVE, SHEFFIELD S10 2QT"),
        ("pt lives 3b 27 mill lane, leeds ls6 1aa, nok son", "3b 27 mill lane, leeds ls6 1aa"),
        ("ADDR: 410 PINE ST, APT 7C, DAYTON, OH 45402", "410 PINE ST, APT 7C, DAYTON, OH 45402"),
    ],
)
def test_english_addresses_in_capitals_or_lower_case_with_a_postcode(text: str, value: str) -> None:
    assert spans(text, "ADDRESS", "en") == [value]


def test_numbers_and_words_without_a_postcode_are_no_address() -> None:
    assert spans("gave 2 units over 3 days, walk 20 min daily, ok", "ADDRESS", "en") == []
    assert spans("walked 200 yards up the hill, leeds to bradford", "ADDRESS", "en") == []


def test_an_hl7_address_without_a_state() -> None:
    text = "PID|1||7712^^^PAS^MR||Lane^Amy||19610703|F|||14 ASH GROVE^^SHEFFIELD^^S10 2QT^GBR"
    assert spans(text, "ADDRESS", "en") == ["14 ASH GROVE^^SHEFFIELD^^S10 2QT"]


def test_both_years_of_a_range_of_years() -> None:
    f = found("Served: RAF 1979-1986, then civilian pilot", "en")
    assert f.get("1979") == "DATE" and f.get("1986") == "DATE"


@pytest.mark.parametrize(
    "text", ["Fluid target 1500-2000 ml per day.", "Seen 1900-2000 settled, slept well."]
)
def test_a_range_of_quantities_or_clock_times_is_no_year_range(text: str) -> None:
    assert spans(text, "DATE", "en") == []


def test_a_next_of_kin_number_after_their_name() -> None:
    assert spans("Emergency contact: Okafor, T. 9812203344\nReview in 2 weeks", "PHONE", "en") == [
        "9812203344"
    ]
    assert spans("Emergency contact: Okafor (son), see front sheet", "PHONE", "en") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Clinique Laval\n77 boul. Saint-Martin, bureau 4, Laval (QC) H7N 2K3\nTél.",
            "77 boul. Saint-Martin, bureau 4, Laval (QC) H7N 2K3",
        ),
        ("Rotunda Hospital\nParnell Street, Dublin 1\nMaternity summary", "Parnell Street, Dublin 1"),
        ("Ward 3, 12 MG Road, Pune 411001\nDischarged", "12 MG Road, Pune 411001"),
    ],
)
def test_quebec_irish_and_indian_letterhead_addresses(text: str, value: str) -> None:
    assert value in spans(text, "ADDRESS", "en")


def test_a_street_type_word_without_a_postcode_or_number_is_no_address() -> None:
    assert spans("Walked up the Hill, Dublin trip next week. Long Way, Leeds said.", "ADDRESS", "en") == []
