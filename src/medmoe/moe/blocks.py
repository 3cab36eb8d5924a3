"""Transformer pieces shared by the encoder and the seq2seq model: RMSNorm, rotary positions, attention
(self and cross, with a KV cache for decoding) and pre-norm blocks whose FFN is dense SwiGLU or an MoELayer."""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from medmoe.moe.config import TransformerConfig
from medmoe.moe.layer import MoELayer, SwiGLU

__all__ = ["RMSNorm", "Rotary", "Attention", "Block", "DecoderBlock", "SwiGLU", "make_ffn"]


class RMSNorm(nn.Module):
    def __init__(self, d: int, eps: float = 1e-6) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x: Tensor) -> Tensor:
        # Normalise in fp32: under bf16 autocast the mean of squares loses too many bits.
        xf = x.float()
        return (xf * torch.rsqrt(xf.square().mean(-1, keepdim=True) + self.eps)).to(x.dtype) * self.weight


class Rotary(nn.Module):
    """Rotary position embedding (GPT-NeoX half-split). Tables are buffers, not saved in checkpoints."""

    def __init__(self, head_dim: int, max_len: int, base: float = 10000.0) -> None:
        super().__init__()
        inv_freq = 1.0 / (base ** (torch.arange(0, head_dim, 2).float() / head_dim))
        t = torch.arange(max_len).float()
        freqs = torch.outer(t, inv_freq)
        self.register_buffer("cos", freqs.cos(), persistent=False)
        self.register_buffer("sin", freqs.sin(), persistent=False)

    def forward(self, x_BHTd: Tensor, offset: int = 0) -> Tensor:
        T = x_BHTd.shape[-2]
        if offset + T > self.cos.shape[0]:
            raise ValueError(f"sequence length {offset + T} exceeds max_len={self.cos.shape[0]}")
        cos = self.cos[offset:offset + T].to(x_BHTd.dtype)
        sin = self.sin[offset:offset + T].to(x_BHTd.dtype)
        x1, x2 = x_BHTd.chunk(2, dim=-1)
        return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], dim=-1)


class Attention(nn.Module):
    """Multi-head attention via `F.scaled_dot_product_attention` (fused kernels where available).

    Self-attention applies rotary positions to q and k; cross-attention does not (memory positions are
    already encoded by the encoder). `cache` (a dict owned by the caller) makes incremental decoding O(T)."""

    def __init__(self, d_model: int, n_heads: int, dropout: float, cross: bool = False) -> None:
        super().__init__()
        self.n_heads, self.cross, self.dropout = n_heads, cross, dropout
        if cross:
            self.q = nn.Linear(d_model, d_model, bias=False)
            self.kv = nn.Linear(d_model, 2 * d_model, bias=False)
        else:
            self.qkv = nn.Linear(d_model, 3 * d_model, bias=False)
        self.out = nn.Linear(d_model, d_model, bias=False)

    def _heads(self, x_BTD: Tensor) -> Tensor:
        B, T, D = x_BTD.shape
        return x_BTD.view(B, T, self.n_heads, D // self.n_heads).transpose(1, 2)

    def forward(self, x_BTD: Tensor, *, rotary: Rotary | None = None, mask: Tensor | None = None,
                causal: bool = False, memory_BSD: Tensor | None = None,
                cache: dict[str, Any] | None = None) -> Tensor:
        B, T, D = x_BTD.shape
        if self.cross:
            q = self._heads(self.q(x_BTD))
            if cache is not None and "k" in cache:
                k, v = cache["k"], cache["v"]
            else:
                assert memory_BSD is not None, "cross-attention needs memory"
                k, v = (self._heads(t) for t in self.kv(memory_BSD).chunk(2, dim=-1))
                if cache is not None:
                    cache["k"], cache["v"] = k, v
        else:
            q, k, v = (self._heads(t) for t in self.qkv(x_BTD).chunk(3, dim=-1))
            offset = cache["k"].shape[2] if cache is not None and "k" in cache else 0
            if rotary is not None:
                q, k = rotary(q, offset), rotary(k, offset)
            if cache is not None:
                if "k" in cache:
                    k = torch.cat([cache["k"], k], dim=2)
                    v = torch.cat([cache["v"], v], dim=2)
                cache["k"], cache["v"] = k, v
                # A single new query may see every cached key; longer chunks still need the causal mask.
                causal = causal and T > 1
        y = F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask, is_causal=causal and mask is None,
            dropout_p=self.dropout if self.training else 0.0,
        )
        return self.out(y.transpose(1, 2).reshape(B, T, D))


