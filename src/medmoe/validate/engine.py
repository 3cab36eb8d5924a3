"""The validation engine: one function that turns a task adapter, a model and cases into a full report.

What it measures (TRIPOD+AI, GOST R 59921): performance with 95% bootstrap intervals, a paired comparison
with the task's baseline, calibration, top-k curves, subgroup performance, robustness (metric drop under
realistic perturbations; for a negation flip, how often the prediction changes, as it must), and which
experts handle which groups of cases.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from medmoe.validate.adapter import Case, TaskAdapter
from medmoe.validate.bootstrap import bootstrap_mean, paired_bootstrap
from medmoe.validate.calibration import reliability, topk_curve
from medmoe.validate.routing import group_usage


@dataclass
class ValidationResult:
    """Numbers (JSON-able, in `data`) and figures (base64 PNG, in `figures`) of one validation run."""

    data: dict[str, Any]
    figures: dict[str, str] = field(default_factory=dict)


def _finite(v: np.ndarray) -> np.ndarray:
    """Metrics defined on a subset of cases (e.g. emergency recall) are NaN elsewhere: leave those out."""
    v = np.asarray(v, dtype=np.float64)
    return v[np.isfinite(v)]


def _estimates(per_case: dict[str, np.ndarray], seed: int) -> dict[str, dict[str, float]]:
    return {k: bootstrap_mean(_finite(v), seed=seed).as_dict() for k, v in per_case.items()}


def _paired(a: np.ndarray, b: np.ndarray, seed: int) -> dict[str, float]:
    both = np.isfinite(a) & np.isfinite(b)
    return paired_bootstrap(a[both], b[both], seed=seed) if both.any() else {}


def run(adapter: TaskAdapter, model: Any, cases: list[Case], data_desc: str, seed: int = 0,
        robustness_n: int = 100, with_figures: bool = True) -> ValidationResult:
    from medmoe.validate import plots

    t0 = time.perf_counter()
    preds = adapter.predict(model, cases)
    t_pred = time.perf_counter() - t0
    per_case = adapter.score(cases, preds)
    prim = adapter.primary
    out: dict[str, Any] = {
        "task": adapter.task,
        "primary_metric": prim,
        "metric_description": adapter.description,
        "data": data_desc,
        "n_cases": len(cases),
        "metrics": _estimates(per_case, seed),
        "summary": adapter.summary(cases, preds),
        "seconds_per_case": t_pred / max(1, len(cases)),
    }
    figs: dict[str, str] = {}

    # Baseline, paired on the same cases.
    base = adapter.baseline()
    base_ranks = None
    if base is not None:
        name, fn = base
        bpreds = fn(cases)
        bscore = adapter.score(cases, bpreds)
        out["baseline"] = {
            "name": name,
            "metrics": _estimates(bscore, seed),
            "paired": {k: _paired(per_case[k], bscore[k], seed) for k in per_case if k in bscore},
        }
        base_ranks = adapter.gold_ranks(cases, bpreds)

    # Calibration.
    conf = adapter.confidence(cases, preds)
    if conf is not None:
        rel = reliability(*conf)
        out["calibration"] = rel.as_dict()
        if with_figures:
            figs["calibration"] = plots.reliability_diagram(rel.bins, rel.ece)

    # Top-k curves.
    ranks = adapter.gold_ranks(cases, preds)
    if ranks is not None:
        curves = {"model": topk_curve(ranks)}
        if base_ranks is not None:
            curves[out["baseline"]["name"]] = topk_curve(base_ranks)
        out["topk"] = curves
        if with_figures:
            figs["topk"] = plots.topk_plot(curves)

    # Subgroups.
    subgroups: dict[str, list[dict[str, Any]]] = {}
    attrs = sorted({a for c in cases for a in c.attrs})
    for attr in attrs:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(cases):
            groups[c.attrs.get(attr, "unknown")].append(i)
        rows = []
        for g, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            est = bootstrap_mean(_finite(per_case[prim][idx]), seed=seed)
            rows.append({"group": g, "n": len(idx), prim: est.as_dict()})
        subgroups[attr] = rows
        if with_figures and 1 < len(rows) <= 30:
            figs[f"subgroup_{attr}"] = plots.bar_with_ci(
                [f"{r['group']} (n={r['n']})" for r in rows], [r[prim]["value"] for r in rows],
                [r[prim]["low"] for r in rows], [r[prim]["high"] for r in rows], prim)
    out["subgroups"] = subgroups

    # Robustness.
    rng_cases = cases[:robustness_n]
    rob = []
    base_prim = float(np.nanmean(per_case[prim][: len(rng_cases)])) if rng_cases else float("nan")
    for kind in adapter.perturbations:
        rng = random.Random(f"{seed}-{kind}")
        pert = [adapter.perturb(c, kind, rng) for c in rng_cases]
        keep = [i for i, p in enumerate(pert) if p is not None]
        if not keep:
            continue
        pcases = [pert[i] for i in keep]  # type: ignore[misc]
        ppreds = adapter.predict(model, pcases)
        row: dict[str, Any] = {"perturbation": kind, "n": len(keep)}
        if kind == "negation_flip":
            changed = [adapter.prediction_key(ppreds[j]) != adapter.prediction_key(preds[i])
                       for j, i in enumerate(keep)]
            row["prediction_changed"] = bootstrap_mean(np.asarray(changed, float), seed=seed).as_dict()
        else:
            pscore = adapter.score(pcases, ppreds)[prim]
            orig = per_case[prim][keep]
            row[prim] = float(np.nanmean(pscore))
            row["original"] = float(np.nanmean(orig))
            row["drop"] = _paired(orig, pscore, seed)
        rob.append(row)
    out["robustness"] = {"reference": float(base_prim), "rows": rob}

    # Routing: which experts handle which groups.
    usage = adapter.expert_usage(model, cases)
    if usage is not None and usage.size:
        routing: dict[str, Any] = {}
        for attr in attrs:
            mat, labels = group_usage(usage, [c.attrs.get(attr, "unknown") for c in cases])
            if len(labels) < 2:
                continue
            routing[attr] = {"groups": labels, "matrix": mat.round(4).tolist()}
            if with_figures:
                figs[f"routing_{attr}"] = plots.heatmap(mat, labels, [str(e) for e in range(mat.shape[1])],
                                                        f"expert share by {attr}")
        out["routing"] = routing

    out["examples"] = adapter.explain(model, cases[:3], preds[:3])
    out["model_metadata"] = adapter.metadata(model)
    out["seconds_total"] = time.perf_counter() - t0
    return ValidationResult(out, figs)
