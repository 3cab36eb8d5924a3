"""Generator-only checks for the sealed corpus F (never imports medmoe.deid)."""

from __future__ import annotations

import collections
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed_f" / "generator.py"
TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


def _load():
    spec = importlib.util.spec_from_file_location("sealed_f_generator", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def recs():
    return gen.generate(400, 0)


def test_deterministic(recs):
    again = gen.generate(400, 0)
    assert json.dumps(recs, ensure_ascii=False) == json.dumps(again, ensure_ascii=False)
    other = gen.generate(20, 1)
    assert [r["text"] for r in other] != [r["text"] for r in recs[:20]]
    # each record depends only on (seed, i)
    assert gen.generate(5, 0) == recs[:5]


def test_format_and_offsets(recs):
    ids = set()
    for r in recs:
        assert set(r) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert isinstance(r["id"], str) and r["id"] not in ids
        ids.add(r["id"])
        assert r["lang"] in ("ru", "en")
        assert isinstance(r["doc_type"], str) and r["doc_type"]
        text = r["text"]
        for e in r["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for e in r["eponyms"]:
            assert set(e) == {"start", "end", "text"}
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()


def test_no_overlaps_and_eponyms_apart(recs):
    for r in recs:
        ents = sorted(r["entities"], key=lambda e: e["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for ep in r["eponyms"]:
            for en in r["entities"]:
                assert ep["end"] < en["start"] or en["end"] < ep["start"], (r["id"], ep, en)


def test_counts(recs):
    langs = collections.Counter(r["lang"] for r in recs)
    assert 0.5 <= langs["ru"] / len(recs) <= 0.7
    present = {(r["lang"], e["type"]) for r in recs for e in r["entities"]}
    for lang in ("ru", "en"):
        for t in TYPES:
            assert (lang, t) in present, (lang, t)
    doc_types = {r["doc_type"] for r in recs}
    assert len(doc_types) >= 20
    for lang in ("ru", "en"):
        eps = {e["text"].lower() for r in recs if r["lang"] == lang for e in r["eponyms"]}
        assert len(eps) > 40, (lang, len(eps))


def test_date_conventions(recs):
    for r in recs:
        for e in r["entities"]:
            if e["type"] != "DATE":
                continue
            s = e["text"]
            assert any(c.isdigit() for c in s), s
            assert not re.search(r"(г\.?|года|г\.р\.?)$", s), s
            assert not re.search(r"\d:\d\d", s), s
            assert not re.search(r"вчера|назад|числа|yesterday|ago", s, re.I), s
            if re.fullmatch(r"\d{4}", s):
                assert 1900 <= int(s) <= 2030


def test_name_conventions(recs):
    titles = re.compile(r"^(dr\.?|mr|mrs|ms|miss|prof\.?|м/с|проф\.|зав\.|доц\.|врач)\b", re.I)
    n_cases = collections.Counter()
    for r in recs:
        for e in r["entities"]:
            if e["type"] != "NAME":
                continue
            s = e["text"]
            assert not titles.match(s), s
            assert not any(c.isdigit() for c in s), s
            assert not s.endswith(("'s", ",")), s
            if r["lang"] == "ru":
                last = s.split()[-1]
                n_cases[last[-2:]] += 1
    # Russian names appear in oblique cases too (instrumental, dative, genitive)
    assert n_cases["ым"] + n_cases["ой"] + n_cases["ом"] > 5
    assert n_cases["ну"] + n_cases["не"] + n_cases["ны"] + n_cases["чу"] > 3


def test_relative_expressions_not_annotated(recs):
    texts = " ".join(r["text"] for r in recs)
    assert "с 3-го числа" in texts
    assert "yesterday" in texts
    for r in recs:
        for e in r["entities"]:
            assert "3-го" not in e["text"]


def test_checksum_known_examples():
    assert gen.inn_valid("7707083893")
    assert not gen.inn_valid("7707083894")
    assert gen.snils_valid("112-233-445 95")
    assert not gen.snils_valid("112-233-445 96")
    assert gen.nhs_valid("943 476 5919")
    assert not gen.nhs_valid("943 476 5918")


def test_checksum_random_draws():
    rng = random.Random(1234)
    for _ in range(300):
        assert gen.snils_valid(gen.make_snils(rng))
        inn = gen.make_inn12(rng)
        assert len(inn) == 12 and gen.inn_valid(inn)
        assert gen.inn_valid(gen.make_inn10(rng))
        assert gen.nhs_valid(gen.make_nhs(rng))
        enp = gen.make_enp(rng)
        assert len(enp) == 16 and gen.luhn_digit(enp[:-1]) == int(enp[-1])
        ssn = gen.make_ssn(rng)
        assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", ssn) and not ssn.startswith(("000", "666", "9"))


def test_ids_in_corpus_valid(recs):
    for r in recs:
        for e in r["entities"]:
            before = r["text"][max(0, e["start"] - 20) : e["start"]]
            if e["type"] == "ID" and "СНИЛС" in before.upper():
                assert gen.snils_valid(e["text"]), e
            if e["type"] == "ID" and before.rstrip().endswith("ИНН"):
                assert len(e["text"]) == 12 and gen.inn_valid(e["text"]), e
            if e["type"] == "ID" and "NHS" in before:
                assert gen.nhs_valid(e["text"]), e


def test_cli_writes_n_lines(tmp_path):
    out = tmp_path / "f.jsonl"
    subprocess.run(
        [sys.executable, str(GEN_PATH), "--n", "25", "--seed", "3", "--out", str(out)],
        check=True,
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 25
    assert [json.loads(x) for x in lines] == gen.generate(25, 3)
