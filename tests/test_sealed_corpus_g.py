"""Generator-only checks for the sealed corpus G (never imports the detectors)."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

GEN_PATH = Path(__file__).parent / "deid_sealed_g" / "generator.py"
TYPES = {"NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG"}


def _load():
    spec = importlib.util.spec_from_file_location("sealed_corpus_g_generator", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


gen = _load()


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return gen.generate(400, 0)


def test_deterministic_and_per_record_seeded():
    a = gen.generate(25, 0)
    assert a == gen.generate(25, 0)
    assert gen.generate(10, 0)[7] == a[7]
    assert gen.generate(5, 1) != gen.generate(5, 0)


def test_format_offsets_and_overlaps(corpus):
    ids = set()
    for rec in corpus:
        assert set(rec) == {"id", "lang", "doc_type", "text", "entities", "eponyms"}
        assert isinstance(rec["id"], str) and rec["id"] not in ids
        ids.add(rec["id"])
        assert rec["lang"] in ("ru", "en")
        assert isinstance(rec["doc_type"], str) and rec["doc_type"]
        text = rec["text"]
        prev_end = -1
        for e in rec["entities"]:
            assert set(e) == {"start", "end", "type", "text"}
            assert e["type"] in TYPES
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert text[e["start"] : e["end"]] == e["text"]
            assert e["text"] == e["text"].strip() and e["text"]
            assert e["start"] >= prev_end, rec["id"]
            prev_end = e["end"]
        for p in rec["eponyms"]:
            assert set(p) == {"start", "end", "text"}
            assert text[p["start"] : p["end"]] == p["text"] and p["text"] == p["text"].strip()
            for e in rec["entities"]:
                assert p["end"] < e["start"] or e["end"] < p["start"], (rec["id"], p, e)


def test_counts(corpus):
    langs = [r["lang"] for r in corpus]
    assert 0.5 <= langs.count("ru") / len(langs) <= 0.7
    for lang in ("ru", "en"):
        types = {e["type"] for r in corpus if r["lang"] == lang for e in r["entities"]}
        assert types == TYPES, (lang, TYPES - types)
        epos = {p["text"].lower() for r in corpus if r["lang"] == lang for p in r["eponyms"]}
        assert len(epos) > 40, (lang, len(epos))
    assert len({r["doc_type"] for r in corpus}) >= 20


def test_date_conventions(corpus):
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] != "DATE":
                continue
            s = e["text"]
            assert not re.search(r"(г\.?|года)$", s), s
            assert ":" not in s and "№" not in s
            assert re.search(r"\d", s), s
            after = text[e["end"] : e["end"] + 5]
            if after.startswith(" г.р.") and not re.search(r"[.\-/ ]", s):
                assert re.fullmatch(r"\d{4}", s), s
            if re.fullmatch(r"\d{4}", s):
                assert re.match(r" (г\.|года|г\.р\.)|\.", after) or after.startswith(")"), (s, after)


def test_month_year_dates_include_month(corpus):
    months = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре")
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            if e["type"] == "DATE" and re.fullmatch(r"\d{4}", e["text"]):
                before = text[max(0, e["start"] - 10) : e["start"]].strip()
                assert not before.endswith(months), (before, e["text"])


def test_name_and_id_conventions(corpus):
    titles = re.compile(r"^(Dr|Mr|Mrs|Ms|Miss|Prof|м/с|проф|зав|д\.м\.н|к\.м\.н)\b", re.I)
    for rec in corpus:
        text = rec["text"]
        for e in rec["entities"]:
            s = e["text"]
            if e["type"] == "NAME":
                assert not titles.search(s), s
                assert not s.endswith(","), s
                assert e["start"] == 0 or not text[e["start"] - 1].isalpha()
                assert e["end"] == len(text) or not text[e["end"]].isalpha()
            if e["type"] == "ID":
                assert "№" not in s and ":" not in s, s
                label = text[max(0, e["start"] - 8) : e["start"]]
                if "СНИЛС" in label:
                    assert gen.snils_valid(s), s
                if "ИНН" in label:
                    assert gen.inn_valid(s) and len(s) == 12, s
                if "NHS" in label:
                    assert gen.nhs_valid(s), s


def test_org_registration_numbers_not_annotated(corpus):
    for rec in corpus:
        for e in rec["entities"]:
            before = rec["text"][max(0, e["start"] - 6) : e["start"]]
            assert "ОГРН" not in before and "NPI" not in before


def test_checksum_helpers():
    assert gen.inn_valid("7707083893")
    assert not gen.inn_valid("7707083894")
    assert gen.snils_valid("112-233-445 95")
    assert not gen.snils_valid("112-233-445 96")
    assert gen.nhs_valid("943 476 5919")
    assert not gen.nhs_valid("943 476 5918")
    r = random.Random(42)
    for _ in range(200):
        assert gen.inn_valid(gen.gen_inn12(r))
        assert gen.inn_valid(gen.gen_inn10(r))
        assert gen.snils_valid(gen.gen_snils(r))
        assert gen.nhs_valid(gen.gen_nhs(r))
        oms = gen.gen_oms(r).replace(" ", "")
        assert len(oms) == 16 and oms.isdigit()


def test_russian_declension_samples():
    assert gen.decl_sur("Иванов", "ov", True, "ins") == "Ивановой"
    assert gen.decl_sur("Вишневск", "sky", False, "dat") == "Вишневскому"
    assert gen.decl_m_first("Дмитрий", "pre") == "Дмитрии"
    assert gen.decl_a("Мария", "acc") == "Марию"
    assert gen.decl_patr("Ильинична", True, "gen") == "Ильиничны"


def test_cli_writes_n_lines(tmp_path):
    out = tmp_path / "g.jsonl"
    subprocess.run([sys.executable, str(GEN_PATH), "--n", "12", "--seed", "3", "--out", str(out)], check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12
    assert [json.loads(x) for x in lines] == gen.generate(12, 3)
