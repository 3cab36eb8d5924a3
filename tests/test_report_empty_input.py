"""An empty findings string is an error, never a normal report (only the word 'normal' means normal)."""

from __future__ import annotations

import pytest

from medmoe.errors import InputError
from medmoe.report.findings import parse_findings


@pytest.mark.parametrize("value", ["", "   ", " ; ;", "\n"])
def test_empty_findings_string_is_rejected(value: str) -> None:
    with pytest.raises(InputError, match="empty"):
        parse_findings(value)


def test_normal_word_is_a_normal_study() -> None:
    parsed = parse_findings("normal")
    assert parsed.normal and not parsed.findings
