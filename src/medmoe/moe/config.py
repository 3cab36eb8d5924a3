"""Typed configs of the MoE core. A config that cannot work is rejected here, naming the field."""

from __future__ import annotations

from dataclasses import dataclass, field

from medmoe.errors import ConfigError

BALANCE_MODES = ("aux", "bias", "none")


def _check(ok: bool, cls: str, name: str, why: str) -> None:
    if not ok:
        raise ConfigError(f"{cls}.{name}: {why}")


@dataclass
class MoEConfig:
    d_model: int = 256
    d_expert: int = 512  # hidden size of each SwiGLU expert
    n_experts: int = 8
    top_k: int = 2
    n_shared: int = 0  # always-active shared experts (DeepSeekMoE), each d_expert wide
    balance: str = "aux"  # "aux" (Switch loss + z-loss) | "bias" (aux-loss-free, DeepSeek-V3) | "none"
    aux_alpha: float = 0.01
    z_alpha: float = 1e-3
    bias_rate: float = 1e-3
    capacity_factor: float | None = None  # None: dropless (default)

    def __post_init__(self) -> None:
        c = "MoEConfig"
        _check(self.d_model > 0, c, "d_model", f"must be positive, got {self.d_model}")
        _check(self.d_expert > 0, c, "d_expert", f"must be positive, got {self.d_expert}")
        _check(self.n_experts >= 1, c, "n_experts", f"need at least one expert, got {self.n_experts}")
        _check(self.top_k >= 1, c, "top_k", f"must be at least 1, got {self.top_k}")
        _check(self.top_k <= self.n_experts, c, "top_k",
               f"cannot pick {self.top_k} experts out of n_experts={self.n_experts}")
        _check(self.n_shared >= 0, c, "n_shared", f"must be >= 0, got {self.n_shared}")
        _check(self.balance in BALANCE_MODES, c, "balance",
               f"must be one of {', '.join(BALANCE_MODES)}, got {self.balance!r}")
        for name in ("aux_alpha", "z_alpha", "bias_rate"):
            _check(getattr(self, name) >= 0, c, name, f"must be >= 0, got {getattr(self, name)}")
        if self.capacity_factor is not None:
            _check(self.capacity_factor > 0, c, "capacity_factor",
                   f"must be positive or None (dropless), got {self.capacity_factor}")


@dataclass
class TransformerConfig:
    vocab_size: int
    d_model: int = 256
    n_layers: int = 4  # encoder layers
    n_decoder_layers: int = 0  # MoESeq2Seq only
    n_heads: int = 4
    d_ff: int = 512  # dense SwiGLU hidden size for non-MoE layers
    moe_every: int = 1  # FFN is MoE in every n-th layer (1: all layers); 0: no MoE (dense model)
    moe: MoEConfig = field(default_factory=MoEConfig)  # moe.d_model must equal d_model
    max_len: int = 512
    dropout: float = 0.0
    pad_id: int = 0
    n_token_types: int = 0  # >0 adds a learned type embedding (e.g. present/excluded HPO term)

    def __post_init__(self) -> None:
        c = "TransformerConfig"
        if isinstance(self.moe, dict):  # convenience: TransformerConfig(moe={...})
            self.moe = MoEConfig(**self.moe)
        _check(self.vocab_size > 0, c, "vocab_size", f"must be positive, got {self.vocab_size}")
        _check(self.d_model > 0, c, "d_model", f"must be positive, got {self.d_model}")
        _check(self.n_heads > 0, c, "n_heads", f"must be positive, got {self.n_heads}")
        _check(self.d_model % self.n_heads == 0, c, "d_model",
               f"{self.d_model} is not divisible by n_heads={self.n_heads}")
        _check((self.d_model // self.n_heads) % 2 == 0, c, "n_heads",
               f"head size d_model/n_heads={self.d_model // self.n_heads} must be even for rotary positions")
        _check(self.n_layers >= 0, c, "n_layers", f"must be >= 0, got {self.n_layers}")
        _check(self.n_decoder_layers >= 0, c, "n_decoder_layers", f"must be >= 0, got {self.n_decoder_layers}")
        _check(self.d_ff > 0, c, "d_ff", f"must be positive, got {self.d_ff}")
        _check(self.moe_every >= 0, c, "moe_every", f"must be >= 0 (0: dense), got {self.moe_every}")
        _check(self.moe.d_model == self.d_model, c, "moe",
               f"moe.d_model={self.moe.d_model} must equal d_model={self.d_model}")
        _check(self.max_len > 0, c, "max_len", f"must be positive, got {self.max_len}")
        _check(0.0 <= self.dropout < 1.0, c, "dropout", f"must be in [0, 1), got {self.dropout}")
        _check(0 <= self.pad_id < self.vocab_size, c, "pad_id",
               f"{self.pad_id} is outside the vocabulary (vocab_size={self.vocab_size})")
        _check(self.n_token_types >= 0, c, "n_token_types", f"must be >= 0, got {self.n_token_types}")

    def is_moe_layer(self, i: int) -> bool:
        """Layer i (0-based) has an MoE FFN: every moe_every-th layer, counting from the last of each group."""
        return self.moe_every > 0 and (i + 1) % self.moe_every == 0
