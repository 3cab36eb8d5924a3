"""Generator-only checks for sealed corpus H (never imports the de-identification code)."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed_h" / "generator.py"
_spec = importlib.util.spec_from_file_location("sealed_h_generator", GEN_PATH)
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)

TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def recs() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic(recs):
    assert gen.generate(400, 0) == recs
    assert gen.generate(5, 1) != recs[:5]
    assert gen.make(0, 17) == recs[17]


def test_format_and_offsets(recs):
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        assert set(r) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert r["lang"] in ("ru", "en")
        text = r["text"]
        for s in r["entities"]:
            assert set(s) == {"start", "end", "type", "text"} and s["type"] in TYPES
        for s in r["entities"] + r["eponyms"]:
            assert text[s["start"] : s["end"]] == s["text"]
            assert s["text"] and s["text"] == s["text"].strip()
        json.dumps(r, ensure_ascii=False)


def test_no_overlaps(recs):
    for r in recs:
        ents = sorted(r["entities"], key=lambda s: s["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"]
        for e in r["eponyms"]:
            for s in ents:
                assert e["end"] < s["start"] or s["end"] < e["start"]


def test_counts(recs):
    langs = Counter(r["lang"] for r in recs)
    assert 0.5 < langs["ru"] / len(recs) < 0.7
    assert len({r["doc_type"] for r in recs}) >= 15
    for lang in ("ru", "en"):
        types = {s["type"] for r in recs if r["lang"] == lang for s in r["entities"]}
        assert types == TYPES, lang
        eps = {e["text"].lower() for r in recs if r["lang"] == lang for e in r["eponyms"]}
        assert len(eps) > 30, lang


def test_date_conventions(recs):
    for r in recs:
        for s in r["entities"]:
            if s["type"] != "DATE":
                continue
            t = s["text"]
            assert not re.search(r"(\sг\.?|года|г\.р\.)$", t), t
            assert not re.search(r"\d:\d\d", t), t
            if r["text"][s["end"] : s["end"] + 5] == " г.р.":
                assert re.fullmatch(r"(19|20)\d\d", t), t


def test_name_conventions(recs):
    titles = ("Dr ", "Mr ", "Ms ", "Mrs ", "м/с", "проф", "зав", "Врач", "Хирург")
    cases = Counter()
    for r in recs:
        for s in r["entities"]:
            if s["type"] == "NAME":
                assert not s["text"].startswith(titles), s["text"]
                assert "," not in s["text"] or r["lang"] == "en"
                if r["lang"] == "ru":
                    for w in s["text"].split():
                        for end in ("ой", "ым", "ому", "ого", "ича", "ичу", "ичем", "ны", "не", "ной"):
                            if w.endswith(end):
                                cases[end] += 1
    assert all(cases[e] > 0 for e in ("ой", "ым", "ому", "ого", "ича", "ичу", "ичем", "ны", "не", "ной")), (
        cases
    )


def test_checksums():
    assert gen.inn_valid("7707083893")
    assert not gen.inn_valid("7707083894")
    assert gen.snils_valid("112-233-445 95")
    assert not gen.snils_valid("112-233-445 96")
    assert gen.nhs_valid("943 476 5919")
    assert not gen.nhs_valid("943 476 5918")
    r = random.Random(3)
    for _ in range(200):
        assert gen.inn_valid(gen.gen_inn12(r))
        assert gen.snils_valid(gen.gen_snils(r))
        assert gen.nhs_valid(gen.gen_nhs(r))
        assert len(gen.gen_oms(r)) == 16


def test_ids_in_corpus_valid(recs):
    n_nhs = n_snils = 0
    for r in recs:
        t = r["text"]
        for s in r["entities"]:
            before = t[max(0, s["start"] - 12) : s["start"]]
            if s["type"] == "ID" and ("NHS" in before):
                assert gen.nhs_valid(s["text"]), s["text"]
                n_nhs += 1
            if s["type"] == "ID" and "СНИЛС" in before:
                assert gen.snils_valid(s["text"]), s["text"]
                n_snils += 1
    assert n_nhs > 20 and n_snils > 20


def test_cli(tmp_path):
    out = tmp_path / "h.jsonl"
    subprocess.run([sys.executable, str(GEN_PATH), "--n", "25", "--seed", "0", "--out", str(out)], check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 25
    assert json.loads(lines[3]) == gen.make(0, 3)
