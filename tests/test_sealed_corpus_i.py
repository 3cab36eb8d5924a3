"""Generator-only checks for the sealed de-identification corpus "i" (never imports medmoe).

The corpus is measured once by the lead; these tests only guard that the generator keeps its own
promises: deterministic records, exact offsets, the team's annotation conventions, and coverage.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
from pathlib import Path

import pytest

_PATH = Path(__file__).parent / "deid_sealed_i" / "generator.py"
_spec = importlib.util.spec_from_file_location("sealed_corpus_i_generator", _PATH)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic_and_independent_of_n(corpus):
    assert gen.generate(400, 0) == corpus
    assert gen.make(0, 17) == corpus[17]
    assert gen.generate(20, 0) == corpus[:20]
    assert gen.generate(5, 1) != corpus[:5]
    assert [r["id"] for r in corpus[:3]] == ["i-0-0", "i-0-1", "i-0-2"]


def test_format_and_offsets(corpus):
    for rec in corpus:
        assert set(rec) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert rec["lang"] in ("ru", "en")
        text = rec["text"]
        for e in rec["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert text[e["start"]:e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for ep in rec["eponyms"]:
            assert set(ep) == {"start", "end", "text"}
            assert text[ep["start"]:ep["end"]] == ep["text"]
            assert ep["text"] and ep["text"] == ep["text"].strip()
        json.loads(json.dumps(rec, ensure_ascii=False))


def test_no_overlapping_entities(corpus):
    for rec in corpus:
        spans = sorted((e["start"], e["end"]) for e in rec["entities"])
        for (_, end1), (start2, _) in zip(spans, spans[1:]):
            assert end1 <= start2, rec["id"]


def test_eponyms_never_touch_entities(corpus):
    for rec in corpus:
        for ep in rec["eponyms"]:
            for e in rec["entities"]:
                assert ep["end"] < e["start"] or ep["start"] > e["end"], (rec["id"], ep, e)


def test_language_share_and_size(corpus):
    ru = sum(r["lang"] == "ru" for r in corpus) / len(corpus)
    assert 0.5 <= ru <= 0.7
    mean = sum(len(r["entities"]) for r in corpus) / len(corpus)
    assert 10 <= mean <= 22


def test_document_types(corpus):
    types = collections.Counter(r["doc_type"] for r in corpus)
    assert len(types) >= 15
    assert len({t for t in types if t.startswith("ru_")}) >= 8
    assert len({t for t in types if t.startswith("en_")}) >= 8


def test_every_type_in_each_language(corpus):
    for lang in ("ru", "en"):
        seen = {e["type"] for r in corpus if r["lang"] == lang for e in r["entities"]}
        assert seen == TYPES, (lang, TYPES - seen)


def test_many_distinct_eponyms_per_language(corpus):
    for lang in ("ru", "en"):
        distinct = {ep["text"].lower() for r in corpus if r["lang"] == lang for ep in r["eponyms"]}
        assert len(distinct) > 25, (lang, len(distinct))


def test_date_conventions(corpus):
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] != "DATE":
                continue
            s = e["text"]
            assert ":" not in s and "@" not in s, s
            assert not re.search(r"(\sг\.?|года|г\.р\.?)$", s), s
            assert not re.search(r"\b(дн|лет|мес|days?|weeks?|ago|назад)\b", s), s
            if s.isdigit():
                assert len(s) == 4 and 1900 <= int(s) <= 2030, s
            # a time, when present, stays outside the span
            assert not re.match(r"\d", text[e["end"]:e["end"] + 1]), (rec["id"], s)


def _snils_ok(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if len(d) != 11:
        return False
    tot = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1)))
    if tot > 101:
        tot %= 101
    return (0 if tot in (100, 101) else tot) == int(d[9:])


def _nhi_ok(s: str) -> bool:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    tot = sum((letters.index(c) + 1) * w for c, w in zip(s[:3], (7, 6, 5)))
    tot += sum(int(c) * w for c, w in zip(s[3:6], (4, 3, 2)))
    return tot % 11 != 0 and (11 - tot % 11) % 10 == int(s[6])


def _inn12_ok(s: str) -> bool:
    d = [int(c) for c in s]
    c11 = sum(a * b for a, b in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    c12 = sum(a * b for a, b in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10
    return len(d) == 12 and d[10] == c11 and d[11] == c12


def test_checksummed_identifiers_are_valid(corpus):
    counts = collections.Counter()
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] != "ID":
                continue
            window = text[max(0, e["start"] - 16):e["start"]]
            # the label nearest to the span decides which checksum applies
            label = max(("СНИЛС", "ИНН", "NHI"), key=window.rfind)
            if label not in window:
                continue
            ok = {"СНИЛС": _snils_ok, "ИНН": _inn12_ok, "NHI": _nhi_ok}[label]
            assert ok(e["text"]), e
            counts[label] += 1
    assert counts["СНИЛС"] > 50 and counts["ИНН"] > 5 and counts["NHI"] > 5, counts


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "i.jsonl"
    assert gen.main(["--n", "5", "--seed", "0", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x) for x in lines] == gen.generate(5, 0)
