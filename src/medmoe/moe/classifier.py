"""A sequence classifier: `MoEEncoder` -> pooled hidden state -> linear head.

Why one class: the toy task, triage and any new text-classification task need exactly this shape; task
modules subclass it only to bind their own typed config (so checkpoints keep their own `kind`)."""

from __future__ import annotations

from torch import Tensor, nn

from medmoe.moe.config import TransformerConfig
from medmoe.moe.encoder import MoEEncoder


class SequenceClassifier(nn.Module):
    """logits_BC = head(pool(encoder(ids_BT, mask_BT))); parameters live under `encoder.*` and `head.*`."""

    def __init__(self, transformer: TransformerConfig, n_classes: int, pool: str = "mean") -> None:
        super().__init__()
        self.pool = pool
        self.encoder = MoEEncoder(transformer)
        self.head = nn.Linear(transformer.d_model, n_classes)

    def forward(self, ids_BT: Tensor, mask_BT: Tensor | None = None) -> Tensor:
        h_BTD = self.encoder(ids_BT, mask_BT)
        return self.head(MoEEncoder.pool(h_BTD, mask_BT, self.pool))
