"""Stop 3: English names from a name lexicon (US census 1990 + a world list), "SURNAME, Given", and HL7/DICOM
caret names. Invented examples; every positive has a nearby negative (words that are also names, eponyms,
places, institutions, codes)."""

from __future__ import annotations

import pytest

from deidspans import spans
from medmoe.deid.names_en import caret_name_spans, first_names, lexicon_name_spans, name_lexicon


def test_lexicon_loads_census_and_world_names_without_comment_words() -> None:
    lex = name_lexicon()
    assert {"Okafor", "Nguyen", "Kowalczyk", "Johnson"} <= lex.surnames
    assert {"Oluwaseun", "Agnieszka", "Tameka"} <= lex.firsts
    assert {"Faith", "Mark", "Bishop", "Brown"} <= lex.words
    assert "Source:" not in first_names() and "Common" not in first_names()
    assert "Faith" not in first_names() and "Santa" not in first_names()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen today with Faith Okafor regarding her knee.", "Faith Okafor"),
        ("Referred on by Oluwaseun Adeyemi last week.", "Oluwaseun Adeyemi"),
        ("Wang Wei attended with his mother.", "Wang Wei"),
        ("Nguyen Van Minh, 67, admitted for CAP.", "Nguyen Van Minh"),
        ("Maria Guadalupe Hernandez Lopez presented with chest pain.", "Maria Guadalupe Hernandez Lopez"),
        ("Mohammed al-Rashid was reviewed in clinic.", "Mohammed al-Rashid"),
        ("Abdullah bin Hassan reports dizziness.", "Abdullah bin Hassan"),
        ("Krzysztof Wiśniewski reports pain.", "Krzysztof Wiśniewski"),
        ("Chukwuemeka Eze has asthma.", "Chukwuemeka Eze"),
        ("Hope Tran declined the flu shot.", "Hope Tran"),
        ("PATIENT: TAMEKA OKONKWO", "TAMEKA OKONKWO"),
        ("Bed 3 Svetlana Kuznetsova, post-op day 2", "Svetlana Kuznetsova"),
    ],
)
def test_pairs_of_known_names_without_a_title(text: str, name: str) -> None:
    assert name in spans(text, "NAME", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Faith in the treatment plan is low. Mark the site. Will review tomorrow.",
        "Grace period for payment; Hope to discharge tomorrow.",
        "Stevens Johnson syndrome suspected; Mallory Weiss tear on endoscopy.",
        "Ramsay Hunt syndrome. Charcot Marie Tooth disease. Wolff Parkinson White pattern.",
        "Lives in Santa Monica, moved from San Antonio, Texas.",
        "Referral to Queen Elizabeth University Hospital and Royal Prince Alfred Hospital.",
        "Young Adult Clinic. Long Term Care. Franklin Square.",
        "Moved from Beverly Hills to Alice Springs near Kent Ridge.",
        "CHEST PAIN. PAST MEDICAL HISTORY. ASSESSMENT AND PLAN.",
        "Lisinopril, Amlodipine, Atorvastatin; Warfarin, Heparin.",
    ],
)
def test_words_eponyms_places_and_institutions_are_not_names(text: str) -> None:
    assert spans(text, "NAME", "en") == []


def test_lexicon_pair_needs_a_non_word_token() -> None:
    # "Mark Brown" is two English words: left to the title/role/first-name rules, not the lexicon rule
    assert list(lexicon_name_spans("Mark Brown called.")) == []
    assert list(lexicon_name_spans("Mark Okafor called.")) == [(0, 11)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kowalczyk, Agnieszka was seen on the ward.", "Kowalczyk, Agnieszka"),
        ("GARCIA LOPEZ, Maria  DOB 03/04/1955", "GARCIA LOPEZ, Maria"),
        ("Nguyen, Thi Lan (interpreter present)", "Nguyen, Thi Lan"),
    ],
)
def test_surname_comma_given(text: str, name: str) -> None:
    assert name in spans(text, "NAME", "en")


