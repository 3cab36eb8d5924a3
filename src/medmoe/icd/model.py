"""The MoE text classifier for ICD-10 coding: lemma tokens -> `MoEEncoder` -> pooled + subword bag -> codes.

Why this shape for 4,690 training notes: a transformer learnt from scratch on so little text overfits, so
(1) word embeddings start from navec (pretrained Russian news vectors bundled with natasha), projected to
`d_model` by PCA so nothing of their geometry is lost to a random projection; (2) tokens are pymorphy3
lemmas with negation marks, which folds the many inflected forms of Russian into one row each; (3) a bag of
character n-grams (fastText-style, `n_sub` rows) catches the misspellings lemmas miss; (4) the encoder is
small (2 layers, 8 experts top-2), trained by the shared `Trainer` with early stopping on a held-out part
of train. The router sees every token, so experts are free to specialise (by organ system / ICD chapter);
`routing_by_chapter` measures whether they do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import torch
from torch import Tensor, nn

from medmoe.errors import ConfigError
from medmoe.icd.ngram import note_tokens
from medmoe.moe import MoEConfig, MoEEncoder, TransformerConfig
from medmoe.text.russian import NEG_PREFIX, char_ngrams

__all__ = ["Featurizer", "ICDMoEClassifier", "ICDMoEConfig", "default_encoder_config", "navec_init",
           "routing_by_chapter"]

PAD, UNK, CLS = "<pad>", "<unk>", "<cls>"


def default_encoder_config(vocab_size: int, d_model: int = 128, n_layers: int = 2, n_experts: int = 8,
                           top_k: int = 2, d_expert: int = 256, dropout: float = 0.1,
                           max_len: int = 96) -> TransformerConfig:
    return TransformerConfig(vocab_size=vocab_size, d_model=d_model, n_layers=n_layers, n_heads=4,
                             d_ff=d_expert, moe_every=1, max_len=max_len, dropout=dropout, pad_id=0,
                             moe=MoEConfig(d_model=d_model, d_expert=d_expert, n_experts=n_experts,
                                           top_k=top_k, balance="aux", aux_alpha=0.01))


@dataclass
class ICDMoEConfig:
    """The whole classifier: encoder + subword bag + head."""

    encoder: TransformerConfig = field(default_factory=lambda: default_encoder_config(100))
    n_classes: int = 105
    n_sub: int = 0  # rows of the character n-gram bag (0: no subword features)
    head_dropout: float = 0.2

    def __post_init__(self) -> None:
        if self.n_classes < 2:
            raise ConfigError(f"ICDMoEConfig.n_classes: need at least 2 codes, got {self.n_classes}")
        if self.n_sub < 0:
            raise ConfigError(f"ICDMoEConfig.n_sub: must be >= 0, got {self.n_sub}")
        if not 0 <= self.head_dropout < 1:
            raise ConfigError(f"ICDMoEConfig.head_dropout: must be in [0, 1), got {self.head_dropout}")


class ICDMoEClassifier(nn.Module):
    def __init__(self, cfg: ICDMoEConfig) -> None:
        super().__init__()
        self.cfg = cfg
        d = cfg.encoder.d_model
        self.encoder = MoEEncoder(cfg.encoder)
        # Padding row 0 stays zero: the bag is a masked mean of real n-grams.
        self.sub_emb = nn.Embedding(cfg.n_sub, d, padding_idx=0) if cfg.n_sub > 0 else None
        if self.sub_emb is not None:
            nn.init.normal_(self.sub_emb.weight, std=0.02)
            with torch.no_grad():
                self.sub_emb.weight[0].zero_()
        n_feat = 2 * d + (d if self.sub_emb is not None else 0)
        self.drop = nn.Dropout(cfg.head_dropout)
        self.head = nn.Linear(n_feat, cfg.n_classes)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, ids_BT: Tensor, sub_BS: Tensor | None = None) -> Tensor:
        """logits_BC. ids_BT: lemma ids (0 = pad); sub_BS: n-gram ids (0 = pad) when n_sub > 0."""
        mask_BT = ids_BT != 0
        h_BTD = self.encoder(ids_BT, mask_BT)
        feats = [MoEEncoder.pool(h_BTD, mask_BT, "mean"), MoEEncoder.pool(h_BTD, mask_BT, "max")]
        if self.sub_emb is not None and sub_BS is not None:
            m_BS1 = (sub_BS != 0).unsqueeze(-1).to(h_BTD.dtype)
            bag = (self.sub_emb(sub_BS) * m_BS1).sum(1) / m_BS1.sum(1).clamp_min(1.0)
            feats.append(bag)
        return self.head(self.drop(torch.cat(feats, dim=-1)))


class Featurizer:
    """Text -> (lemma ids, n-gram ids). Vocabularies are plain lists, saved as JSON beside the weights."""

    def __init__(self, vocab: Sequence[str], sub_vocab: Sequence[str] = (), max_len: int = 96,
                 max_sub: int = 512, sub_n: tuple[int, int] = (3, 5)) -> None:
        self.vocab = list(vocab)
        self.sub_vocab = list(sub_vocab)
        self.index = {w: i for i, w in enumerate(self.vocab)}
        self.sub_index = {g: i for i, g in enumerate(self.sub_vocab)}
        self.max_len, self.max_sub, self.sub_n = max_len, max_sub, sub_n

    @staticmethod
    def tokens(text: str) -> list[str]:
        return list(note_tokens(text))

    @classmethod
    def build(cls, texts: Sequence[str], min_count: int = 1, n_sub: int = 0, sub_n: tuple[int, int] = (3, 5),
              max_len: int = 96, max_sub: int = 512) -> Featurizer:
        """Vocabulary of train lemmas (count >= min_count) and the n_sub-1 most frequent char n-grams."""
        wc: Counter[str] = Counter()
        gc: Counter[str] = Counter()
        for t in texts:
            wc.update(cls.tokens(t))
            if n_sub > 0:
                gc.update(set(char_ngrams(t, *sub_n)))
        vocab = [PAD, UNK, CLS] + sorted(w for w, c in wc.items() if c >= min_count)
        sub_vocab = [PAD] + [g for g, c in gc.most_common(max(0, n_sub - 1)) if c >= 2] if n_sub > 0 else []
        return cls(vocab, sub_vocab, max_len=max_len, max_sub=max_sub, sub_n=sub_n)

    def encode(self, texts: Sequence[str]) -> tuple[Tensor, Tensor | None]:
        unk, cls_id = self.index[UNK], self.index[CLS]
        rows = [[cls_id] + [self.index.get(w, unk) for w in self.tokens(t)][: self.max_len - 1] for t in texts]
        T = max(1, max(len(r) for r in rows)) if rows else 1
        ids = torch.zeros(len(rows), T, dtype=torch.long)
        for i, r in enumerate(rows):
            ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        if not self.sub_vocab:
            return ids, None
        subs = []
        for t in texts:
            seen = {self.sub_index.get(g, 0) for g in char_ngrams(t, *self.sub_n)}
            seen.discard(0)
            subs.append(sorted(seen)[: self.max_sub])
        S = max(1, max(len(s) for s in subs)) if subs else 1
        sub = torch.zeros(len(subs), S, dtype=torch.long)
        for i, s in enumerate(subs):
            if s:
                sub[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        return ids, sub


def navec_init(emb: nn.Embedding, vocab: Sequence[str], seed: int = 0) -> float:
    """Fill embedding rows with navec vectors (PCA-projected to the embedding width); returns coverage.

    Negation-marked tokens start from the vector of their word: "NEG_кашель" is still about coughing,
    the model learns the difference. Rows without a navec vector keep their random init.
    """
    from natasha import NewsEmbedding

    nav = NewsEmbedding()
    d = emb.weight.shape[1]
    rows, vecs = [], []
    for i, w in enumerate(vocab):
        base = w[len(NEG_PREFIX):] if w.startswith(NEG_PREFIX) else w
        if base in nav:
            rows.append(i)
            vecs.append(nav[base])
    if not rows:
        return 0.0
    V = np.stack(vecs).astype(np.float64)
    V -= V.mean(axis=0, keepdims=True)
    # PCA via SVD: keep the d directions of largest variance (all of them if d >= 300).
    _, _, vt = np.linalg.svd(V, full_matrices=False)
    k = min(d, vt.shape[0])
    P = V @ vt[:k].T
    P = P / (P.std() + 1e-8) * 0.5  # a scale the pre-norm blocks and the head handle well
    rng = np.random.default_rng(seed)
    out = np.zeros((len(rows), d))
    out[:, :k] = P
    if k < d:
        out[:, k:] = rng.normal(0, 0.02, size=(len(rows), d - k))
    with torch.no_grad():
        emb.weight[torch.tensor(rows)] = torch.tensor(out, dtype=emb.weight.dtype)
    return len(rows) / max(1, len(vocab))


@torch.no_grad()
def routing_by_chapter(model: ICDMoEClassifier, feat: Featurizer, texts: Sequence[str],
                       chapters: Sequence[str | None], batch_size: int = 128) -> dict[str, list[float]]:
    """Share of each expert among the (real) token assignments of notes of each ICD chapter, first MoE layer.

    Why: "experts free to specialise by chapter" is a claim to check, not assume; uniform rows mean the
    router balances load without caring about the organ system, peaked rows mean specialisation.
    """
    from medmoe.moe import MoELayer

    layer = next((m for m in model.modules() if isinstance(m, MoELayer)), None)
    if layer is None:
        return {}
    E = layer.cfg.n_experts
    counts: dict[str, np.ndarray] = {}
    model.eval()
    for s in range(0, len(texts), batch_size):
        ids, sub = feat.encode(texts[s:s + batch_size])
        model(ids, sub)
        stats = layer.last_stats
        if stats is None:
            continue
        ex_NK = stats.expert_ids.reshape(ids.shape[0], ids.shape[1], -1)
        for i, ch in enumerate(chapters[s:s + batch_size]):
            if ch is None:
                continue
            real = ex_NK[i][ids[i] != 0].reshape(-1)
            counts.setdefault(ch, np.zeros(E))
            counts[ch] += np.bincount(real.numpy(), minlength=E)[:E]
    return {ch: (c / max(1.0, c.sum())).round(3).tolist() for ch, c in sorted(counts.items())}
