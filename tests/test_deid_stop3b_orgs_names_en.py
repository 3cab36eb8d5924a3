"""Stop 3 round 2: English person-name precision (column gaps, institution words, HL7 coded values).

Invented examples; each rule has a positive and a nearby negative.
"""

from __future__ import annotations

import pytest

from deidspans import spans


def _spans(text: str, typ: str) -> list[str]:
    return spans(text, typ, "en")


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # a column gap ends a name: the next field is not part of it
        ("Patient: Oliver Brandt    NHS No: 401 223 9987\n", "Oliver Brandt", "NHS"),
        ("Attending: Ruth Okonjo, MD   NPI 1457788990\n", "Ruth Okonjo", "NPI"),
        # a credential, then the next column of a form
        ("Triage RN: Maya Lindqvist, RN   Placed in: Bay 3\n", "Maya Lindqvist", "Placed"),
        # a subject line takes a name only when a known given name follows
        ("RE: Daniel Whitcombe, DOB 02/03/1961\n", "Daniel Whitcombe", None),
        ("RE: Request for Funding of Adalimumab\n", None, "Request"),
    ],
)
def test_name_column_gap_and_subject(text: str, name: str | None, not_name: str | None) -> None:
    found = _spans(text, "NAME")
    if name is not None:
        assert name in found
    if not_name is not None:
        assert not any(not_name in f for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Billing provider: Greenfield Primary Care  NPI 2204546000\n",
        "Sent to: Willowbrook Health Centre\n",
        "Referred to Thabo Mokoena Memorial Academic Hospital for review.\n",
        "Service facility: Riverside Family Medicine, LLC, 12 Mill Lane\n",
    ],
)
def test_institution_is_not_a_person(text: str) -> None:
    assert _spans(text, "NAME") == []


def test_name_beside_institution_stays() -> None:
    text = "Referrer: Dr Helen Marchetti, Oakridge Surgery, 4 Elm Row\n"
    assert "Helen Marchetti" in _spans(text, "NAME")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NK1|1|OKORO^CHIDI^A|SPO^Spouse|12 BIRCH ROAD^^LEEDS^^LS1 4AB\r", "OKORO^CHIDI^A"),
        ("PID|1||99||MAREK^ZOFIA||19700101|F|||77 HARBOUR STREET^APT 4C^CORK^^T12\r", "MAREK^ZOFIA"),
        ("(0010,0010) PatientName          PN  VOLKOVA^IRINA^PAVLOVNA\n", "VOLKOVA^IRINA^PAVLOVNA"),
    ],
)
def test_caret_names_not_codes_or_streets(text: str, name: str) -> None:
    found = _spans(text, "NAME")
    assert found == [name]
