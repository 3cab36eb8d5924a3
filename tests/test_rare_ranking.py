"""Rare-disease ranking on a tiny ontology the test builds: baseline vs a naive reference, metrics, the MoE
ranker's train -> save -> load -> rank round trip, explanations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from medmoe.knowledge.annotations import DiseaseAnnotations, parse_hpoa
from medmoe.knowledge.hpo import Ontology
from medmoe.rare.metrics import gold_rank_stats, per_case
from medmoe.rare.similarity import SimilarityRanker


def _hp(n: int) -> str:
    return f"HP:{n:07d}"


def build_tiny_kb(tmp: Path, n_diseases: int = 12, seed: int = 0) -> DiseaseAnnotations:
    """4 organ branches x 3 children x 2 grandchildren; diseases annotate grandchildren/children."""
    rng = np.random.default_rng(seed)
    stanzas = ["format-version: 1.2\ndata-version: hp/releases/test\n",
               f"[Term]\nid: {_hp(1)}\nname: All\n", f"[Term]\nid: {_hp(118)}\nname: Phenotypic abnormality\nis_a: {_hp(1)}\n"]
    leaves, mids = [], []
    n = 1000
    for b in range(4):
        branch = _hp(n)
        n += 1
        stanzas.append(f"[Term]\nid: {branch}\nname: Branch {b}\nis_a: {_hp(118)}\n")
        for c in range(3):
            mid = _hp(n)
            n += 1
            mids.append(mid)
            stanzas.append(f"[Term]\nid: {mid}\nname: Mid {b}.{c}\nis_a: {branch}\n")
            for g in range(2):
                leaf = _hp(n)
                n += 1
                leaves.append(leaf)
                stanzas.append(f"[Term]\nid: {leaf}\nname: Leaf {b}.{c}.{g}\nis_a: {mid}\n")
    (tmp / "hp.obo").write_text("\n".join(stanzas), encoding="utf-8")
    rows = ["#version: test", "database_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\t"
            "sex\tmodifier\taspect\tbiocuration"]
    freqs = ["HP:0040281", "HP:0040282", "1/2", "3/4", ""]
    for d in range(n_diseases):
        terms = rng.choice(leaves, size=int(rng.integers(4, 7)), replace=False)
        for t in terms:
            rows.append(f"OMIM:{100000 + d}\tDisease {d}\t\t{t}\tPMID:1\tTAS\t\t{rng.choice(freqs)}\t\t\tP\tx")
    (tmp / "phenotype.hpoa").write_text("\n".join(rows) + "\n", encoding="utf-8")
    onto = Ontology.from_obo(tmp / "hp.obo")
    return parse_hpoa(tmp / "phenotype.hpoa", onto)


@pytest.fixture()
def kb(tmp_path: Path) -> DiseaseAnnotations:
    return build_tiny_kb(tmp_path)


def naive_bma(ann: DiseaseAnnotations, present: list[str], disease_id: str) -> float:
    onto = ann.onto
    total = 0.0
    for p in present:
        best = 0.0
        for a in ann.diseases[disease_id].phenotypes:
            common = onto.ancestors(p) & onto.ancestors(a.term)
            best = max(best, max(ann.ic[c] for c in common))
        total += best
    return total / len(present)


def test_similarity_equals_naive_resnik_bma(kb: DiseaseAnnotations) -> None:
    sim = SimilarityRanker(kb)
    rng = np.random.default_rng(1)
    terms = list(kb.onto.terms)
    for _ in range(20):
        present = list(rng.choice(terms, size=int(rng.integers(1, 6)), replace=False))
        got = sim.scores(present)
        want = [naive_bma(kb, present, d) for d in sim.disease_ids]
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)


def test_similarity_ranks_exact_patient_first(kb: DiseaseAnnotations) -> None:
    sim = SimilarityRanker(kb)
    d = kb.diseases["OMIM:100003"]
    ranked = sim.rank(d.terms(), top_k=3)
    assert ranked[0][0] == "OMIM:100003"
    assert sim.scores([]).sum() == 0.0


def test_metrics_count_ties_fairly() -> None:
    scores = np.array([0.5, 0.9, 0.9, 0.9, 0.1])
    g, t = gold_rank_stats(scores, 1)
    assert (g, t) == (0, 3)
    m = per_case(g, t)
    assert m["top1"] == pytest.approx(1 / 3) and m["top3"] == 1.0
    assert m["rr"] == pytest.approx((1 + 1 / 2 + 1 / 3) / 3)
    m2 = per_case(*gold_rank_stats(scores, 0))
    assert m2["top1"] == 0.0 and m2["top3"] == 0.0 and m2["top10"] == 1.0 and m2["rr"] == pytest.approx(0.25)


def test_moe_ranker_trains_saves_loads_and_explains(kb: DiseaseAnnotations, tmp_path: Path) -> None:
    import torch

    from medmoe.checkpoint import load_model
    from medmoe.rare.api import Diagnoser, Patient
    from medmoe.rare.data import Vocab
    from medmoe.rare.train import RareTrainConfig, train_ranker

    torch.manual_seed(0)
    cfg = RareTrainConfig(steps=80, batch_size=32, eval_every=40, n_val=60, warmup_steps=5, lr=5e-3,
                          patience=None, hard_negative_k=3,
                          model={"d_model": 32, "n_heads": 2, "d_ff": 64, "d_expert": 32, "n_experts": 4,
                                 "n_layers": 1, "dropout": 0.0, "max_len": 32})
    out = tmp_path / "model"
    summary = train_ranker(cfg, out, command="test", ann=kb)
    # Learned something: on the harsher validation protocol the MoE beats chance (1/12) by far.
    assert summary["validation"]["moe"]["top3"] > 0.4
    loaded = load_model(out, kind="rare-ranker")
    assert loaded.metadata["command"] == "test"
    vocab = Vocab.from_json(loaded.extra_json["vocab"])
    dx = Diagnoser(kb, loaded.model, vocab, loaded.extra_json["labels"], loaded.config.hybrid_weight)
    hits = 0
    for d_id, d in kb.diseases.items():
        ranked = dx.rank(Patient(d_id, d.terms()), top_k=3)
        assert abs(sum(r.score for r in ranked)) <= 1.0 + 1e-6
        hits += any(r.disease_id == d_id for r in ranked)
    assert hits >= 0.8 * len(kb.diseases)
    target = next(iter(kb.diseases.values()))
    other = next(t for t in kb.onto.terms if kb.onto.is_phenotype(t) and t not in target.terms())
    ranked = dx.rank(Patient("x", target.terms()[:3], excluded=[other]), top_k=2, explain=True)
    ev = ranked[0].evidence
    assert [e["hpo_id"] for e in ev] == target.terms()[:3] + [other]
    assert ev[3]["excluded"] is True and all(isinstance(e["contribution"], float) for e in ev)
    assert ranked[0].experts and all(0 <= e < 4 for e in ranked[0].experts)
    with pytest.raises(Exception, match="no usable present"):
        dx.rank(Patient("empty", [], excluded=[other]))


def test_hybrid_weight_zero_is_pure_moe() -> None:
    from medmoe.rare.train import hybrid_scores

    logits = np.array([[2.0, 1.0, 0.0]])
    z = np.array([[-1.0, 0.0, 5.0]])
    assert np.argmax(hybrid_scores(logits, z, 0.0)) == 0
    assert np.argmax(hybrid_scores(logits, z, 1.0)) == 2


def test_symmetric_similarity_equals_naive(kb: DiseaseAnnotations) -> None:
    sim = SimilarityRanker(kb)
    onto = kb.onto
    present = ["HP:0001003", "HP:0001010", "HP:0001021"]
    got = sim.scores_symmetric(present)
    for j, d_id in enumerate(sim.disease_ids):
        d2p = np.mean([max(max(kb.ic[c] for c in onto.ancestors(a) & onto.ancestors(p)) for p in present)
                       for a in kb.diseases[d_id].terms()])
        assert got[j] == pytest.approx((naive_bma(kb, present, d_id) + d2p) / 2, abs=1e-5)
