"""Generator-only checks for sealed corpus E (never calls a detector)."""

from __future__ import annotations

import ast
import collections
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed_e" / "generator.py"
_spec = importlib.util.spec_from_file_location("sealed_e_generator", GEN_PATH)
gen = importlib.util.module_from_spec(_spec)
sys.modules["sealed_e_generator"] = gen
_spec.loader.exec_module(gen)

TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic_per_seed():
    a = gen.generate(40, 0)
    assert a == gen.generate(40, 0)
    assert a != gen.generate(40, 1)
    # each record depends only on (seed, index): a prefix is stable
    assert gen.generate(12, 0) == a[:12]


def test_record_format_and_offsets(corpus):
    ids = set()
    for r in corpus:
        assert set(r) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert r["lang"] in ("ru", "en")
        assert isinstance(r["doc_type"], str) and r["doc_type"]
        assert r["id"] not in ids
        ids.add(r["id"])
        text = r["text"]
        for e in r["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"] and e["text"] == e["text"].strip()
        for ep in r["eponyms"]:
            assert set(ep) == {"start", "end", "text"}
            assert text[ep["start"] : ep["end"]] == ep["text"]
            assert ep["text"] and ep["text"] == ep["text"].strip()


def test_no_overlaps_and_eponyms_apart(corpus):
    for r in corpus:
        ents = sorted(r["entities"], key=lambda e: e["start"])
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (r["id"], a, b)
        for ep in r["eponyms"]:
            for e in ents:
                assert ep["end"] < e["start"] or e["end"] < ep["start"], (r["id"], ep, e)


def test_mix_types_doc_types_and_eponyms(corpus):
    langs = collections.Counter(r["lang"] for r in corpus)
    assert 0.60 <= langs["ru"] / len(corpus) <= 0.65
    assert 0.35 <= langs["en"] / len(corpus) <= 0.40
    assert len({r["doc_type"] for r in corpus}) >= 25
    for lang in ("ru", "en"):
        present = {e["type"] for r in corpus if r["lang"] == lang for e in r["entities"]}
        assert present == TYPES, (lang, TYPES - present)
        n_epo = sum(len(r["eponyms"]) for r in corpus if r["lang"] == lang)
        distinct = {ep["text"].lower() for r in corpus if r["lang"] == lang for ep in r["eponyms"]}
        assert n_epo > 50 and len(distinct) >= 30, (lang, n_epo, len(distinct))


def test_date_convention(corpus):
    for r in corpus:
        for e in r["entities"]:
            if e["type"] != "DATE":
                continue
            t = e["text"]
            assert not re.search(r"(\sг\.?|года|год)$", t), t
            assert not re.search(r"\d{1,2}:\d{2}", t), t
            assert not t.endswith(".") and not t.startswith(("с ", "в ", "on ")), t


TITLE_RE = re.compile(
    r"^(Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Sr\.?|Cst\.|Det\.|Sgt\.|м/с|проф\.|доц\.|Зав\.|зав\.|врач|д\.м\.н\.|к\.м\.н\.)(\s|$)"
)


def test_name_convention(corpus):
    for r in corpus:
        for e in r["entities"]:
            if e["type"] == "NAME":
                assert not TITLE_RE.match(e["text"]), e["text"]
                assert not re.search(r",\s*(MD|RN|DO|PharmD)$", e["text"]), e["text"]


def test_name_variety(corpus):
    names = [e["text"] for r in corpus if r["lang"] == "ru" for e in r["entities"] if e["type"] == "NAME"]
    assert any("-\n" in n for n in names), "OCR hyphenation across a line break"
    assert any(n.isupper() and " " in n for n in names)
    assert any(n.islower() for n in names)
    assert any(re.fullmatch(r"[А-ЯЁ]\.[А-ЯЁ]\.[А-ЯЁ][а-яё-]+", n) for n in names)
    assert any("^" in n and n.isascii() for n in names)
    en_names = [e["text"] for r in corpus if r["lang"] == "en" for e in r["entities"] if e["type"] == "NAME"]
    assert any(re.fullmatch(r"[A-Z' -]+\^[A-Z' -]+(\^[A-Z])?", n) for n in en_names)
    assert any("," in n for n in en_names)


