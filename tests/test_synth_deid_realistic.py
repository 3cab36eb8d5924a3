"""The independent held-out de-identification generator (corpus "b"): deterministic, self-consistent, complete."""

from __future__ import annotations

from medmoe.synth.deid_realistic import TYPES, check_record, generate


def test_same_seed_same_corpus_other_seed_differs() -> None:
    assert generate(30, seed=3) == generate(30, seed=3)
    assert generate(30, seed=3) != generate(30, seed=4)


def test_offsets_types_and_no_overlaps() -> None:
    for rec in generate(200, seed=0):
        check_record(rec)
        assert set(rec) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        for e in rec["entities"]:
            assert e["type"] in TYPES
            assert rec["text"][e["start"] : e["end"]] == e["text"]
        spans = sorted((e["start"], e["end"]) for e in rec["entities"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_coverage_over_200_documents() -> None:
    recs = generate(200, seed=0)
    langs = [r["lang"] for r in recs]
    assert {"ru", "en"} <= set(langs)
    assert 0.55 < langs.count("ru") / len(langs) < 0.85
    assert {e["type"] for r in recs for e in r["entities"]} == set(TYPES)
    assert sum(len(r["eponyms"]) for r in recs) > 50
    assert {r["lang"] for r in recs if r["eponyms"]} == {"ru", "en"}
    assert len({r["doc_type"] for r in recs}) >= 25
    assert len({r["id"] for r in recs}) == len(recs)
