"""The demo and `eval triage` read package data, so a non-editable `pip install` runs every demo step."""

from __future__ import annotations

from medmoe.cli.triage import handwritten_path
from medmoe.paths import PACKAGE_DIR
from medmoe.pipeline.demo import EXAMPLES, DemoConfig


def test_demo_inputs_are_package_data_and_small() -> None:
    assert EXAMPLES.is_relative_to(PACKAGE_DIR) and DemoConfig().examples == EXAMPLES
    for rel in ("notes", "phenopackets", "reports/findings.json", "notes_identifiers.json",
                "triage_handwritten_ru.jsonl"):
        assert (EXAMPLES / rel).exists(), rel
    assert handwritten_path().is_file() and handwritten_path().is_relative_to(PACKAGE_DIR)
    size = sum(f.stat().st_size for f in EXAMPLES.rglob("*") if f.is_file())
    assert size < 500_000
