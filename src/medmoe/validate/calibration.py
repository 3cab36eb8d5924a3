"""Calibration: does a model's stated confidence match how often it is right?

Why equal-width bins: the reliability diagram clinicians read is the classic one (confidence on x, accuracy
on y); ECE is the count-weighted mean gap |accuracy - confidence| over those bins, MCE the worst bin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Reliability:
    ece: float
    mce: float
    n: int
    bins: list[dict[str, float]] = field(default_factory=list)  # lo, hi, confidence, accuracy, count

    def as_dict(self) -> dict[str, object]:
        return {"ece": self.ece, "mce": self.mce, "n": self.n, "bins": self.bins}


def reliability(confidence: np.ndarray, correct: np.ndarray, n_bins: int = 10) -> Reliability:
    conf = np.clip(np.asarray(confidence, dtype=np.float64), 0.0, 1.0)
    ok = np.asarray(correct, dtype=np.float64)
    if conf.shape != ok.shape:
        raise ValueError(f"confidence {conf.shape} and correct {ok.shape} differ in shape")
    if conf.size == 0:
        return Reliability(float("nan"), float("nan"), 0)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, n_bins - 1)
    bins, ece, mce = [], 0.0, 0.0
    for b in range(n_bins):
        m = which == b
        if not m.any():
            continue
        c, a, k = float(conf[m].mean()), float(ok[m].mean()), int(m.sum())
        gap = abs(a - c)
        ece += gap * k / conf.size
        mce = max(mce, gap)
        bins.append({"lo": float(edges[b]), "hi": float(edges[b + 1]), "confidence": c, "accuracy": a,
                     "count": k})
    return Reliability(float(ece), float(mce), int(conf.size), bins)


def topk_curve(gold_ranks: np.ndarray, max_k: int = 20) -> list[float]:
    """Share of cases whose gold answer is within the top k, for k = 1..max_k (ranks are 1-based; 0 or
    a negative rank means the gold answer was not ranked at all)."""
    r = np.asarray(gold_ranks, dtype=np.int64)
    if r.size == 0:
        return []
    found = r > 0
    return [float(((r <= k) & found).mean()) for k in range(1, max_k + 1)]
