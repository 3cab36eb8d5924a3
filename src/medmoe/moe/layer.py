"""The sparse Mixture-of-Experts FFN layer: router -> top-k -> sorted dropless dispatch -> SwiGLU experts.

Reading order: `MoELayer.forward` routes every token to k experts, sorts the (token, expert) pairs by expert
so that each expert's tokens form one contiguous slice, runs all experts with two grouped matrix multiplies
(one over [gate|up], one over down), and scatters the weighted results back in a fixed order (deterministic:
no atomics). Nothing loops over tokens in Python.

Load balancing (cfg.balance):
- "aux": Switch-Transformer loss `aux_alpha * E * sum_i f_i * P_i` (f_i: fraction of routed assignments that
  went to expert i, P_i: mean router probability of expert i) plus router z-loss `z_alpha * mean(lse^2)`,
  which keeps router logits small so the softmax stays numerically tame.
- "bias": auxiliary-loss-free balancing (DeepSeek-V3): a per-expert bias is added to the scores *only for
  choosing* experts, and after each training forward it moves by `bias_rate` toward balance (up for
  under-loaded experts, down for over-loaded ones). The mixing weights still come from the unbiased softmax,
  so balancing does not distort the gradient of the task loss.
- "none": nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from medmoe.moe.config import MoEConfig

# ---------------------------------------------------------------------------------------------------------
# Grouped matmul: out[rows of group g] = x[rows of group g] @ w[g], groups are contiguous row slices.


class _GroupedMM(torch.autograd.Function):
    """`torch._grouped_mm` with a hand-written backward: the build's own autograd formula fails on CPU
    (it materialises a transposed copy whose strides the CPU kernel rejects), while the two grouped
    products the backward needs work fine when given the right views."""

    @staticmethod
    def forward(ctx, x_MD: Tensor, w_EDF: Tensor, offs_E: Tensor) -> Tensor:  # type: ignore[override]
        ctx.save_for_backward(x_MD, w_EDF, offs_E)
        return torch._grouped_mm(x_MD, w_EDF, offs=offs_E)

    @staticmethod
    def backward(ctx, dy_MF: Tensor) -> tuple[Tensor | None, Tensor | None, None]:  # type: ignore[override]
        x_MD, w_EDF, offs_E = ctx.saved_tensors
        dy_MF = dy_MF.contiguous()
        dx = torch._grouped_mm(dy_MF, w_EDF.transpose(1, 2), offs=offs_E) if ctx.needs_input_grad[0] else None
        dw = torch._grouped_mm(x_MD.t(), dy_MF, offs=offs_E) if ctx.needs_input_grad[1] else None
        return dx, dw, None


def _grouped_mm_ok(x_MD: Tensor, w_EDF: Tensor) -> bool:
    # The kernels want 16-byte aligned strides; fp32 rows of D or F floats must be multiples of 4.
    if not hasattr(torch, "_grouped_mm") or not _GROUPED_MM_WORKS[0]:
        return False
    if (x_MD.device.type, x_MD.dtype) in _GROUPED_MM_FAILED:
        return False
    elem = x_MD.element_size()
    return (
        x_MD.dtype == w_EDF.dtype
        and x_MD.dtype in (torch.float32, torch.bfloat16)
        and (w_EDF.shape[1] * elem) % 16 == 0
        and (w_EDF.shape[2] * elem) % 16 == 0
        and x_MD.shape[0] > 0
    )


_GROUPED_MM_WORKS = [True]  # global switch (tests flip it to exercise the fallback)
# (device type, dtype) pairs whose kernel raised once (e.g. fp32 on some CUDA builds): fall back for good,
# instead of paying for an exception on every call.
_GROUPED_MM_FAILED: set[tuple[str, torch.dtype]] = set()


def grouped_mm(x_MD: Tensor, w_EDF: Tensor, counts: list[int]) -> Tensor:
    """Rows of x are sorted by group; group g has counts[g] rows and is multiplied by w[g]."""
    if w_EDF.dtype != x_MD.dtype:  # under autocast activations may be bf16 while weights stay fp32
        w_EDF = w_EDF.to(x_MD.dtype)
    if _grouped_mm_ok(x_MD, w_EDF):
        offs_E = torch.tensor(counts, device=x_MD.device).cumsum(0).to(torch.int32)
        try:
            return _GroupedMM.apply(x_MD.contiguous(), w_EDF, offs_E)
        except (RuntimeError, NotImplementedError):
            _GROUPED_MM_FAILED.add((x_MD.device.type, x_MD.dtype))
    # Fallback: one matmul per expert over its contiguous slice (a loop over experts, not tokens).
    outs = []
    start = 0
    for g, n in enumerate(counts):
        if n:
            outs.append(x_MD[start:start + n] @ w_EDF[g])
        start += n
    if not outs:
        return x_MD.new_zeros(0, w_EDF.shape[2])
    return torch.cat(outs, dim=0)


# ---------------------------------------------------------------------------------------------------------


@dataclass
class RoutingStats:
    """What the router did in the last forward pass (detached; for logs and explanations)."""

    tokens_per_expert: Tensor  # [E] long: assignments each expert actually computed (after drops)
    dropped: int  # (token, expert) assignments dropped by the capacity limit (0 when dropless)
    entropy: float  # mean router entropy over tokens, in nats (log E: uniform, 0: certain)
    expert_ids: Tensor  # [N, K] long: chosen experts per token (input order, flattened leading dims)
    expert_weights: Tensor  # [N, K] float: their mixing weights
    n_tokens: int

    @property
    def balance(self) -> float:
        """max load / mean load: 1.0 is perfectly balanced, E means one expert took everything."""
        load = self.tokens_per_expert.float()
        mean = load.mean().item()
        return float(load.max().item() / mean) if mean > 0 else 1.0


class MoELayer(nn.Module):
    """Top-k routed SwiGLU experts (+ optional always-active shared experts). x[..., D] -> [..., D]."""

    def __init__(self, cfg: MoEConfig) -> None:
        super().__init__()
        self.cfg = cfg
        E, D, F_ = cfg.n_experts, cfg.d_model, cfg.d_expert
        self.router = nn.Linear(D, E, bias=False)
        # Gate and up projections fused into one [E, D, 2F] weight: one grouped matmul instead of two.
        self.w_in_EDH = nn.Parameter(torch.empty(E, D, 2 * F_))
        self.w_out_EFD = nn.Parameter(torch.empty(E, F_, D))
        self.shared = SwiGLU(D, cfg.n_shared * F_) if cfg.n_shared > 0 else None
        # Selection-only bias of aux-loss-free balancing; a buffer so it is saved but never trained by SGD.
        self.register_buffer("expert_bias_E", torch.zeros(E), persistent=True)
        self.last_stats: RoutingStats | None = None
        self.aux_loss: Tensor | None = None
        self.reset_parameters()

    def reset_parameters(self) -> None:
        D, F_ = self.cfg.d_model, self.cfg.d_expert
        nn.init.normal_(self.router.weight, std=D**-0.5)
        nn.init.uniform_(self.w_in_EDH, -(D**-0.5), D**-0.5)
        nn.init.uniform_(self.w_out_EFD, -(F_**-0.5), F_**-0.5)

    def route(self, x_ND: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
        """Returns (router logits [N,E] fp32, probs [N,E], chosen experts [N,K], mixing weights [N,K])."""
        cfg = self.cfg
        logits_NE = self.router(x_ND).float()
        probs_NE = logits_NE.softmax(dim=-1)
        select_NE = probs_NE + self.expert_bias_E if cfg.balance == "bias" else probs_NE
        idx_NK = select_NE.topk(cfg.top_k, dim=-1, sorted=True).indices
        w_NK = probs_NE.gather(-1, idx_NK)
        if cfg.top_k > 1:
            # Renormalise over the chosen k (Mixtral). With k=1 we keep the raw probability (Switch): a weight
            # fixed at 1.0 would give the router no gradient from the task loss.
            w_NK = w_NK / w_NK.sum(dim=-1, keepdim=True)
        return logits_NE, probs_NE, idx_NK, w_NK

    def forward(self, x: Tensor) -> Tensor:
        cfg = self.cfg
        E, K = cfg.n_experts, cfg.top_k
        shape = x.shape
        x_ND = x.reshape(-1, shape[-1])
        N = x_ND.shape[0]
        logits_NE, probs_NE, idx_NK, w_NK = self.route(x_ND)

        # Sort the N*K (token, expert) assignments by expert: each expert's rows become one contiguous slice.
        flat_e = idx_NK.reshape(-1)
        order = flat_e.argsort(stable=True)
        counts_E = torch.bincount(flat_e, minlength=E)
        dropped = 0
        if cfg.capacity_factor is not None:
            capacity = max(1, math.ceil(cfg.capacity_factor * N * K / E))
            sorted_e = flat_e[order]
            starts_E = counts_E.cumsum(0) - counts_E
            pos_in_expert = torch.arange(N * K, device=x.device) - starts_E[sorted_e]
            keep = pos_in_expert < capacity  # stable sort: earlier tokens win, as in Switch
            dropped = int((~keep).sum().item())
            order = order[keep]
            counts_E = counts_E.clamp(max=capacity)
        token_of = order // K
        counts = counts_E.tolist()

        x_MD = x_ND[token_of]
        if torch.is_autocast_enabled(x.device.type):
            # grouped_mm is not on autocast's op list: cast by hand so experts run in bf16 on CUDA.
            x_MD = x_MD.to(torch.get_autocast_dtype(x.device.type))
        h_MH = grouped_mm(x_MD, self.w_in_EDH, counts)
        gate, up = h_MH.chunk(2, dim=-1)
        y_MD = grouped_mm(F.silu(gate) * up, self.w_out_EFD, counts)
        y_MD = y_MD * w_NK.reshape(-1)[order].unsqueeze(-1).to(y_MD.dtype)

        # Deterministic un-permute: every assignment has its own row, then sum the k rows of each token.
        y_full = y_MD.new_zeros(N * K, shape[-1])
        y_full[order] = y_MD
        out_ND = y_full.view(N, K, shape[-1]).sum(dim=1)
        if self.shared is not None:
            out_ND = out_ND + self.shared(x_ND)

        self._update_balance(logits_NE, probs_NE, counts_E, idx_NK)
        with torch.no_grad():
            ent = -(probs_NE * probs_NE.clamp_min(1e-12).log()).sum(-1).mean().item() if N else 0.0
        self.last_stats = RoutingStats(
            tokens_per_expert=counts_E.detach(), dropped=dropped, entropy=ent,
            expert_ids=idx_NK.detach(), expert_weights=w_NK.detach(), n_tokens=N,
        )
        return out_ND.reshape(shape)

    def _update_balance(self, logits_NE: Tensor, probs_NE: Tensor, counts_E: Tensor, idx_NK: Tensor) -> None:
        cfg = self.cfg
        N = logits_NE.shape[0]
        if N == 0 or cfg.balance == "none":
            self.aux_loss = logits_NE.new_zeros(())
            return
        if cfg.balance == "aux":
            # f_i from the routing decision before any capacity drop: it is what the router asked for.
            f_E = torch.bincount(idx_NK.reshape(-1), minlength=cfg.n_experts).float() / (N * cfg.top_k)
            P_E = probs_NE.mean(dim=0)
            aux = cfg.aux_alpha * cfg.n_experts * (f_E * P_E).sum()
            z = cfg.z_alpha * torch.logsumexp(logits_NE, dim=-1).square().mean()
            self.aux_loss = aux + z
            return
        # "bias": no loss; nudge the selection bias toward balance, only while training.
        self.aux_loss = logits_NE.new_zeros(())
        if self.training:
            with torch.no_grad():
                load = torch.bincount(idx_NK.reshape(-1), minlength=cfg.n_experts).float()
                self.expert_bias_E += cfg.bias_rate * torch.sign(load.mean() - load)
                # Only differences between biases matter for top-k; centring keeps them from drifting.
                self.expert_bias_E -= self.expert_bias_E.mean()


class SwiGLU(nn.Module):
    """Dense SwiGLU FFN, `w2(silu(w1 x) * w3 x)`. Its weights map 1:1 onto one MoE expert (for upcycling)."""

    def __init__(self, d_model: int, d_hidden: int) -> None:
        super().__init__()
        self.w1 = nn.Linear(d_model, d_hidden, bias=False)  # gate
        self.w3 = nn.Linear(d_model, d_hidden, bias=False)  # up
        self.w2 = nn.Linear(d_hidden, d_model, bias=False)  # down

    def forward(self, x: Tensor) -> Tensor:
        return self.w2(F.silu(self.w1(x)) * self.w3(x))
