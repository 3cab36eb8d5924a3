"""Stop 3 round 3: names and organisations in English narrative (relatives, note authors, sentence subjects,
demographic lines, meeting attendees; employers by job, pharmacies, insurers before their member number).

Invented examples (no evaluation corpus vocabulary); each rule has positives and nearby negatives.
"""

from __future__ import annotations

import pytest

from deidspans import spans


def _spans(text: str, typ: str) -> list[str]:
    return spans(text, typ, "en")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a relative or carer before a given name, word-names included ("Hope", "April")
        ("Lives alone. mum Tabitha tel 07123 456789, works nights.", ["Tabitha"]),
        ("Contact: niece April on 07230 834875.", ["April"]),
        ("NOK nephew Oisin mob 07110 250003, aware of admission.", ["Oisin"]),
        ("Seen with carer Hope Adebayo today.", ["Hope Adebayo"]),
        ("Hi Dr Lindqvist, it's Gemma Achebe (mum of Tobias) the rash is back.", ["Gemma Achebe", "Tobias"]),
        ("this is a 64 year old gentleman Will Tanner comma date of birth", ["Will Tanner"]),
        # the author of a note, surnames and particles too
        (
            "Per Kowalczyk's note. Per Van der Linde's note. Per Hope's note.",
            ["Kowalczyk", "Van der Linde", "Hope"],
        ),
        # a known name opening a sentence before a subject verb
        ("Psychology session 2. Marguerite reports poor sleep.", ["Marguerite"]),
        ("Liaison review. Adebayo transferred from the ward.", ["Adebayo"]),
        # a name before age, sex, birth date or obstetric formula
        ("Handover - bed 4: Okonkwo, 77, sepsis, improving.", ["Okonkwo"]),
        ("GP review. Hargreaves, 45F. Presents with cough.", ["Hargreaves"]),
        # a surname no lexicon knows stays out without other evidence
        ("GP review. Zzyqvist, 45F. Presents with cough.", []),
        ("Discharge summary. Abernathy, D.O.B. 3/4/51.", ["Abernathy"]),
        ("ED note. Halvorsen (DOB 1940-02-11). Fell at home.", ["Halvorsen"]),
        ("Antenatal clinic. Niamh Kowalczyk, G3P2, 28/40.", ["Niamh Kowalczyk"]),
        # the attendees of a meeting
        (
            "MDT. Present: Okafor, T. Lindqvist, Prof Abernathy. Case 1.",
            ["Okafor", "T. Lindqvist", "Abernathy"],
        ),
    ],
)
def test_narrative_names(text: str, names: list[str]) -> None:
    found = _spans(text, "NAME")
    for n in names:
        assert n in found, (n, found)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("Patient reports poor sleep.", "Patient"),
        ("Psychology session 2. Mother reports he sleeps well.", "Mother"),
        ("Ward 5, 81 beds, all full.", "Ward"),
        ("Pulses: Present, symmetrical. Present: cough, fever.", "Present"),
        ("per Still's criteria the diagnosis is likely.", "Still"),
        ("Per protocol's advice, continue.", "protocol"),
        ("Mum present throughout.", "present"),
    ],
)
def test_narrative_name_negatives(text: str, not_name: str) -> None:
    assert not any(not_name in f for f in _spans(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Warehouse operative at Brambleton Freight, night shifts.", "Brambleton Freight"),
        ("Works as a delivery driver for Quillon Logistics for 30 years.", "Quillon Logistics"),
        (
            "Teaching assistant at St Bride's Catholic Primary. Drinks 10 units.",
            "St Bride's Catholic Primary",
        ),
        ("Grandson attends Maplewood Elementary. Ex-smoker.", "Maplewood Elementary"),
        ("Attends Maplewood Elementary. Mum present.", "Maplewood Elementary"),
        ("Collects from Hartleys on the high street.", "Hartleys"),
        ("Collects meds from Pillbox Direct - blister packs.", "Pillbox Direct"),
        ("Brother has Huntington's disease, followed at Northgate Permanente.", "Northgate Permanente"),
        ("Ex-smoker. Veritas Health policy no. 437B20846; meds reviewed.", "Veritas Health"),
        ("Plan: Orvane member ID WBH513773942.", "Orvane"),
    ],
)
def test_narrative_orgs(text: str, org: str) -> None:
    assert org in _spans(text, "ORG")


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("Medicare member ID 1EG4-TE5-MK72 on file.", "Medicare"),
        ("Hospital policy number 12 applies.", "Hospital"),
        ("Collects meds from GP surgery weekly.", "GP"),
        ("Nurse at bedside. Carer at home twice daily.", "Carer"),
        ("Roosevelt Elementary", None),
    ],
)
def test_narrative_org_negatives(text: str, not_org: str | None) -> None:
    found = _spans(text, "ORG")
    if not_org is not None:
        assert not any(not_org in f for f in found)
    # a school is never a person's name
    assert not any("Elementary" in f for f in _spans(text, "NAME"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Irish and Scottish prefixes mark a surname ("O'Brien", "MacDonald")
        ("Liaison review. MacAllister transferred from the ward.", ["MacAllister"]),
        ("MDT. Present: R. O'Dwyer, Dr Kowalski, Prof Y. Adeyemi. Case 1.", ["R. O'Dwyer", "Y. Adeyemi"]),
        # after "re"/"by": a run of known names with one that is not a word, or "SURNAME, Given"
        ("Call from patient's wife re O'Connell. Callback 0113 496 0000.", ["O'Connell"]),
        ("Call from carer re HOLLOWAY, Faith. Callback 0113 496 0000.", ["HOLLOWAY, Faith"]),
        ("Reviewed by Sandy Abdullahi (ortho).", ["Sandy Abdullahi"]),
        ("Hi Dr Novak, it's Sandy Black - mum of Tobias.", ["Sandy Black", "Tobias"]),
    ],
)
def test_prefixed_and_preposition_names(text: str, names: list[str]) -> None:
    found = _spans(text, "NAME")
    for n in names:
        assert n in found, (n, found)


