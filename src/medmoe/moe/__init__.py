"""The sparse Mixture-of-Experts core: configs, the MoE layer, encoder and seq2seq models, upcycling, stats."""

from medmoe.moe.classifier import SequenceClassifier
from medmoe.moe.config import MoEConfig, TransformerConfig
from medmoe.moe.encoder import MoEEncoder
from medmoe.moe.layer import MoELayer, RoutingStats, SwiGLU
from medmoe.moe.seq2seq import MoESeq2Seq
from medmoe.moe.stats import mean_balance, moe_aux_loss, routing_summary
from medmoe.moe.upcycle import upcycle

__all__ = [
    "MoEConfig", "TransformerConfig", "MoELayer", "RoutingStats", "SwiGLU", "MoEEncoder", "MoESeq2Seq", "SequenceClassifier",
    "moe_aux_loss", "routing_summary", "mean_balance", "upcycle",
]
