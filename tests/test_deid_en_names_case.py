"""English names in lowercase, ALL CAPS, LAST, FIRST before an MRN, and propagation in any case (QA)."""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier


@pytest.mark.parametrize("lang", ["en", "auto"])
@pytest.mark.parametrize(
    "text,names",
    [
        ("Seen by Dr. alice wen today.", ["alice", "wen"]),
        ("Smithfield, John (MRN 123456)", ["Smithfield", "John"]),
        (
            "pt john smithfield seen by dr alice wen; JOHN SMITHFIELD called back.",
            ["john", "smithfield", "alice", "wen", "JOHN", "SMITHFIELD"],
        ),
        ("Patient John Smithfield admitted. Later smithfield was calm.", ["Smithfield", "smithfield"]),
    ],
)
def test_names_masked(lang: str, text: str, names: list[str]) -> None:
    out = Deidentifier(mode="mask", lang=lang, key=b"k" * 32).process(text).text
    for n in names:
        assert n not in out, out


def test_common_lowercase_words_kept() -> None:
    text = "Pt denies pain. Seen by dr on call. Patient reports fever. pt will follow up with cardiology."
    out = Deidentifier(mode="mask", lang="en", key=b"k" * 32).process(text).text
    assert out == text


def test_latin_name_in_russian_note() -> None:
    text = "Пациент: Лаптев Егор Вадимович, жалобы на слабость. Консультирован John Smith, MD."
    out = Deidentifier(mode="pseudonymize", lang="auto", key=b"k" * 32).process(text).text
    assert "John" not in out and "Smith" not in out, out


def test_lowercase_abbreviations_not_titles() -> None:
    text = "qrs 120 ms duration, mild mr noted, echo by cardiology."
    assert Deidentifier(mode="mask", lang="en", key=b"k" * 32).process(text).text == text
