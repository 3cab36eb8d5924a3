"""Ranking metrics for diagnosis: top-k accuracy and mean reciprocal rank, with bootstrap intervals.

Ties are scored fairly: a gold disease tied with n others counts as a hit@k with the probability that a
random tie-break puts it within the top k, and its reciprocal rank is averaged over the tie positions. The
similarity baseline ties often (diseases reaching the same terms); counting ties as wins would flatter it.
"""

from __future__ import annotations

import numpy as np

from medmoe.validate.bootstrap import Estimate, bootstrap_mean

KS = (1, 3, 10)


def gold_rank_stats(scores: np.ndarray, gold: int) -> tuple[int, int]:
    """(number of diseases scoring strictly higher than gold, number tied with gold incl. itself)."""
    g = scores[gold]
    return int((scores > g).sum()), int((scores == g).sum())


def per_case(greater: int, ties: int, ks: tuple[int, ...] = KS) -> dict[str, float]:
    """hit@k (expected under random tie-break) and reciprocal rank for one case."""
    out: dict[str, float] = {}
    for k in ks:
        slots = min(max(k - greater, 0), ties)
        out[f"top{k}"] = slots / ties
    ranks = greater + np.arange(1, ties + 1)
    out["rr"] = float(np.mean(1.0 / ranks))
    out["rank"] = greater + (ties + 1) / 2
    return out


def summarise(cases: list[dict[str, float]], n_boot: int = 1000, seed: int = 0) -> dict[str, Estimate]:
    """Mean of top-k and MRR over cases, each with a 95% bootstrap interval."""
    out: dict[str, Estimate] = {}
    for key in [f"top{k}" for k in KS] + ["rr"]:
        name = "mrr" if key == "rr" else key
        out[name] = bootstrap_mean([c[key] for c in cases], n_boot=n_boot, seed=seed)
    return out


def point(cases: list[dict[str, float]]) -> dict[str, float]:
    """Means only (no bootstrap): for validation during training."""
    if not cases:
        return {}
    keys = [f"top{k}" for k in KS] + ["rr"]
    return {("mrr" if k == "rr" else k): float(np.mean([c[k] for c in cases])) for k in keys}
