"""Generator-only checks for the sealed de-identification corpus ``j``.

The corpus is measured once by the lead; these tests only guard the generator's
own contract (determinism, offsets, conventions), never a detector's output.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

_PATH = Path(__file__).parent / "deid_sealed_j" / "generator.py"
_spec = importlib.util.spec_from_file_location("sealed_corpus_j_generator", _PATH)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic_and_independent_of_n(corpus):
    assert gen.generate(400, 0) == corpus
    assert gen.make(0, 17) == corpus[17]
    assert gen.generate(30, 0) == corpus[:30]
    assert gen.make(1, 17) != corpus[17]


def test_record_format(corpus):
    for i, r in enumerate(corpus):
        assert set(r) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert r["id"] == f"j-0-{i}"
        assert r["lang"] in ("ru", "en")
        assert isinstance(r["text"], str) and r["text"]


def test_offsets_and_spans(corpus):
    for r in corpus:
        t = r["text"]
        for e in r["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert t[e["start"]:e["end"]] == e["text"], (r["id"], e)
            assert e["text"] and e["text"] == e["text"].strip(), (r["id"], e)
        for p in r["eponyms"]:
            assert set(p) == {"start", "end", "text"}
            assert t[p["start"]:p["end"]] == p["text"], (r["id"], p)
            assert p["text"] and p["text"] == p["text"].strip()


def test_no_overlapping_entities(corpus):
    for r in corpus:
        ents = sorted(r["entities"], key=lambda e: e["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)


def test_eponyms_never_touch_entities(corpus):
    for r in corpus:
        for p in r["eponyms"]:
            for e in r["entities"]:
                assert p["end"] < e["start"] or p["start"] > e["end"], (r["id"], p, e)


def test_language_share_and_doc_types(corpus):
    share = sum(r["lang"] == "ru" for r in corpus) / len(corpus)
    assert 0.5 <= share <= 0.7
    types = Counter(r["doc_type"] for r in corpus)
    assert len(types) >= 16
    by_lang = {(r["doc_type"], r["lang"]) for r in corpus}
    for dt_ in types:
        assert (dt_, "ru") in by_lang and (dt_, "en") in by_lang, dt_


def test_every_type_in_each_language(corpus):
    seen = defaultdict(set)
    for r in corpus:
        for e in r["entities"]:
            seen[r["lang"]].add(e["type"])
    assert seen["ru"] == TYPES
    assert seen["en"] == TYPES


def test_entity_density(corpus):
    n = sum(len(r["entities"]) for r in corpus) / len(corpus)
    assert 8 <= n <= 25


def test_distinct_eponyms_per_language(corpus):
    eps = defaultdict(set)
    for r in corpus:
        for p in r["eponyms"]:
            eps[r["lang"]].add(p["text"].lower().replace("ё", "е"))
    assert len(eps["ru"]) > 25
    assert len(eps["en"]) > 25


def test_date_conventions(corpus):
    bad_tail = re.compile(r"(\bг\.?|\bгода|\bгоду|г\.р\.?)$", re.I)
    for r in corpus:
        for e in r["entities"]:
            if e["type"] != "DATE":
                continue
            s = e["text"]
            assert not bad_tail.search(s), (r["id"], s)
            assert not re.search(r"\d{1,2}:\d{2}", s), (r["id"], s)
            assert not re.match(r"(в|с|по|on|the|dob)\s", s, re.I), (r["id"], s)
            assert re.search(r"\d", s) or re.search(r"[а-яa-z]{3,}", s, re.I), (r["id"], s)


def test_ids_exclude_labels_and_checksums(corpus):
    for r in corpus:
        t = r["text"]
        for e in r["entities"]:
            if e["type"] != "ID":
                continue
            assert "№" not in e["text"] and not e["text"].lower().startswith(("снилс", "nhs", "mrn ")), (r["id"], e)
            before = t[max(0, e["start"] - 12):e["start"]].lower()
            if "снилс" in before or "chилc" in before or "снилc" in before:
                assert gen.snils_valid(e["text"]), (r["id"], e["text"])
            if re.search(r"\bинн\W*$", before.replace("h", "н")):
                assert gen.inn12_valid(e["text"]), (r["id"], e["text"])
            if re.search(r"nhs\W*(no\W*|number is\W*)?$", before):
                assert gen.nhs_valid(e["text"]), (r["id"], e["text"])


def test_checksum_helpers():
    import random

    rng = random.Random(5)
    for _ in range(300):
        assert gen.snils_valid(gen.snils(rng))
        assert gen.inn12_valid(gen.inn12(rng))
        assert gen.nhs_valid(gen.nhs(rng))


def test_non_personal_numbers_left_unannotated(corpus):
    """ОГРН/licence/lot/serial/ICD strings are present but never inside an entity."""
    found = 0
    for r in corpus:
        t = r["text"]
        for m in re.finditer(r"ОГРН|лицензия|серия препарата|Lot |serial|ODS code|МКБ|icd ", t, re.I):
            found += 1
            for e in r["entities"]:
                assert not (e["start"] <= m.start() < e["end"]), (r["id"], e)
    assert found > 30


def test_hard_layouts_present(corpus):
    """The corpus keeps its theme: spoken dates, upper-case blocks, HL7 carets, multi-line spans."""
    spoken = {r["lang"] for r in corpus for e in r["entities"] if e["type"] == "DATE" and not re.search(r"\d", e["text"])}
    assert spoken == {"ru", "en"}
    assert any(r["text"].isupper() or "КОЛЛ-ЦЕНТР" in r["text"] for r in corpus)
    assert any("^" in e["text"] for r in corpus for e in r["entities"] if e["type"] == "NAME")
    assert any("\n" in e["text"] for r in corpus for e in r["entities"] if e["type"] == "ADDRESS")
    assert any(re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", e["text"]) for r in corpus for e in r["entities"] if e["type"] == "URL")
