"""Stop 3 round 2: English organisations (institution words, form fields, HL7 IN1, letter addressee, context).

Invented examples; each rule has a positive and a nearby negative (departments, generic phrases, programmes).
"""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier


def _orgs(text: str) -> list[str]:
    d = Deidentifier(lang="en", mode="mask", key=b"k" * 32)
    return [text[e.start : e.end] for e in d.detect(text, "en") if e.type == "ORG"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Flu vaccine given at Harlow Pharmacy last week.", "Harlow Pharmacy"),
        ("Letter copied to Brookvale Family Practice.", "Brookvale Family Practice"),
        ("Incident reported to Dunmore Police Service today.", "Dunmore Police Service"),
        ("Body released to Hartley & Daughters Funeral Home.", "Hartley & Daughters Funeral Home"),
        ("Previously at Maplewood Senior Living for two years.", "Maplewood Senior Living"),
        ("Invoice from Pinecrest Orthopaedics, PLLC attached.", "Pinecrest Orthopaedics, PLLC"),
        ("Seen at Kestrel Bay Medical Group in May.", "Kestrel Bay Medical Group"),
        (
            "Referred to Nomvula Dlamini Regional Academic Hospital.",
            "Nomvula Dlamini Regional Academic Hospital",
        ),
        (
            "Outpatient at King's and St Agnes' NHS Foundation Trust.",
            "King's and St Agnes' NHS Foundation Trust",
        ),
        ("She works for QuickServe Ltd as a driver.", "QuickServe Ltd"),
    ],
)
def test_institution_words(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed in the ENT Clinic and the Memory Clinic.",
        "Booked for Plastic Surgery and Hand Surgery review.",
        "National Insurance number on file.",
        "Per American College of Cardiology guidance.",
        "Discharged from the Community Hospital to the Nursing Home.",
        "Collected from the Hospital Pharmacy.",
        "Outpatient clinic note — Chronic Disease Clinic\n",
    ],
)
def test_departments_and_generic_phrases_are_not_orgs(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Insurance: Corvane Health Partners  Member ID QX1234567\n", "Corvane Health Partners"),
        ("Medical aid: Umoya Medical Scheme no. 55512345\n", "Umoya Medical Scheme"),
        ("Payer: Trellis Benefit Solutions   Payer ID 11223\n", "Trellis Benefit Solutions"),
        ("Police: Rivermouth Constabulary, PC Dawn Ellery #4410\n", "Rivermouth Constabulary"),
        ("Place of death: Nursing home/LTC: Alder Grove Residence\n", "Alder Grove Residence"),
        ("Funeral facility: Quill Memorial — Garden of Rest\n", "Quill Memorial — Garden of Rest"),
        ("Preferred pharmacy: Zentra\n", "Zentra"),
        (
            "33. Billing provider: Copperline Internal Medicine  NPI 1234567893\n",
            "Copperline Internal Medicine",
        ),
    ],
)
def test_labelled_fields(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Insurance: Medicaid, ID A12345678\n",
        "Insurance: None\n",
        "Pharmacy: none on file\n",
        "Employer: retired\n",
        "33. Billing provider: Ryan Albright, DO   NPI 1234567893\n",
    ],
)
def test_labelled_fields_without_an_org(text: str) -> None:
    assert _orgs(text) == []


def test_hl7_in1_insurer() -> None:
    text = "MSH|^~\\&|A|B\rPID|1||5||DOE^JANE\rIN1|1|PLAN7||Nordvale Assurance|||||\r"
    assert _orgs(text) == ["Nordvale Assurance"]


def test_letter_addressee_above_department() -> None:
    text = "March 3, 2025\n\nVeritane\nUtilization Review Department\nPO Box 77\n"
    assert _orgs(text) == ["Veritane"]
    heading = "Clinic letter\n\nDischarge Summary\nEmergency Department\n"
    assert _orgs(heading) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He attends Fernhill Primary in year 4.", "Fernhill Primary"),
        ("She is insured with Calloway Mutual.", "Calloway Mutual"),
    ],
)
def test_narrative_context(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_letterhead_office_of() -> None:
    text = "Office of the Chief Medical Examiner for Westmarch\nINVESTIGATION STATEMENT\n"
    assert _orgs(text) == ["Office of the Chief Medical Examiner for Westmarch"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("He is employed as a forklift driver at Dunmore Logistics.", ["Dunmore Logistics"]),
        ("Transferred from Kestrel Valley Hospital yesterday.", ["Kestrel Valley Hospital"]),
        ("Transferred from Ashgrove Lodge after a fall.", ["Ashgrove Lodge"]),
        ("Employer: Halvorsen Freight. School: Oak Lane Primary.", ["Halvorsen Freight", "Oak Lane Primary"]),
        ("Attends St Brigid's College.", ["St Brigid's College"]),
        ("Insurance: St. Jude Mutual Co. Ltd\n", ["St. Jude Mutual Co. Ltd"]),
        ("Transferred to the Emergency Department, then from ICU.", []),
        ("Referred from ED for review.", []),
    ],
)
def test_employment_and_transfer_context(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs
