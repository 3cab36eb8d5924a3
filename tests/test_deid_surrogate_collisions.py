"""A surrogate must never keep an original name part or identifier, whatever the key (QA F21)."""

from __future__ import annotations

import random
import re

import pytest

from medmoe.deid.pseudonyms import Pseudonymizer

KEYS = [random.Random(i).randbytes(32) for i in range(200)]


def _words(s: str) -> list[str]:
    return [w.lower().replace("ё", "е") for w in re.findall(r"[А-ЯЁа-яёA-Za-z]+", s)]


@pytest.mark.parametrize(
    "name",
    [
        "Лаптев Егор Вадимович",
        "Лаптева Егора Вадимовича",
        "Иванова И.И.",
        "Мария Петровна",
        "Шубиной И.И.",
        "John Smith",
        "SMITH, JOHN",
    ],
)
def test_no_original_name_part_survives_any_key(name: str) -> None:
    orig = _words(name)
    for key in KEYS:
        out = Pseudonymizer(key).name(name)
        got = _words(out)
        for o in orig:
            # initials: a one-letter part must change too; longer parts must not reappear in any form
            assert o not in got, (name, out)
            if len(o) > 2:
                assert not any(g.startswith(o[:-1]) and abs(len(g) - len(o)) <= 2 for g in got), (name, out)


@pytest.mark.parametrize("value,kind", [("123", "id"), ("+7 (912) 345-67-89", "phone"), ("4521", "id")])
def test_digits_never_survive(value: str, kind: str) -> None:
    for key in KEYS:
        p = Pseudonymizer(key)
        out = p.phone(value) if kind == "phone" else p.identifier(value, "number")
        assert out != value
