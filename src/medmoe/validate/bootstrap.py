"""Bootstrap confidence intervals: the one helper every evaluation in medmoe uses.

Why percentile bootstrap over cases: our metrics (hit@k, MRR, F1 over entities) are means or ratios of
per-case quantities, the cases are the unit of sampling, and the percentile interval needs no normality.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

import numpy as np


@dataclass(frozen=True)
class Estimate:
    """A metric with its 95% (by default) bootstrap interval."""

    value: float
    low: float
    high: float
    n: int

    def as_dict(self) -> dict[str, float]:
        return asdict(self)

    def fmt(self, scale: float = 1.0, digits: int = 1) -> str:
        return f"{self.value * scale:.{digits}f} [{self.low * scale:.{digits}f}, {self.high * scale:.{digits}f}]"


def _resampled_means(v: np.ndarray, n_boot: int, seed: int) -> np.ndarray:
    """Means of `n_boot` case resamples (with replacement) of `v`: the bootstrap distribution of the mean."""
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, v.size, size=(n_boot, v.size))
    return v[idx].mean(axis=1)


def bootstrap_mean(values: Sequence[float] | np.ndarray, n_boot: int = 1000, alpha: float = 0.05,
                   seed: int = 0) -> Estimate:
    """Mean of per-case values with a percentile bootstrap interval."""
    v = np.asarray(values, dtype=np.float64)
    if v.size == 0:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    means = _resampled_means(v, n_boot, seed)
    lo, hi = np.quantile(means, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(v.mean()), float(lo), float(hi), int(v.size))


def bootstrap_statistic(n_cases: int, statistic: Callable[[np.ndarray], float], n_boot: int = 1000,
                        alpha: float = 0.05, seed: int = 0) -> Estimate:
    """Any statistic of a set of cases (e.g. micro F1 over entities): `statistic(indices) -> float`."""
    if n_cases == 0:
        return Estimate(float("nan"), float("nan"), float("nan"), 0)
    rng = np.random.default_rng(seed)
    point = statistic(np.arange(n_cases))
    stats = np.array([statistic(rng.integers(0, n_cases, size=n_cases)) for _ in range(n_boot)])
    if np.isnan(stats).all():  # undefined on every resample (e.g. a rate with no denominator): no interval
        return Estimate(float(point), float("nan"), float("nan"), n_cases)
    lo, hi = np.nanquantile(stats, [alpha / 2, 1 - alpha / 2])
    return Estimate(float(point), float(lo), float(hi), n_cases)


def paired_bootstrap(a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray, n_boot: int = 1000,
                     alpha: float = 0.05, seed: int = 0) -> dict[str, float]:
    """Compare two systems on the same cases: mean difference a-b, its interval, and a one-sided p-value
    (share of resamples where a does not beat b)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"paired_bootstrap needs equal-length inputs, got {a.shape} and {b.shape}")
    d = a - b
    diffs = _resampled_means(d, n_boot, seed)
    lo, hi = np.quantile(diffs, [alpha / 2, 1 - alpha / 2])
    return {"diff": float(d.mean()), "low": float(lo), "high": float(hi), "p_not_better": float((diffs <= 0).mean())}
