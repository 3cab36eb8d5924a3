"""Micro precision / recall / F1 from match counts: the one formula the task evaluations share.

Why counts and not (tp, fp, fn): under partial-overlap or ancestor-tolerant matching a prediction can match
several gold items and the other way round, so "correct predictions" and "found gold items" are counted
separately. The evaluations call this on bootstrap resamples (see `medmoe.validate.bootstrap`).
"""

from __future__ import annotations


def micro_prf(tp_pred: float, n_pred: float, tp_gold: float, n_gold: float,
              empty: float = 0.0) -> tuple[float, float, float]:
    """(precision, recall, F1): correct predictions / predictions, found gold / gold, harmonic mean.

    An empty denominator gives `empty` (0.0, or nan so that a resample without gold or predictions is left
    out of the bootstrap quantiles); F1 is 0.0 unless precision + recall is positive.
    """
    p = float(tp_pred / n_pred) if n_pred else empty
    r = float(tp_gold / n_gold) if n_gold else empty
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f


def f1_counts(tp: float, fp: float, fn: float, empty: float = 1.0) -> float:
    """F1 = 2 tp / (2 tp + fp + fn) when every match is one-to-one (each finding found or not, once).

    `empty` when there was nothing to find and nothing was found (1.0: agreeing on "no findings" is right).
    """
    d = 2 * tp + fp + fn
    return float(2 * tp / d) if d > 0 else empty
