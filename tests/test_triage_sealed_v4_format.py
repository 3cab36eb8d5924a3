"""Format checks for the sealed triage vignette set v4.

Format only: this test never imports medmoe and never scores the triage
system. The set is sealed (see tests/data/triage_sealed_v4.md).
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "triage_sealed_v4.jsonl"
FIELDS = {"id", "lang", "text", "level", "category", "why"}
LEVELS = ("emergency", "urgent", "routine")
LANG_TOTALS = {"ru": 110, "en": 70}
# Allowed share of each level within one language (inclusive bounds).
SHARES = {
    "emergency": (0.40, 0.50),
    "urgent": (0.15, 0.25),
    "routine": (0.30, 0.40),
}
ID_RE = re.compile(r"^tv4-(ru|en)-\d{3}$")


def _rows():
    lines = DATA.read_text(encoding="utf-8").splitlines()
    rows = []
    for n, line in enumerate(lines, 1):
        assert line.strip(), f"blank line {n}"
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:  # pragma: no cover - failure path
            pytest.fail(f"line {n} is not valid JSON: {exc}")
    return rows


def test_file_exists_and_is_utf8_with_literal_cyrillic():
    raw = DATA.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    assert "\\u04" not in raw, "write with ensure_ascii=False"


def test_every_line_has_exactly_the_fields():
    for row in _rows():
        assert isinstance(row, dict)
        assert set(row) == FIELDS, row.get("id")
        for key in FIELDS:
            assert isinstance(row[key], str), (row.get("id"), key)
            assert row[key].strip(), (row.get("id"), key)
            assert row[key] == row[key].strip(), (row.get("id"), key)


def test_ids_unique_and_match_lang():
    rows = _rows()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        m = ID_RE.match(r["id"])
        assert m, r["id"]
        assert m.group(1) == r["lang"], r["id"]


def test_values_in_vocabulary():
    for r in _rows():
        assert r["lang"] in LANG_TOTALS, r["id"]
        assert r["level"] in LEVELS, r["id"]
        assert re.fullmatch(r"[a-z_]{2,20}", r["category"]), r["id"]


def test_texts_unique_and_nonempty():
    texts = [r["text"].strip().casefold() for r in _rows()]
    assert all(texts)
    assert len(texts) == len(set(texts))


def test_language_script_matches_lang():
    cyr = re.compile(r"[\u0400-\u04FF]")
    for r in _rows():
        if r["lang"] == "ru":
            assert cyr.search(r["text"]), r["id"]
        else:
            assert not cyr.search(r["text"]), r["id"]


def test_counts_per_language():
    c = Counter(r["lang"] for r in _rows())
    assert dict(c) == LANG_TOTALS


@pytest.mark.parametrize("lang", sorted(LANG_TOTALS))
def test_level_shares_per_language(lang):
    rows = [r for r in _rows() if r["lang"] == lang]
    c = Counter(r["level"] for r in rows)
    for level, (lo, hi) in SHARES.items():
        share = c[level] / len(rows)
        assert lo <= share <= hi, (lang, level, c[level], len(rows))
