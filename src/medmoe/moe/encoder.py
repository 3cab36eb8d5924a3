"""MoEEncoder: token (+ optional type) embeddings -> pre-norm transformer blocks -> final RMSNorm.

Task heads (classification, ranking, tagging) sit on top: per-token hidden states for tagging, `pool` for
one vector per sequence."""

from __future__ import annotations

import torch
from torch import Tensor, nn

from medmoe.moe.blocks import Block, RMSNorm, Rotary, init_weights, key_mask
from medmoe.moe.config import TransformerConfig


class MoEEncoder(nn.Module):
    def __init__(self, cfg: TransformerConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.tok_emb = nn.Embedding(cfg.vocab_size, cfg.d_model)
        self.type_emb = nn.Embedding(cfg.n_token_types, cfg.d_model) if cfg.n_token_types > 0 else None
        self.drop = nn.Dropout(cfg.dropout)
        self.rotary = Rotary(cfg.d_model // cfg.n_heads, cfg.max_len)
        self.layers = nn.ModuleList(Block(cfg, i) for i in range(cfg.n_layers))
        self.norm = RMSNorm(cfg.d_model)
        init_weights(self)

    def forward(self, ids_BT: Tensor, mask_BT: Tensor | None = None,
                type_ids_BT: Tensor | None = None) -> Tensor:
        """hidden_BTD with the final norm applied. mask_BT: True for real tokens; None means `ids != pad_id`."""
        if mask_BT is None:
            mask_BT = ids_BT != self.cfg.pad_id
        x_BTD = self.tok_emb(ids_BT)
        if self.type_emb is not None and type_ids_BT is not None:
            x_BTD = x_BTD + self.type_emb(type_ids_BT)
        x_BTD = self.drop(x_BTD)
        attn_mask = key_mask(mask_BT)
        for layer in self.layers:
            x_BTD = layer(x_BTD, self.rotary, attn_mask)
        return self.norm(x_BTD)

    @staticmethod
    def pool(hidden_BTD: Tensor, mask_BT: Tensor | None, how: str = "mean") -> Tensor:
        """One vector per sequence: "mean" over real tokens, "first" token, or elementwise "max"."""
        if how == "first":
            return hidden_BTD[:, 0]
        if mask_BT is None:
            mask_BT = torch.ones(hidden_BTD.shape[:2], dtype=torch.bool, device=hidden_BTD.device)
        m_BT1 = mask_BT.bool().unsqueeze(-1)
        if how == "mean":
            s = (hidden_BTD * m_BT1).sum(1)
            return s / m_BT1.sum(1).clamp_min(1).to(hidden_BTD.dtype)
        if how == "max":
            filled = hidden_BTD.masked_fill(~m_BT1, torch.finfo(hidden_BTD.dtype).min)
            out = filled.max(1).values
            return torch.where(m_BT1.any(1), out, torch.zeros_like(out))
        raise ValueError(f"pool: how must be 'mean', 'first' or 'max', got {how!r}")
