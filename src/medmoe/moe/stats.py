"""Model-level views of routing: the summed balancing loss and a per-layer summary for logs/explanations."""

from __future__ import annotations

from typing import Any

import torch
from torch import Tensor, nn

from medmoe.moe.layer import MoELayer


def moe_layers(model: nn.Module) -> list[tuple[str, MoELayer]]:
    return [(name, m) for name, m in model.named_modules() if isinstance(m, MoELayer)]


def moe_aux_loss(model: nn.Module) -> Tensor:
    """Sum of every MoELayer's aux loss from the last forward (a 0-dim zero when there is none)."""
    losses = [m.aux_loss for _, m in moe_layers(model) if m.aux_loss is not None]
    if not losses:
        p = next(model.parameters(), None)
        return torch.zeros((), device=p.device if p is not None else "cpu")
    return torch.stack([loss.float() for loss in losses]).sum()


def routing_summary(model: nn.Module) -> dict[str, dict[str, Any]]:
    """{layer name: {tokens_per_expert, entropy, dropped, balance, n_tokens}} for the last forward.

    balance is max load / mean load (1.0: perfect). Layers that have not run yet are left out."""
    out: dict[str, dict[str, Any]] = {}
    for name, m in moe_layers(model):
        s = m.last_stats
        if s is None:
            continue
        out[name] = {
            "tokens_per_expert": s.tokens_per_expert.tolist(),
            "entropy": s.entropy,
            "dropped": s.dropped,
            "balance": s.balance,
            "n_tokens": s.n_tokens,
        }
    return out


def mean_balance(model: nn.Module) -> float | None:
    """Mean of the per-layer balance (max/mean load) from the last forward; None without MoE layers."""
    vals = [v["balance"] for v in routing_summary(model).values()]
    return sum(vals) / len(vals) if vals else None
