"""Fast checks of the sealed de-identification corpus generator (the generator only; no detectors)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed" / "generator.py"
TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("deid_sealed_generator", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs(gen):
    return gen.generate(300, 0)


def test_deterministic_per_seed(gen, docs):
    assert gen.generate(300, 0) == docs
    assert gen.generate(20, 1) != docs[:20]


def test_record_format_and_offsets(docs):
    for d in docs:
        assert set(d) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert d["lang"] in ("ru", "en")
        for e in d["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert d["text"][e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for p in d["eponyms"]:
            assert d["text"][p["start"] : p["end"]] == p["text"]
    assert len({d["id"] for d in docs}) == len(docs)


def test_no_overlaps(docs):
    for d in docs:
        spans = sorted((e["start"], e["end"]) for e in d["entities"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), d["id"]
        for p in d["eponyms"]:
            assert not any(s < p["end"] and p["start"] < e for s, e in spans), d["id"]


def test_languages_types_and_eponyms(docs):
    langs = [d["lang"] for d in docs]
    assert 0.5 < langs.count("ru") / len(langs) < 0.8
    for lang in ("ru", "en"):
        sub = [d for d in docs if d["lang"] == lang]
        assert {e["type"] for d in sub for e in d["entities"]} == TYPES
        assert sum(len(d["eponyms"]) for d in sub) > 30
    assert len({d["doc_type"] for d in docs}) >= 25


def test_checksummed_ids(gen):
    import random

    rng = random.Random(5)
    for _ in range(200):
        assert gen.snils_valid(gen.snils(rng))
        assert gen.inn_valid(gen.inn(rng, 10)) and gen.inn_valid(gen.inn(rng, 12))
    assert gen.inn_valid("7707083893")  # ИНН ПАО «Сбербанк»
    assert gen.snils_valid("112-233-445 95")


def test_russian_declension(gen):
    assert gen.decl_surname("Смирнова", False, "gen") == "Смирновой"
    assert gen.decl_surname("Ахмедов", True, "dat") == "Ахмедову"
    assert gen.decl_surname("Ким", False, "ins") == "Ким"
    assert gen.decl_surname("Римский-Корсаков", True, "gen") == "Римского-Корсакова"
    assert gen.decl_first("Гюльнара", False, "dat") == "Гюльнаре"
    assert gen.decl_patr("Исмаил кызы", False, "dat") == "Исмаил кызы"


def test_cli_writes_jsonl(tmp_path):
    out = tmp_path / "s.jsonl"
    subprocess.run(
        [sys.executable, str(GEN_PATH), "--n", "15", "--seed", "3", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 15 and all(json.loads(x)["text"] for x in lines)
