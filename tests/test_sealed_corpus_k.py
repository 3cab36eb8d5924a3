"""Generator-only checks for the sealed de-identification corpus "k".

These tests never import medmoe: the corpus must stay independent of the detectors it
measures. They check determinism, offsets, the annotation conventions and coverage.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

_PATH = Path(__file__).parent / "deid_sealed_k" / "generator.py"
_spec = importlib.util.spec_from_file_location("sealed_k_generator", _PATH)
gen = importlib.util.module_from_spec(_spec)
sys.modules["sealed_k_generator"] = gen
_spec.loader.exec_module(gen)

TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic_and_independent_of_n(corpus: list[dict]) -> None:
    assert gen.generate(400, 0) == corpus
    assert gen.make(0, 17) == corpus[17]
    assert gen.generate(20, 0) == corpus[:20]
    assert gen.make(1, 17) != corpus[17]


def test_format_and_offsets(corpus: list[dict]) -> None:
    for i, rec in enumerate(corpus):
        assert rec["id"] == f"k-0-{i}"
        assert rec["lang"] in ("ru", "en")
        assert set(rec) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        for e in rec["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert rec["text"][e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for p in rec["eponyms"]:
            assert set(p) == {"start", "end", "text"}
            assert rec["text"][p["start"] : p["end"]] == p["text"]
            assert p["text"] and p["text"] == p["text"].strip()


def test_no_overlaps_and_eponyms_apart(corpus: list[dict]) -> None:
    for rec in corpus:
        spans = sorted((e["start"], e["end"]) for e in rec["entities"])
        for (_, a_end), (b_start, _) in zip(spans, spans[1:]):
            assert a_end <= b_start, rec["id"]
        for p in rec["eponyms"]:
            for s, e in spans:
                assert p["end"] < s or e < p["start"], (rec["id"], p)


def test_language_share_and_density(corpus: list[dict]) -> None:
    ru = sum(r["lang"] == "ru" for r in corpus) / len(corpus)
    assert 0.5 <= ru <= 0.7
    mean = sum(len(r["entities"]) for r in corpus) / len(corpus)
    assert 10 <= mean <= 16


def test_document_types(corpus: list[dict]) -> None:
    types = Counter(r["doc_type"] for r in corpus)
    assert len(types) >= 16
    assert min(types.values()) >= 5


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_type_in_each_language(corpus: list[dict], lang: str) -> None:
    seen = Counter(e["type"] for r in corpus if r["lang"] == lang for e in r["entities"])
    assert set(seen) == TYPES
    assert min(seen.values()) >= 10


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_eponym_variety(corpus: list[dict], lang: str) -> None:
    eps = {p["text"] for r in corpus if r["lang"] == lang for p in r["eponyms"]}
    assert len(eps) > 25


def test_date_conventions(corpus: list[dict]) -> None:
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] != "DATE":
                continue
            s = e["text"]
            assert re.search(r"\d", s), s
            assert ":" not in s, s  # times stay outside
            assert not re.search(r"(г\.|года|г)$", s), s
            after = text[e["end"] : e["end"] + 6]
            if after.startswith((" г.р.", "г.р.")):
                assert re.fullmatch(r"\d{4}", s), s  # "1954 г.р." -> "1954"


def test_ids_have_no_labels_and_valid_checksums(corpus: list[dict]) -> None:
    snils_seen = inn_seen = 0
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] != "ID":
                continue
            s = e["text"]
            assert "№" not in s and not s.lower().startswith(("снилс", "nhs", "mrn", "chi"))
            m = re.fullmatch(r"(\d{3})-(\d{3})-(\d{3})[ -](\d{2})", s)
            if m:
                body = "".join(m.groups()[:3])
                total = sum(int(d) * (9 - i) for i, d in enumerate(body))
                total = total % 101 if total > 101 else total
                assert int(m.group(4)) == (0 if total in (100, 101) else total), s
                snils_seen += 1
            if text[max(0, e["start"] - 5) : e["start"]] == "ИНН: ":
                d = [int(c) for c in s]
                w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                assert d[10] == sum(a * b for a, b in zip(d, w1)) % 11 % 10
                assert d[11] == sum(a * b for a, b in zip(d, w2)) % 11 % 10
                inn_seen += 1
    assert snils_seen > 20 and inn_seen > 5


def test_cli_writes_jsonl(tmp_path: Path) -> None:
    out = tmp_path / "k.jsonl"
    gen.main(["--n", "5", "--seed", "0", "--out", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and "\\u" not in lines[0]
