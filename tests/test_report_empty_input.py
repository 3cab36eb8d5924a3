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


def test_finding_only_in_the_impression_is_missing_from_the_findings_section() -> None:
    from medmoe.knowledge.cxr import load_kb
    from medmoe.report.generator import full_check

    fs = parse_findings("Cardiomegaly/mild").findings
    only_impression = ("FINDINGS: The lungs are clear. There is no pleural effusion or pneumothorax.\n"
                       "IMPRESSION: Mild cardiomegaly.")
    chk = full_check(only_impression, fs, "en", load_kb())
    assert any("not in the findings section" in m for m in chk.missing)
    both = "FINDINGS: There is mild cardiomegaly. The lungs are clear.\nIMPRESSION: Mild cardiomegaly."
    assert full_check(both, fs, "en", load_kb()).ok
