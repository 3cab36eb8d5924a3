"""Which experts handle which cases: per-case expert usage read from the MoE layers' routing statistics."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch
from torch import nn


def expert_usage_per_case(model: nn.Module, run_one: Callable[[Any], None], items: Sequence[Any]) -> np.ndarray:
    """Run `run_one(item)` (one forward pass of `model` on one case) and read tokens per expert from every
    MoE layer after it. Returns [n_items, n_experts], rows normalised to sum to 1."""
    from medmoe.moe.stats import moe_layers

    layers = [m for _, m in moe_layers(model)]
    if not layers:
        return np.zeros((len(items), 0))
    n_exp = layers[0].cfg.n_experts
    out = np.zeros((len(items), n_exp))
    with torch.no_grad():
        for i, item in enumerate(items):
            run_one(item)
            for m in layers:
                if m.last_stats is not None and m.cfg.n_experts == n_exp:
                    out[i] += m.last_stats.tokens_per_expert.float().cpu().numpy()
    sums = out.sum(axis=1, keepdims=True)
    return np.divide(out, sums, out=np.zeros_like(out), where=sums > 0)


def group_usage(usage: np.ndarray, groups: Sequence[str], min_cases: int = 3) -> tuple[np.ndarray, list[str]]:
    """Mean expert usage per group (groups with fewer than `min_cases` cases are left out)."""
    labels = sorted({g for g in groups if sum(1 for x in groups if x == g) >= min_cases})
    g = np.asarray(groups)
    mat = np.array([usage[g == lab].mean(axis=0) for lab in labels]) if labels else np.zeros((0, usage.shape[1]))
    return mat, labels
