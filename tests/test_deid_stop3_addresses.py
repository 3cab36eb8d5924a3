"""Stop 3: English addresses that run over several lines (letterheads, forms, OCRed letters): the town, county
and postcode lines after the street belong to the address; a salutation or a labelled field does not."""

from __future__ import annotations

import pytest

from deidspans import spans


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Address:\n  44 Larch Road\n  Headingley, Leeds\n  LS6 2AB",
            "44 Larch Road\n  Headingley, Leeds\n  LS6 2AB",
        ),
        (
            "Home address: Flat 3, 12 Marine Parade,\nBrighton BN2 1TL",
            "Flat 3, 12 Marine Parade,\nBrighton BN2 1TL",
        ),
        ("44 Larch Road,\nCarlton VIC 3053\nTel: 03 9123 4567", "44 Larch Road,\nCarlton VIC 3053"),
        ("77 Elm Court\nSpringfield, IL 62701\nUSA", "77 Elm Court\nSpringfield, IL 62701"),
        ("9 Kings Road\nHove\nBN3 2AA\n\nDear Sir,", "9 Kings Road\nHove\nBN3 2AA"),
    ],
)
def test_address_lines_after_the_street(text: str, address: str) -> None:
    assert address in spans(text, "ADDRESS", "en")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("12 High Street\nDear Dr Smith,\nThank you", "12 High Street"),
        ("1 Main Street\nPlan: Follow Up\nNext visit", "1 Main Street"),
        ("44 Larch Road\nHeadingley Leeds\nreview in clinic", "44 Larch Road"),
    ],
)
def test_salutations_fields_and_prose_end_the_address(text: str, address: str) -> None:
    assert spans(text, "ADDRESS", "en") == [address]
