"""Rules added after the corpus-D error analysis (issue 4, stop 2 round 3): identifiers after the labels of
English-speaking health systems (NHI, IHI, UR, UHID, Aadhaar, PPSN, provider no., CPSO). Each positive has a
nearby negative."""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier

KEY = b"0123456789abcdef0123456789abcdef"


def _spans(text: str, kind: str, lang: str = "auto") -> list[str]:
    d = Deidentifier(lang=lang, mode="mask", key=KEY)
    return [text[e.start : e.end] for e in d.detect(text) if e.type == kind]


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
