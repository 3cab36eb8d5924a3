"""Scoring recognised phenotypes against gold narratives (concept level, with bootstrap intervals).

Why concept level per note (not span level): what a diagnosis needs is the set of the patient's terms
and their polarity, and a finding named twice in a note (complaints and conclusion) is one fact. Scores:

* exact: a predicted id is right when the note's gold has that id (present or excluded);
* ancestor-tolerant: also right when it is an ancestor or descendant of a gold id, as long as it is more
  specific than the organ-system branches (otherwise "Abnormality of the nervous system" would match
  everything neurological);
* negation accuracy: of the gold concepts found with the exact id, the share whose `excluded` flag is
  right.

Micro P/R/F1 over all notes; 95% intervals from the shared case-resampling bootstrap.

Gold file: JSONL, one note per line: `{"id", "text", "lang"?, "phenotypes" | "spans": [{"id", "excluded",
"start", "end"}], "disease_id"? | "phenopacket"?}` (`medmoe synth narratives` and `medmoe synth rare
--narrative` write it; the disease comes from `disease_id` or the phenopacket's interpretation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from medmoe.validate.bootstrap import Estimate, bootstrap_statistic
from medmoe.validate.metrics import micro_prf

GOLD_KEYS = ("phenotypes", "gold", "spans")


def gold_disease(rec: dict) -> str | None:
    """The case's disease: `disease_id`, else the phenopacket's first interpretation (`phenopacket`/`packet`)."""
    if isinstance(rec.get("disease_id"), str) and rec["disease_id"]:
        return rec["disease_id"]
    pp = rec.get("phenopacket") or rec.get("packet")
    if isinstance(pp, dict):
        for it in pp.get("interpretations") or []:
            d = ((it or {}).get("diagnosis") or {}).get("disease") or {}
            if isinstance(d.get("id"), str):
                return d["id"]
    return None


def gold_concepts(rec: dict) -> dict[str, bool]:
    """id -> excluded of a gold record (a finding affirmed anywhere in the note is present)."""
    spans = next((rec[k] for k in GOLD_KEYS if isinstance(rec.get(k), list)), [])
    out: dict[str, bool] = {}
    for s in spans:
        if isinstance(s, dict) and isinstance(s.get("id"), str):
            out[s["id"]] = out.get(s["id"], True) and bool(s.get("excluded", False))
    return out


@dataclass
class NoteCounts:
    n_pred: int
    n_gold: int
    tp_exact: int
    tp_pred_tol: int   # predictions that match some gold id tolerantly
    tp_gold_tol: int   # gold ids matched by some prediction tolerantly
    neg_total: int     # gold concepts found exactly
    neg_right: int     # ... with the right polarity
    tp_polar: int      # exact id and polarity


def count_note(gold: dict[str, bool], pred: dict[str, bool], onto: object) -> NoteCounts:
    from medmoe.knowledge.hpo import PHENOTYPIC_ABNORMALITY, ROOT

    too_general = {ROOT, PHENOTYPIC_ABNORMALITY, *onto.top_level_branches()}  # type: ignore[attr-defined]

    def lineage(h: str) -> frozenset[str]:
        try:
            return onto.ancestors(h)  # type: ignore[attr-defined]
        except KeyError:
            return frozenset({h})

    def related(p: str, g: str) -> bool:
        if p == g:
            return True
        if p in too_general or g in too_general:
            return False
        return p in lineage(g) or g in lineage(p)

    exact = set(gold) & set(pred)
    tp_pred_tol = sum(any(related(p, g) for g in gold) for p in pred)
    tp_gold_tol = sum(any(related(p, g) for p in pred) for g in gold)
    neg_right = sum(gold[h] == pred[h] for h in exact)
    return NoteCounts(len(pred), len(gold), len(exact), tp_pred_tol, tp_gold_tol, len(exact), neg_right,
                      neg_right)


def _prf(c: np.ndarray, tp_p: int, tp_g: int) -> tuple[float, float, float]:
    return micro_prf(c[:, tp_p].sum(), c[:, 0].sum(), c[:, tp_g].sum(), c[:, 1].sum())


def summarize(counts: Sequence[NoteCounts], n_boot: int = 1000, seed: int = 0) -> dict[str, Estimate]:
    """Micro metrics with bootstrap intervals over notes."""
    c = np.array([[x.n_pred, x.n_gold, x.tp_exact, x.tp_pred_tol, x.tp_gold_tol, x.neg_total, x.neg_right,
                   x.tp_polar] for x in counts], dtype=np.float64).reshape(-1, 8)
    n = len(c)

    def metric(tp_p: int, tp_g: int, which: int):
        return lambda idx: _prf(c[idx], tp_p, tp_g)[which]

    def neg(idx: np.ndarray) -> float:
        tot = c[idx, 5].sum()
        return float(c[idx, 6].sum() / tot) if tot else float("nan")

    out = {
        "precision": bootstrap_statistic(n, metric(2, 2, 0), n_boot=n_boot, seed=seed),
        "recall": bootstrap_statistic(n, metric(2, 2, 1), n_boot=n_boot, seed=seed),
        "f1": bootstrap_statistic(n, metric(2, 2, 2), n_boot=n_boot, seed=seed),
        "precision_tolerant": bootstrap_statistic(n, metric(3, 4, 0), n_boot=n_boot, seed=seed),
        "recall_tolerant": bootstrap_statistic(n, metric(3, 4, 1), n_boot=n_boot, seed=seed),
        "f1_tolerant": bootstrap_statistic(n, metric(3, 4, 2), n_boot=n_boot, seed=seed),
        "f1_with_polarity": bootstrap_statistic(n, metric(7, 7, 2), n_boot=n_boot, seed=seed),
        "negation_accuracy": bootstrap_statistic(n, neg, n_boot=n_boot, seed=seed),
    }
    return out


def hit_at_k(ranking_ids: Sequence[str], gold_id: str, k: int = 10) -> float:
    return float(gold_id in list(ranking_ids)[:k])


def diagnosis_gap(dx: object, patient_cls: type, cases: Sequence[tuple]) -> dict:
    """Top-10 accuracy of a `Diagnoser` from recognised terms vs the note's gold terms, same cases.

    `cases`: (disease_id, gold concepts, predicted concepts, case id). A case with no present term counts
    as a miss (nothing to rank). Returns Estimates and the paired bootstrap of the gap (gold - text).
    """
    from medmoe.validate.bootstrap import bootstrap_mean, paired_bootstrap

    hits: dict[str, list[float]] = {"top10_text": [], "top10_gold": []}
    for disease, g, p, cid in cases:
        for name, terms in (("top10_text", p), ("top10_gold", g)):
            present = [h for h, ex in terms.items() if not ex]
            excluded = [h for h, ex in terms.items() if ex]
            if not present:
                hits[name].append(0.0)
                continue
            ranking = dx.rank(patient_cls(id=str(cid), present=present, excluded=excluded), top_k=10)  # type: ignore[attr-defined]
            hits[name].append(hit_at_k([r.disease_id for r in ranking], disease, 10))
    out: dict = {k: bootstrap_mean(v) for k, v in hits.items()}
    out["gap"] = paired_bootstrap(hits["top10_gold"], hits["top10_text"])
    return out
