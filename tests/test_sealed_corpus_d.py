"""Fast checks of sealed de-identification corpus D (the generator only; never calls the detectors)."""

from __future__ import annotations

import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed_d" / "generator.py"
TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("deid_sealed_d_generator", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs(gen):
    return gen.generate(300, 0)


def test_deterministic(gen, docs):
    assert gen.generate(300, 0) == docs
    assert gen.generate(20, 1) != docs[:20]


def test_format_and_offsets(docs):
    for d in docs:
        assert set(d) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert d["lang"] in ("ru", "en")
        for e in d["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert d["text"][e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for p in d["eponyms"]:
            assert set(p) == {"start", "end", "text"}
            assert d["text"][p["start"] : p["end"]] == p["text"]
    assert len({d["id"] for d in docs}) == len(docs)


def test_no_overlaps(docs):
    for d in docs:
        spans = sorted((e["start"], e["end"]) for e in d["entities"])
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), d["id"]
        for p in d["eponyms"]:
            assert not any(s < p["end"] and p["start"] < e for s, e in spans), d["id"]


def test_languages_types_eponyms(docs):
    langs = [d["lang"] for d in docs]
    assert 0.55 < langs.count("ru") / len(langs) < 0.75
    for lang in ("ru", "en"):
        sub = [d for d in docs if d["lang"] == lang]
        assert {e["type"] for d in sub for e in d["entities"]} == TYPES
        assert sum(len(d["eponyms"]) for d in sub) > 50
    assert len({d["doc_type"] for d in docs}) >= 25


def test_date_and_name_conventions(docs):
    for d in docs:
        for e in d["entities"]:
            if e["type"] == "DATE":
                assert not e["text"].endswith(("г.", "г", "года")), e
            if e["type"] == "NAME":
                assert not e["text"].lower().startswith(("dr ", "dr.", "м/с", "проф.")), e


def test_checksums_and_morphology(gen):
    rng = random.Random(7)
    for _ in range(300):
        assert gen.snils_valid(gen.snils(rng))
        assert gen.inn_valid(gen.inn(rng, 10)) and gen.inn_valid(gen.inn(rng, 12))
    assert gen.inn_valid("7707083893")
    assert gen.snils_valid("112-233-445 95")
    assert gen.decl_surname("Ковалёва", False, "ins") == "Ковалёвой"
    assert gen.decl_surname("Петров-Водкин", True, "gen") == "Петрова-Водкина"
    assert gen.decl_surname("Заболоцкий", True, "dat") == "Заболоцкому"
    assert gen.decl_surname("Зайчик", False, "gen") == "Зайчик"
    assert gen.decl_first("Ольга", False, "gen") == "Ольги"
    assert gen.decl_first("Сергей", True, "ins") == "Сергеем"
    assert gen.decl_patr("Рафаэлевна", False, "dat") == "Рафаэлевне"


def test_cli(tmp_path):
    out = tmp_path / "d.jsonl"
    subprocess.run(
        [sys.executable, str(GEN_PATH), "--n", "12", "--seed", "4", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 and all(json.loads(x)["text"] for x in lines)