def test_declension():
    assert [gen.decl_sur("Иванов", "m", c) for c in gen.CASES] == [
        "Иванов",
        "Иванова",
        "Иванову",
        "Иванова",
        "Ивановым",
        "Иванове",
    ]
    assert [gen.decl_sur("Иванова", "f", c) for c in gen.CASES] == [
        "Иванова",
        "Ивановой",
        "Ивановой",
        "Иванову",
        "Ивановой",
        "Ивановой",
    ]
    assert gen.decl_sur("Ковалевская", "f", "acc") == "Ковалевскую"
    assert gen.decl_sur("Цой", "m", "gen") == "Цоя" and gen.decl_sur("Ким", "f", "ins") == "Ким"
    assert (
        gen.decl_sur("Саркисян", "m", "ins") == "Саркисяном"
        and gen.decl_sur("Шевченко", "m", "dat") == "Шевченко"
    )
    assert gen.decl_sur("Римская-Корсакова", "f", "gen") == "Римской-Корсаковой"
    assert (
        gen.decl_first("Дмитрий", "m", "pre") == "Дмитрии" and gen.decl_first("Ольга", "f", "gen") == "Ольги"
    )
    assert gen.decl_first("Мария", "f", "ins") == "Марией" and gen.decl_first("Нино", "f", "dat") == "Нино"
    assert (
        gen.decl_patr("Ильинична", "dat") == "Ильиничне"
        and gen.decl_patr("Сергеевич", "ins") == "Сергеевичем"
    )


def test_checksums_known_examples():
    assert gen.inn_valid("7707083893")
    assert not gen.inn_valid("7707083894")
    assert gen.snils_valid("112-233-445 95")
    assert not gen.snils_valid("112-233-445 96")
    assert gen.nhs_valid("943 476 5919")
    assert not gen.nhs_valid("943 476 5918")
    assert gen.npi_valid("1234567893")
    assert gen.nric_valid("S1234567D")


def test_checksums_random_draws():
    rng = random.Random(12345)
    for _ in range(300):
        assert gen.snils_valid(gen.make_snils(rng))
        assert gen.inn_valid(gen.make_inn12(rng))
        assert gen.inn_valid(gen.make_inn10(rng))
        assert gen.nhs_valid(gen.make_nhs(rng))
        assert gen.npi_valid(gen.make_npi(rng))
        born = gen.rdate(rng, 1950, 2010)
        sa = gen.make_sa_id(rng, born, rng.random() < 0.5)
        assert len(sa) == 13 and gen.luhn_valid(sa)
        assert gen.nric_valid(gen.make_nric(rng, born))


def test_corpus_identifiers_valid(corpus):
    n = 0
    for r in corpus:
        text = r["text"]
        for e in r["entities"]:
            if e["type"] != "ID":
                continue
            label = text[max(0, e["start"] - 12) : e["start"]]
            if re.fullmatch(r"\d{3}-\d{3}-\d{3}[ -]\d{2}", e["text"]) or "СНИЛС" in label:
                assert gen.snils_valid(e["text"]), e
                n += 1
            if "NHS" in label:
                assert gen.nhs_valid(e["text"]), e
            if "NPI" in label:
                assert gen.npi_valid(e["text"]), e
    assert n > 50


def test_generator_is_stdlib_only():
    tree = ast.parse(GEN_PATH.read_text(encoding="utf-8"))
    mods = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            mods.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            mods.add((node.module or "").split(".")[0])
    assert mods <= {"__future__", "argparse", "datetime", "json", "random", "sys"}, mods


def test_cli_writes_n_lines(tmp_path):
    out = tmp_path / "sealed_e.jsonl"
    subprocess.run([sys.executable, str(GEN_PATH), "--n", "9", "--seed", "3", "--out", str(out)], check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 9
    recs = [json.loads(x) for x in lines]
    assert recs == gen.generate(9, 3)
