"""Format checks for the sealed triage vignette set v5.

Format only: this file never imports medmoe and never scores the triage
component. The set is sealed (see tests/data/triage_sealed_v5.md).
"""

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "triage_sealed_v5.jsonl"
FIELDS = {"id", "lang", "text", "level", "category", "why"}
LEVELS = ("emergency", "urgent", "routine")
EXPECTED_TOTALS = {"ru": 100, "en": 60}
TARGET_SHARES = {"emergency": 0.45, "urgent": 0.20, "routine": 0.35}
SHARE_TOLERANCE = 0.05


def _rows():
    rows = []
    with DATA.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {lineno}"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - failure path
                pytest.fail(f"line {lineno} is not valid JSON: {exc}")
    return rows


ROWS = _rows()


def test_total_count():
    assert len(ROWS) == sum(EXPECTED_TOTALS.values())


def test_exact_fields_and_types():
    for row in ROWS:
        assert isinstance(row, dict)
        assert set(row) == FIELDS, row.get("id")
        for key in FIELDS:
            assert isinstance(row[key], str), (row["id"], key)
            assert row[key].strip(), (row["id"], key)
        assert row["lang"] in EXPECTED_TOTALS
        assert row["level"] in LEVELS
        assert row["id"].startswith(f"tv5-{row['lang']}-")


def test_ids_unique():
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))


def test_texts_unique_and_non_empty():
    texts = [" ".join(row["text"].split()).lower() for row in ROWS]
    assert all(texts)
    dupes = [t for t, n in Counter(texts).items() if n > 1]
    assert not dupes, dupes


def test_counts_per_language():
    counts = Counter(row["lang"] for row in ROWS)
    assert dict(counts) == EXPECTED_TOTALS


@pytest.mark.parametrize("lang", sorted(EXPECTED_TOTALS))
@pytest.mark.parametrize("level", LEVELS)
def test_level_shares_per_language(lang, level):
    total = sum(1 for row in ROWS if row["lang"] == lang)
    n = sum(1 for row in ROWS if row["lang"] == lang and row["level"] == level)
    share = n / total
    assert abs(share - TARGET_SHARES[level]) <= SHARE_TOLERANCE, (lang, level, n, total)


def test_file_is_utf8_not_ascii_escaped():
    raw = DATA.read_text(encoding="utf-8")
    assert "\\u04" not in raw  # Cyrillic written as-is (ensure_ascii=False)