@pytest.mark.parametrize(
    ("text", "not_name"),
    [
        ("re Chest Pain Clinic referral.", "Chest"),
        ("Reviewed by Physio team today.", "Physio"),
    ],
)
def test_preposition_negatives(text: str, not_name: str | None) -> None:
    found = _spans(text, "NAME")
    if not_name is not None:
        assert not any(not_name in f for f in found)


def test_appointment_place() -> None:
    assert "Mercy Vale Health" in _spans("GP appt at Mercy Vale Health. Patient: Will Singh.", "ORG")
    assert _spans("Outpatient appointment at Outpatients Department.", "ORG") == []


def test_name_before_colon() -> None:
    found = _spans(
        "Pharmacy review. K. Abernathy: apixaban plus aspirin. Review. Tabitha Okonkwo: stop.", "NAME"
    )
    assert "K. Abernathy" in found and "Tabitha Okonkwo" in found
    assert _spans("Obs. Blood Pressure: 120/80. Will Review: tomorrow. Chest Pain: none.", "NAME") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Plan d/w Okonkwo, agrees. Spoke to Nakagawa re results.", ["Okonkwo", "Nakagawa"]),
        ("Handed over to Kowalczyk at 8pm. Bleeped Adebayo, no answer.", ["Kowalczyk", "Adebayo"]),
        ("Her boyfriend Tobias visits; stepson Liam and flatmate Oisin help.", ["Tobias", "Liam", "Oisin"]),
    ],
)
def test_communication_and_relatives(text: str, names: list[str]) -> None:
    found = _spans(text, "NAME")
    for n in names:
        assert n in found, (n, found)


def test_communication_negatives() -> None:
    text = "Paged Radiology. d/w Micro re sensitivities. spoke to GP. phoned Pharmacy. handed over to Night Team."
    assert _spans(text, "NAME") == []
