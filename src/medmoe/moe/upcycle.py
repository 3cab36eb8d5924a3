"""Sparse upcycling (Komatsuzaki et al., 2022): start an MoE model from a trained dense one.

Each dense SwiGLU FFN becomes an MoELayer whose experts are all copies of it, with a fresh router. With
renormalised top-k weights (k >= 2) the mixture of identical experts is exactly the dense FFN, so the upcycled
model computes the same function at initialisation and training continues from the dense model's quality."""

from __future__ import annotations

import copy
import dataclasses

import torch
from torch import nn

from medmoe.errors import ConfigError
from medmoe.moe.config import MoEConfig, TransformerConfig
from medmoe.moe.layer import MoELayer, SwiGLU


def moe_from_swiglu(ffn: SwiGLU, moe_cfg: MoEConfig) -> MoELayer:
    d_model, d_hidden = ffn.w1.in_features, ffn.w1.out_features
    if moe_cfg.d_model != d_model or moe_cfg.d_expert != d_hidden:
        raise ConfigError(f"MoEConfig.d_expert: upcycling needs d_model={d_model} and d_expert={d_hidden} "
                          f"(the dense FFN's sizes), got d_model={moe_cfg.d_model}, d_expert={moe_cfg.d_expert}")
    if moe_cfg.n_shared:
        raise ConfigError("MoEConfig.n_shared: upcycling copies the dense FFN into routed experts only; "
                          "set n_shared=0")
    layer = MoELayer(moe_cfg).to(device=ffn.w1.weight.device, dtype=ffn.w1.weight.dtype)
    with torch.no_grad():
        # nn.Linear stores [out, in]; experts store [in, out] so that x @ w works on sorted slices.
        w_in = torch.cat([ffn.w1.weight.t(), ffn.w3.weight.t()], dim=1)
        layer.w_in_EDH.copy_(w_in.unsqueeze(0).expand_as(layer.w_in_EDH))
        layer.w_out_EFD.copy_(ffn.w2.weight.t().unsqueeze(0).expand_as(layer.w_out_EFD))
    return layer


def upcycle(dense: nn.Module, moe_cfg: MoEConfig) -> nn.Module:
    """A copy of `dense` with every SwiGLU FFN replaced by an upcycled MoELayer. `dense` is left untouched.

    Accepts a bare SwiGLU, or any model (MoEEncoder, MoESeq2Seq, a task model around them) whose FFNs are
    SwiGLU modules. If the model carries a TransformerConfig in `.cfg` it is updated (moe_every=1, moe=moe_cfg)
    so the result can be saved and rebuilt from its config."""
    if isinstance(dense, SwiGLU):
        return moe_from_swiglu(dense, moe_cfg)
    model = copy.deepcopy(dense)
    n = 0
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if isinstance(child, SwiGLU) and not isinstance(parent, MoELayer):
                setattr(parent, name, moe_from_swiglu(child, moe_cfg))
                n += 1
    if n == 0:
        raise ConfigError("upcycle: the model has no dense SwiGLU FFN to upcycle")
    _update_cfgs(model, moe_cfg)
    return model


def _update_cfgs(model: nn.Module, moe_cfg: MoEConfig) -> None:
    seen: dict[int, TransformerConfig] = {}
    for m in model.modules():
        cfg = getattr(m, "cfg", None)
        if isinstance(cfg, TransformerConfig):
            if id(cfg) not in seen:
                seen[id(cfg)] = dataclasses.replace(cfg, moe_every=1, moe=moe_cfg)
            m.cfg = seen[id(cfg)]

