"""The triage classifier: a small MoEEncoder over BPE tokens, mean-pooled, with a 3-way linear head.

Why so small (d_model 64, 2 layers, 4 experts): complaint texts are short, the training data is synthetic
and narrow, and the model has to run in the pipeline on a 2-core CPU for every note. The rules carry the
safety; the model adds the graded "urgent vs routine" judgement that rules cannot enumerate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import Tensor

from medmoe.checkpoint import register_model_kind
from medmoe.moe import MoEConfig, SequenceClassifier, TransformerConfig
from medmoe.triage.rules import LEVELS, normalize


def _default_transformer() -> TransformerConfig:
    return TransformerConfig(vocab_size=2000, d_model=64, n_layers=2, n_heads=4, d_ff=128, max_len=128,
                             dropout=0.1, moe=MoEConfig(d_model=64, d_expert=128, n_experts=4, top_k=2))


@dataclass
class TriageModelConfig:
    transformer: TransformerConfig = field(default_factory=_default_transformer)
    n_classes: int = len(LEVELS)
    pool: str = "mean"


class TriageClassifier(SequenceClassifier):
    """logits_BC over LEVELS (routine, urgent, emergency)."""

    def __init__(self, cfg: TriageModelConfig) -> None:
        super().__init__(cfg.transformer, cfg.n_classes, cfg.pool)
        self.cfg = cfg


register_model_kind("triage-classifier", TriageModelConfig, TriageClassifier)


def encode(tokenizer: object, texts: list[str], max_len: int, pad_id: int = 0) -> tuple[Tensor, Tensor]:
    """Token ids and mask, right-padded; long notes keep their head (complaints come first in a note)."""
    encs = tokenizer.encode_batch([normalize(t) for t in texts])  # type: ignore[attr-defined]
    rows = [e.ids[:max_len] or [pad_id] for e in encs]
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
    mask = ids != pad_id
    mask[:, 0] = True  # an empty text still has one position to pool over
    return ids, mask
