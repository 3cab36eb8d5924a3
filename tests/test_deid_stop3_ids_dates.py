"""Stop 3: identifiers after any identifier label (English and Russian), national identifiers by check digit
or shape (NRIC, SA ID, NPI, MBI), HL7/DICOM compact dates and month-abbreviation dates. Invented examples;
each positive has a nearby negative (doses, times, ages, rooms, beds, legal acts, flats, ICD codes)."""

from __future__ import annotations

import datetime as dt

import pytest

from deidspans import spans
from medmoe.deid.checksums import npi_valid, nric_valid, sa_id_valid
from medmoe.deid.dates import format_like, parse_date


def test_checksums() -> None:
    assert nric_valid("S1234567D") and not nric_valid("S1234567A") and nric_valid("T0000000G") is not None
    assert (
        sa_id_valid("8001015009087") and not sa_id_valid("8001015009088") and not sa_id_valid("8013015009086")
    )
    assert npi_valid("1234567893") and not npi_valid("1234567890")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("NPI 1234567893 on the script", "1234567893"),
        ("MBI 1EG4-TE5-MK73, Part B", "1EG4-TE5-MK73"),
        ("NRIC S1234567D verified", "S1234567D"),
        ("identity document S1234567D", "S1234567D"),
        ("UBRN 1234 5678 9012 booked", "1234 5678 9012"),
        ("Claim # 8812345; Policy 77-1234-99; Acc 99123", "77-1234-99"),
        ("Claim # 8812345; Policy 77-1234-99; Acc 99123", "99123"),
        ("SA ID 8001015009087 on file.", "8001015009087"),
        ("Specimen 22-AB-4471 received", "22-AB-4471"),
        ("Карта вызова 123, бригада 5", "123"),
        ("Вызов № 457 принят диспетчером", "457"),
        ("номер амбулаторной карты 45-2231", "45-2231"),
        ("Свидетельство о рождении 776655 выдано", "776655"),
    ],
)
def test_labelled_and_national_ids(text: str, value: str) -> None:
    assert value in spans(text, "ID")


@pytest.mark.parametrize(
    "text",
    [
        "Room No. 312, bed 4. No. 2 tabs daily. Dose 500 mg.",
        "Палата № 5, кабинет 312, доза 500 мг, рост 172 см",
        "креатинин 62, СРБ 1.7, МК 250, РФ менее 1",
        "утверждённой приказом Минздрава России № 390н",
        "Address: Flat No. 702, Sai Residency",
        "адрес вызова: 667439, г. Махачкала",
        "Visit 120 min after the dose; ID 100 mg; Case 12 years old",
        "Order 250 ml saline; number 300 units",
        "ICD I10, episode E11.9 noted",
        "ГКБ № 1234 им. Иванова",
        "BP at visit 120/80, study 2019 showed no change",
    ],
)
def test_measurements_rooms_acts_and_codes_are_not_ids(text: str) -> None:
    assert spans(text, "ID") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PID|1||4455667^^^MRH^MR||DOE^JOHN||19600514|M", "19600514"),
        ("PV1|1|I|W^389^1||||||||||||||||||20240301103000", "20240301103000"),
        ("(0010,0030) DA [19720131]", "19720131"),
        ("StudyDate: 20230115", "20230115"),
        ("Дата рождения: 19600514", "19600514"),
        ("Admitted 05MAR2021, discharged 2021-Mar-09", "05MAR2021"),
        ("Admitted 05MAR2021, discharged 2021-Mar-09", "2021-Mar-09"),
        ("Collected 7-jun-22 at the lab", "7-jun-22"),
    ],
)
def test_compact_dates(text: str, value: str) -> None:
    assert value in spans(text, "DATE")


@pytest.mark.parametrize(
    "text", ["Specimen barcode 20240301 scanned", "Lot 19991231 expired", "ratio 20240301 of counts"]
)
def test_compact_numbers_without_a_date_label_are_not_dates(text: str) -> None:
    assert spans(text, "DATE") == []


@pytest.mark.parametrize(
    ("value", "shifted"),
    [
        ("20240301103000", "20240410103000"),
        ("19600514", "19600623"),
        ("05MAR2021", "14APR2021"),
        ("2021-Mar-09", "2021-Apr-18"),
        ("7-jun-22", "17-jul-22"),
    ],
)
def test_compact_dates_keep_their_layout_when_shifted(value: str, shifted: str) -> None:
    p = parse_date(value, "en")
    assert p is not None and format_like(p, p.when + dt.timedelta(days=40)) == shifted


def test_two_digit_year_with_hyphens_needs_a_date_label() -> None:
    assert "12-03-56" in spans("D.O.B. 12-03-56, seen today", "DATE", "en")
    assert spans("BP 12-05-19 cycles, widths 12-03-56", "DATE", "en") == []


def test_a_placeholder_date_word_before_a_lab_range_is_no_date_label() -> None:
    assert spans("мазок от *ДАТА* лейкоциты 10-20-13, палочка +++", "DATE", "ru") == []
