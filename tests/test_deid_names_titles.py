"""Russian names next to academic titles (к.м.н., д.м.н., проф., доц., зав. отд.) and after participles."""

from __future__ import annotations

import pytest

from medmoe.deid import Deidentifier

KEY = b"0123456789abcdef0123456789abcdef"


def _masked(text: str) -> str:
    return Deidentifier(lang="ru", mode="mask", key=KEY).process(text).text


@pytest.mark.parametrize(
    "text,expected",
    [
        # the QA repro: "к.м.н." was split into "к" + lowercase initials "м.н." that swallowed the real initials
        ("консультирована к.м.н. И.И. Шубиной.", "консультирована к.м.н. [NAME]."),
        ("консультирована д.м.н. И.И. Шубиной.", "консультирована д.м.н. [NAME]."),
        ("консультирована к.м.н. Шубиной И.И.", "консультирована к.м.н. [NAME]"),
        ("консультирована к. м. н. И. И. Шубиной.", "консультирована к. м. н. [NAME]."),
        ("консультирована К.М.Н. И.И. Шубиной.", "консультирована К.М.Н. [NAME]."),
        ("консультирована к.м.н.И.И. Шубиной.", "консультирована к.м.н.[NAME]."),
        ("К.м.н. Шубина И.И. осмотрела.", "К.м.н. [NAME] осмотрела."),
        ("консультирована проф. И.И. Шубиной.", "консультирована проф. [NAME]."),
        ("консультирована доц. Шубиной И.И.", "консультирована доц. [NAME]"),
        ("осмотрена зав. отд. И.И. Шубиной", "осмотрена зав. отд. [NAME]"),
        ("осмотрена д.м.н., проф. И.И. Шубиной", "осмотрена д.м.н., проф. [NAME]"),
        ("Шубиной И.И., к.м.н., осмотрена", "[NAME], к.м.н., осмотрена"),
        ("Шубиной И.И. к.м.н. осмотрена", "[NAME] к.м.н. осмотрена"),
    ],
)
def test_names_next_to_academic_titles(text: str, expected: str) -> None:
    assert _masked(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Осмотрена И.И. Шубиной.", "Осмотрена [NAME]."),
        ("Консультирована И.И. Шубиной.", "Консультирована [NAME]."),
        ("Выписал Шубин И.И.", "Выписал [NAME]"),
        # nouns glued to initials stay surnames
        ("Мельник Е.А. осмотрел.", "[NAME] осмотрел."),
        ("Сынков И.И. осмотрел.", "[NAME] осмотрел."),
    ],
)
def test_participles_are_not_absorbed_into_names(text: str, expected: str) -> None:
    assert _masked(text) == expected
