"""Evaluate rankers on cases with a known diagnosis: the MoE hybrid, the MoE alone and the baseline.

One pass scores every case with all three (same cases, same tie rules), so the comparison is paired; the
difference in top-1 between the hybrid and the baseline gets its own paired bootstrap interval.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from medmoe.rare.metrics import gold_rank_stats, per_case, summarise
from medmoe.validate.bootstrap import paired_bootstrap

RANKERS = ("hybrid", "moe", "baseline", "baseline_symmetric")


def evaluate_cases(dx: Any, cases: list[Any], n_boot: int = 1000, batch: int = 256,
                   warn: Callable[[str], None] | None = None, symmetric: bool = False) -> dict[str, Any]:
    """`cases`: `medmoe.rare.io.Case` objects. Returns metrics per ranker with 95% bootstrap intervals."""
    from tqdm.auto import tqdm

    warn = warn or (lambda s: None)
    col = {d: i for i, d in enumerate(dx.disease_ids)}
    usable, golds = [], []
    n_failed = n_no_gold = 0
    for c in cases:
        p, unknown = dx.clean(c.patient)
        if unknown:
            warn(f"warning: {c.where}: case {p.id}: ignored HPO ids (unknown or not phenotypes) {', '.join(unknown[:10])}")
        gold = [col[g] for g in c.gold if g in col]
        if not p.present:
            warn(f"error: {c.where}: case {p.id}: no usable present phenotypic feature (not ranked)")
            n_failed += 1
            continue
        if not gold:
            warn(f"warning: {c.where}: case {p.id}: gold {c.gold or 'missing'} is not a disease the model ranks "
                 "(left out of the metrics)")
            n_no_gold += 1
            continue
        usable.append(p)
        golds.append(gold)
    per: dict[str, list[dict[str, float]]] = {}
    for i in tqdm(range(0, len(usable), batch), desc="eval rare", file=None, disable=None, leave=False):
        arrays = dx.score_arrays(usable[i:i + batch], symmetric=symmetric)
        for name, scores in arrays.items():
            for row, gold in zip(scores, golds[i:i + batch], strict=True):
                # Several gold ids (e.g. the OMIM and ORPHA entry of one disease): the best-ranked counts.
                stats = min((gold_rank_stats(row, g) for g in gold), key=lambda s: (s[0], s[1]))
                per.setdefault(name, []).append(per_case(*stats))
    report: dict[str, Any] = {"n_cases": len(usable), "n_failed": n_failed, "n_gold_not_ranked": n_no_gold,
                              "model": getattr(dx, "model_name", ""), "hybrid_weight": dx.hybrid_weight,
                              "rankers": {}}
    for name in RANKERS:
        if name in per:
            report["rankers"][name] = {k: v.as_dict() for k, v in summarise(per[name], n_boot=n_boot).items()}
    if "hybrid" in per and "baseline" in per:
        a = np.array([c["top1"] for c in per["hybrid"]])
        b = np.array([c["top1"] for c in per["baseline"]])
        report["top1_hybrid_minus_baseline"] = paired_bootstrap(a, b, n_boot=n_boot)
    return report


def format_report(report: dict[str, Any]) -> str:
    names = [n for n in RANKERS if n in report["rankers"]]
    title = {"hybrid": "MoE hybrid", "moe": "MoE alone", "baseline": "similarity baseline",
             "baseline_symmetric": "symmetric similarity"}
    lines = [f"cases: {report['n_cases']} (failed: {report['n_failed']}, gold not rankable: "
             f"{report['n_gold_not_ranked']})", ""]
    head = f"{'metric':<8}" + "".join(f"{title[n]:>26}" for n in names)
    lines.append(head)
    for m in ("top1", "top3", "top10", "mrr"):
        row = f"{m:<8}"
        for n in names:
            e = report["rankers"][n][m]
            row += f"{e['value'] * 100:>9.1f} [{e['low'] * 100:5.1f}, {e['high'] * 100:5.1f}]"
        lines.append(row)
    d = report.get("top1_hybrid_minus_baseline")
    if d:
        lines.append("")
        lines.append(f"top-1 hybrid - baseline: {d['diff'] * 100:+.1f} points "
                     f"[{d['low'] * 100:+.1f}, {d['high'] * 100:+.1f}] (paired bootstrap, 95%)")
    lines.append("values in %, 95% bootstrap intervals in brackets")
    return "\n".join(lines)