def make_ffn(cfg: TransformerConfig, layer: int) -> nn.Module:
    return MoELayer(cfg.moe) if cfg.is_moe_layer(layer) else SwiGLU(cfg.d_model, cfg.d_ff)


class Block(nn.Module):
    """Pre-norm encoder block: x + attn(norm(x)), then x + ffn(norm(x))."""

    def __init__(self, cfg: TransformerConfig, layer: int) -> None:
        super().__init__()
        self.norm1 = RMSNorm(cfg.d_model)
        self.attn = Attention(cfg.d_model, cfg.n_heads, cfg.dropout)
        self.norm2 = RMSNorm(cfg.d_model)
        self.ffn = make_ffn(cfg, layer)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x_BTD: Tensor, rotary: Rotary, mask: Tensor | None) -> Tensor:
        x_BTD = x_BTD + self.drop(self.attn(self.norm1(x_BTD), rotary=rotary, mask=mask))
        return x_BTD + self.drop(self.ffn(self.norm2(x_BTD)))


class DecoderBlock(nn.Module):
    """Pre-norm decoder block: causal self-attention, cross-attention to the encoder, FFN."""

    def __init__(self, cfg: TransformerConfig, layer: int) -> None:
        super().__init__()
        self.norm1 = RMSNorm(cfg.d_model)
        self.self_attn = Attention(cfg.d_model, cfg.n_heads, cfg.dropout)
        self.norm2 = RMSNorm(cfg.d_model)
        self.cross_attn = Attention(cfg.d_model, cfg.n_heads, cfg.dropout, cross=True)
        self.norm3 = RMSNorm(cfg.d_model)
        self.ffn = make_ffn(cfg, layer)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, x_BTD: Tensor, rotary: Rotary, memory_BSD: Tensor, memory_mask: Tensor | None,
                cache: dict[str, Any] | None = None) -> Tensor:
        self_cache = cache.setdefault("self", {}) if cache is not None else None
        cross_cache = cache.setdefault("cross", {}) if cache is not None else None
        x_BTD = x_BTD + self.drop(self.self_attn(self.norm1(x_BTD), rotary=rotary, causal=True, cache=self_cache))
        x_BTD = x_BTD + self.drop(self.cross_attn(self.norm2(x_BTD), mask=memory_mask, memory_BSD=memory_BSD,
                                                  cache=cross_cache))
        return x_BTD + self.drop(self.ffn(self.norm3(x_BTD)))


def key_mask(mask_BT: Tensor | None) -> Tensor | None:
    """[B, T] True-for-real-token -> SDPA bool mask [B, 1, 1, T]. A row with no real token attends to
    everything instead (an all-False row would make the softmax NaN)."""
    if mask_BT is None:
        return None
    mask_BT = mask_BT.bool()
    mask_BT = mask_BT | ~mask_BT.any(dim=-1, keepdim=True)
    return mask_BT[:, None, None, :]


def init_weights(module: nn.Module) -> None:
    """Small normal init (GPT-2 style) for linears and embeddings; MoE experts keep their own init."""
    for m in module.modules():
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            if m.bias is not None:
                nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)
        elif isinstance(m, MoELayer):
            m.reset_parameters()
