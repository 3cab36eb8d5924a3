"""The MoE rare-disease ranker: a set of HPO terms in, one score per OMIM/ORPHA disease out.

Architecture (why each piece is there):
- **Terms as tokens, each carried by its ancestors.** A term's input vector is the IC-weighted sum of the
  embeddings of the term and all its is_a ancestors (`AncestorEmbedding`). A patient term that is more
  general or more specific than a disease's annotation then still shares most of its vector with it: this
  is what makes the ranker robust to imprecise and over-specific terms, which classical tools handle only
  through the ontology at scoring time.
- **Present vs excluded** is a token type (0 present, 1 excluded, 2 special: [CLS], sex, age band).
- **`MoEEncoder`** (the shared core) mixes the terms with attention; its MoE FFNs let experts specialise
  (the routing per organ system is reported by `medmoe eval rare --explain` and the benchmark).
- **Scoring head over all diseases, composed from the annotations.** Each disease vector is built from
  its annotated terms (frequency-weighted sum of the same ancestor-aware term vectors, times a *learned
  weight per term*) plus a small free residual. With ~12.6k diseases and a 15-minute CPU budget each disease
  is seen only a few dozen times in training; composing them from shared term vectors is what lets the
  model rank diseases it has barely seen, and keeps the head at ~1.6M parameters instead of a free
  12.6k x D matrix that would only memorise the generator.
- Logits = <patient query, disease vector> * learned scale + per-disease bias. The hybrid with the
  Phenomizer similarity is applied outside the network (`medmoe.rare.api`).

Non-trainable structure (ancestor lists, disease annotation lists) lives in persistent buffers, stored
compactly (CSR, int16 term indices), so a checkpoint is self-contained: `config.json` + `model.safetensors`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from medmoe.errors import ConfigError
from medmoe.moe import MoEConfig, MoEEncoder, TransformerConfig
from medmoe.moe.blocks import RMSNorm

# Special tokens before the HPO terms in the vocabulary.
SPECIALS = ["<pad>", "<cls>", "<male>", "<female>", "<age:0-1>", "<age:1-5>", "<age:5-16>", "<age:16-40>",
            "<age:40+>"]
PAD, CLS = 0, 1
TYPE_PRESENT, TYPE_EXCLUDED, TYPE_SPECIAL = 0, 1, 2


@dataclass
class RareRankerConfig:
    n_vocab: int                     # len(SPECIALS) + number of HPO terms
    n_diseases: int
    n_anc: int                       # total ancestor links (CSR length of the ancestor table)
    n_dis_terms: int                 # total disease annotation links (CSR length)
    d_model: int = 128
    n_layers: int = 2
    n_heads: int = 4
    d_ff: int = 256
    moe_every: int = 1
    n_experts: int = 8
    top_k: int = 2
    d_expert: int = 128
    n_shared: int = 0
    balance: str = "aux"
    dropout: float = 0.1
    max_len: int = 160               # tokens per patient, [CLS] and specials included
    disease_residual: bool = True    # free per-disease vector on top of the composed one
    learned_term_weights: bool = True
    hybrid_weight: float = 0.0       # weight of the z-scored similarity in the hybrid (set after training)

    def __post_init__(self) -> None:
        c = "RareRankerConfig"
        for name in ("n_vocab", "n_diseases", "n_anc", "n_dis_terms", "max_len"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{c}.{name}: must be positive, got {getattr(self, name)}")
        if self.n_vocab > 32767 + len(SPECIALS):
            raise ConfigError(f"{c}.n_vocab: {self.n_vocab} terms do not fit the int16 index buffers")

    def transformer(self) -> TransformerConfig:
        return TransformerConfig(
            vocab_size=self.n_vocab, d_model=self.d_model, n_layers=self.n_layers, n_heads=self.n_heads,
            d_ff=self.d_ff, moe_every=self.moe_every, max_len=self.max_len, dropout=self.dropout,
            pad_id=PAD, n_token_types=3,
            moe=MoEConfig(d_model=self.d_model, d_expert=self.d_expert, n_experts=self.n_experts,
                          top_k=self.top_k, n_shared=self.n_shared, balance=self.balance))


class AncestorEmbedding(nn.Module):
    """Embedding whose row for term t is sum_a w(t, a) * e_a over the ancestors a of t (t included).

    Replaces `MoEEncoder.tok_emb`, so the shared encoder sees ancestor-aware term vectors. The full table
    of the last forward is kept in `last_table_VD` for the disease side, which reuses it (one computation
    per step).
    """

    def __init__(self, n_vocab: int, n_anc: int, d_model: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_vocab, d_model))
        nn.init.normal_(self.weight, std=0.02)
        self.register_buffer("anc_ptr", torch.zeros(n_vocab + 1, dtype=torch.int32))
        self.register_buffer("anc_idx", torch.zeros(n_anc, dtype=torch.int16))
        self.register_buffer("anc_w", torch.zeros(n_anc, dtype=torch.float16))
        self.last_table_VD: Tensor | None = None
        self._frozen: Tensor | None = None  # eval-mode cache: the table only changes when weights do

    def train(self, mode: bool = True) -> AncestorEmbedding:
        self._frozen = None
        return super().train(mode)

    def table(self) -> Tensor:
        idx = self.anc_idx.long()
        offsets = self.anc_ptr[:-1].long()
        return F.embedding_bag(idx, self.weight, offsets, mode="sum", per_sample_weights=self.anc_w.to(self.weight.dtype))

    def forward(self, ids_BT: Tensor) -> Tensor:
        if self.training:
            table_VD = self.table()
        else:
            if self._frozen is None:
                self._frozen = self.table().detach()
            table_VD = self._frozen
        self.last_table_VD = table_VD
        return table_VD[ids_BT]


class RareRanker(nn.Module):
    def __init__(self, cfg: RareRankerConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.encoder = MoEEncoder(cfg.transformer())
        D = cfg.d_model
        self.encoder.tok_emb = AncestorEmbedding(cfg.n_vocab, cfg.n_anc, D)
        self.query = nn.Linear(D, D, bias=False)
        self.dis_norm = RMSNorm(D)
        self.dis_proj = nn.Linear(D, D, bias=False)
        self.register_buffer("dis_ptr", torch.zeros(cfg.n_diseases + 1, dtype=torch.int32))
        self.register_buffer("dis_term", torch.zeros(cfg.n_dis_terms, dtype=torch.int16))
        self.register_buffer("dis_w", torch.zeros(cfg.n_dis_terms, dtype=torch.float16))
        self.term_logw = nn.Parameter(torch.zeros(cfg.n_vocab)) if cfg.learned_term_weights else None
        self.dis_resid = nn.Parameter(torch.zeros(cfg.n_diseases, D)) if cfg.disease_residual else None
        self.dis_bias = nn.Parameter(torch.zeros(cfg.n_diseases))
        self.log_scale = nn.Parameter(torch.tensor(math.log(10.0)))
        # Identity projections: at step 0 the score is already the cosine between the patient's pooled
        # ancestor-aware term vectors and the disease's composed one, a random-projection set similarity.
        # Training starts from a sensible ranker instead of noise (matters with a few-thousand-step budget).
        nn.init.eye_(self.query.weight)
        nn.init.eye_(self.dis_proj.weight)
        self._cached_dis: Tensor | None = None  # inference cache of disease vectors (cleared by train())
        self.register_load_state_dict_post_hook(_clear_caches)

    @property
    def emb(self) -> AncestorEmbedding:
        return self.encoder.tok_emb  # type: ignore[return-value]

    def train(self, mode: bool = True) -> RareRanker:
        self._cached_dis = None
        return super().train(mode)

    def disease_vectors(self, table_VD: Tensor) -> Tensor:
        """[n_diseases, D]: annotation-composed disease vectors (+ residual)."""
        w = self.dis_w.to(table_VD.dtype)
        terms = self.dis_term.long()
        if self.term_logw is not None:
            w = w * self.term_logw[terms].exp()
        bag = F.embedding_bag(terms, table_VD, self.dis_ptr[:-1].long(), mode="sum", per_sample_weights=w)
        v = self.dis_proj(self.dis_norm(bag))
        if self.dis_resid is not None:
            v = v + self.dis_resid
        return v

    def encode(self, ids_BT: Tensor, type_BT: Tensor) -> tuple[Tensor, Tensor]:
        """(patient query [B, D], ancestor-aware term table [V, D])."""
        mask_BT = ids_BT != PAD
        hidden_BTD = self.encoder(ids_BT, mask_BT, type_BT)
        q_BD = self.query(MoEEncoder.pool(hidden_BTD, mask_BT, "mean"))
        table = self.emb.last_table_VD
        assert table is not None
        return q_BD, table

    def forward(self, ids_BT: Tensor, type_BT: Tensor) -> Tensor:
        """logits [B, n_diseases]."""
        q_BD, table_VD = self.encode(ids_BT, type_BT)
        if self.training or self._cached_dis is None:
            dis_ND = self.disease_vectors(table_VD)
            if not self.training:
                self._cached_dis = dis_ND.detach()
        else:
            dis_ND = self._cached_dis
        # Cosine logits with a learned temperature: disease vectors differ a lot in norm (few vs many
        # annotations), and an unnormalised dot product would favour the richly annotated ones.
        cos_BN = F.normalize(q_BD, dim=-1) @ F.normalize(dis_ND, dim=-1).T
        return cos_BN * self.log_scale.exp() + self.dis_bias


def _clear_caches(module: nn.Module, incompatible_keys: object) -> None:
    """New weights invalidate the inference caches (term table, disease vectors)."""
    module.train(module.training)


def build_ranker(cfg: RareRankerConfig) -> RareRanker:
    return RareRanker(cfg)


def _register() -> None:
    from medmoe.checkpoint import register_model_kind

    register_model_kind("rare-ranker", RareRankerConfig, build_ranker)


_register()