@pytest.mark.parametrize("text", ["Moved from Springfield, Virginia in May.", "Houston, Texas; Austin, TX."])
def test_place_comma_state_is_not_a_name(text: str) -> None:
    assert spans(text, "NAME", "en") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("PID|1||4455667^^^MRH^MR||NGUYEN^THI^LAN^^MRS||19600514|F", "NGUYEN^THI^LAN^^MRS"),
        ("PV1|1|I|W^389^1^UABH||||12345^MORGAN^REX^J^^^MD||", "MORGAN^REX^J^^^MD"),
        ("(0010,0010) PN [DOE^JANE]", "DOE^JANE"),
        ("Patient Name: Smith^John^A", "Smith^John^A"),
        ("NK1|1|OKAFOR^CHIDI|SPO|", "OKAFOR^CHIDI"),
    ],
)
def test_caret_names_are_whole_names(text: str, name: str) -> None:
    assert name in spans(text, "NAME", "en")


@pytest.mark.parametrize(
    "text",
    [
        "OBX|1|NM|718-7^Hemoglobin^LN||13.5|g/dL|12-16|N",
        "DG1|1||I10^Essential hypertension^I10|",
        "PID|1||4455667^^^MRH^MR||",
        "PID|11|12 High St^^Springfield^IL^62701",
    ],
)
def test_caret_codes_and_addresses_are_not_names(text: str) -> None:
    assert list(caret_name_spans(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mary,\nThank you for seeing her.", "Mary"),
        ("Hi Tunde - results below", "Tunde"),
        ("Pt Name: mohammed ali   dob 1/2/1960", "mohammed ali"),
        ("Patient name: tunde bakare, 45", "tunde bakare"),
        ("Consultant: Prof. Dr. med. Hans-Jürgen Müller", "Hans-Jürgen Müller"),
    ],
)
def test_salutations_lowercase_fields_and_chained_titles(text: str, name: str) -> None:
    assert spans(text, "NAME", "en") == [name]


@pytest.mark.parametrize(
    "text", ["Dear Colleague,\nHello Team,", "name: not given", "Name - see chart", "Name: unknown male"]
)
def test_salutation_and_name_field_negatives(text: str) -> None:
    assert spans(text, "NAME", "en") == []


def test_repeated_mentions_of_a_found_name() -> None:
    text = "I saw Faith Okonkwo today. Faith reports aura. Partner Tomasz Wiśniewski present; Tomasz agrees."
    assert spans(text, "NAME", "en") == ["Faith Okonkwo", "Faith", "Tomasz Wiśniewski", "Tomasz"]


def test_repeated_word_names_at_a_sentence_start_need_a_subject_verb() -> None:
    assert spans("Mark Okafor seen. Mark the site. Will review.", "NAME", "en") == ["Mark Okafor"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Врач: Kowalski J. (консультант)", "Kowalski J."),
        ("Reviewed by C.N. Okafor, registrar", "C.N. Okafor"),
        ("Seen by Dr Okon-\nkwo in clinic.", "Okon-\nkwo"),
    ],
)
def test_surname_with_initials_and_hyphen_breaks(text: str, name: str) -> None:
    assert name in spans(text, "NAME")


@pytest.mark.parametrize(
    "text", ["Vitamin D. level low; Group B. strep; Hepatitis B. immune", "fol-\nlow up in clinic"]
)
def test_initials_after_words_are_not_names(text: str) -> None:
    assert spans(text, "NAME", "en") == []


@pytest.mark.parametrize(
    "text",
    ["Singapore NRIC/FIN, South African ID", "labels MRN, UR, NHI, UBRN, CHI, ID, No", "DATE, ADDRESS, ID"],
)
def test_lists_of_acronyms_and_regions_are_not_surname_given(text: str) -> None:
    assert spans(text, "NAME", "en") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Surname  NGUYEN   First name  THI HOA   DOB 12.03.1950", ["NGUYEN", "THI HOA"]),
        ("Surname\tKOWALSKA\tGiven names\tAnna Maria", ["KOWALSKA", "Anna Maria"]),
        ("Resident  Physician on call; first name  unknown", []),
    ],
)
def test_form_table_name_fields_without_a_colon(text: str, names: list[str]) -> None:
    assert spans(text, "NAME", "en") == names
