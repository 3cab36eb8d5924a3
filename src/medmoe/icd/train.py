"""Training the ICD coder (issue 6, stop 2): sparse n-gram blocks + a bag-of-n-grams MoE ensemble, log blend.

Why this recipe: every hyperparameter (features, C, temperatures, epochs, blend weights) was chosen by
stratified 5-fold cross-validation on TRAIN (docs/notes/issue-6.md), so `train_icd` makes no choice and fits
every part on all of train; dev is only scored. Parts: logistic regression over char 2-5 grams + lemmas
(the stop-1 n-gram model), linear SVMs over plain lemma and word uni+bigrams, and `n_models` bag MoEs
(`ICDBagMoE`: the char_lem TF-IDF vector -> MoE layer -> codes). The coder's probability is the weighted
geometric mean of the parts' probabilities (`log_blend`). The stop-1 helpers (`stratified_holdout`,
`blend`, `moe_predict_proba`) stay for models saved in the stop-1 format.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from medmoe.errors import ConfigError
from medmoe.icd.model import Featurizer, ICDBagMoE, ICDBagMoEConfig, ICDMoEClassifier, csr_batch
from medmoe.icd.ngram import NgramConfig, NgramScorer, fit_ngram

log = logging.getLogger(__name__)

__all__ = [
    "ICDTrainConfig",
    "TrainedParts",
    "bag_log_proba",
    "blend",
    "log_blend",
    "moe_predict_proba",
    "stratified_holdout",
    "train_bag_moe",
    "train_icd",
]


def _default_extra() -> list[NgramConfig]:
    # Chosen by 5-fold CV on train (issue 6, stop 2): linear SVMs over plain lemma and word uni+bigrams; the
    # temperatures are the CV-fitted softmax scales of their scores.
    return [
        NgramConfig(kind="lemmas", model="svc", C=0.5, min_df=MIN_DF_WORDS, temperature=T_LEMMAS),
        NgramConfig(kind="words", model="svc", C=0.5, min_df=MIN_DF_WORDS, temperature=T_WORDS),
    ]


# Values from 5-fold CV on train (docs/notes/issue-6.md, stop 2): min_df=2 halves the word blocks (90k -> 28k
# features, -0.5 Hit@1 in CV) so that the model stays under 25 MB; temperatures minimise the out-of-fold
# log-loss of each part; the blend weights are a greedy (Caruana) selection on the out-of-fold predictions.
MIN_DF_WORDS = 2
T_NGRAM = 1.115
T_LEMMAS = 5.779
T_WORDS = 5.848
T_MOE = 0.74
# Blend weights of [char_lem LR, lemmas SVM, words SVM, bag MoE] in log-probability space.
WEIGHTS = [0.2, 0.1, 0.35, 0.35]


@dataclass
class ICDTrainConfig:
    """Everything `medmoe icd train` decides; recorded in the model's metadata.

    Every value below was chosen by stratified 5-fold cross-validation on TRAIN (docs/notes/issue-6.md,
    stop 2); training itself makes no choice, so it fits every part on all of train.
    """

    # bag MoE (the MoE classifier): TF-IDF bag of the char_lem block -> 1 MoE layer (8 experts, top-2)
    d_model: int = 64  # 64 (2 seeds) beat 128 (1 seed) in CV, at half the size
    n_layers: int = 1
    n_experts: int = 8
    top_k: int = 2
    d_expert: int = 128
    dropout: float = 0.5
    feature_dropout: float = 0.4  # share of a note's n-grams dropped per training step (then re-normalised)
    epochs: int = 20
    batch_size: int = 64
    lr: float = 3e-3
    label_smoothing: float = 0.1
    max_steps: int = 100_000  # cap on optimizer steps (tests)
    n_models: int = 2  # bag-MoE ensemble size (different seeds; probabilities averaged)
    moe_temperature: float = T_MOE
    seed: int = 0
    use_moe: bool = True
    use_ngram: bool = True
    ngram: NgramConfig = field(default_factory=lambda: NgramConfig(temperature=T_NGRAM))
    extra: list[NgramConfig] = field(default_factory=_default_extra)
    weights: list[float] = field(default_factory=lambda: list(WEIGHTS))  # [ngram, *extra, moe]

    def __post_init__(self) -> None:
        if self.n_models < 1:
            raise ConfigError(f"ICDTrainConfig.n_models: must be >= 1, got {self.n_models}")
        if not (self.use_moe or self.use_ngram):
            raise ConfigError("ICDTrainConfig.use_moe: at least one of use_moe / use_ngram must be on")
        if len(self.weights) != 2 + len(self.extra) or min(self.weights) < 0:
            raise ConfigError(
                f"ICDTrainConfig.weights: need {2 + len(self.extra)} non-negative weights "
                f"([ngram, *extra, moe]), got {self.weights}"
            )


@dataclass
class TrainedParts:
    labels: list[str]
    ngram: dict[
        str, Any
    ]  # exported arrays of the char_lem block (vocab, idf, weight_VC, bias_C): feeds the MoE
    ngram_cfg: NgramConfig
    extra: list[tuple[NgramConfig, dict[str, Any]]]
    bags: list[ICDBagMoE]
    weights: list[float]  # [ngram, *extra, moe]; 0 for a part that was not trained
    seconds: float
    part_seconds: dict[str, float] = field(default_factory=dict)
    # kept for the stop-1 format (token MoE + linear blend); unused by the stop-2 recipe
    moes: list[ICDMoEClassifier] = field(default_factory=list)
    featurizer: Featurizer | None = None
    weight_moe: float = 0.0
    holdout_scores: dict[str, float] = field(default_factory=dict)
    steps: list[int] = field(default_factory=list)


def stratified_holdout(y: np.ndarray, frac: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """(fit indices, held-out indices): `frac` of each code held out (none for codes with one case)."""
    rng = np.random.default_rng(seed)
    fit, held = [], []
    for c in np.unique(y):
        idx = np.flatnonzero(y == c)
        rng.shuffle(idx)
        k = int(round(frac * len(idx))) if len(idx) > 1 else 0
        held.extend(idx[:k])
        fit.extend(idx[k:])
    return np.sort(np.array(fit, dtype=np.int64)), np.sort(np.array(held, dtype=np.int64))


@torch.no_grad()
def moe_predict_proba(
    models: Sequence[ICDMoEClassifier], feat: Featurizer, texts: Sequence[str], batch_size: int = 256
) -> np.ndarray:
    """Average softmax of the ensemble, in batches sorted by length (less padding, faster)."""
    order = np.argsort([len(t) for t in texts])
    out = np.zeros((len(texts), models[0].cfg.n_classes), dtype=np.float64)
    for m in models:
        m.eval()
    for s in range(0, len(texts), batch_size):
        idx = order[s : s + batch_size]
        ids, sub = feat.encode([texts[i] for i in idx])
        p = sum(F.softmax(m(ids, sub).float(), dim=-1) for m in models) / len(models)
        out[idx] = p.numpy()
    return out


def blend(p_moe: np.ndarray | None, p_ngram: np.ndarray | None, w: float) -> np.ndarray:
    if p_moe is None:
        assert p_ngram is not None
        return p_ngram
    if p_ngram is None:
        return p_moe
    return w * p_moe + (1.0 - w) * p_ngram


def log_blend(logps: Sequence[np.ndarray | None], weights: Sequence[float]) -> np.ndarray:
    """Weighted geometric mean of probability tables, renormalised: softmax(sum_i w_i log p_i).
    Parts that are None or weighted 0 are skipped; weights are renormalised over the rest."""
    used = [(w, lp) for w, lp in zip(weights, logps, strict=True) if lp is not None and w > 0]
    if not used:
        raise ConfigError("log_blend: no part with a positive weight")
    tot = sum(w for w, _ in used)
    z = sum((w / tot) * lp for w, lp in used)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


@torch.no_grad()
def bag_log_proba(
    bags: Sequence[ICDBagMoE],
    rows: Sequence[tuple[np.ndarray, np.ndarray]],
    temperature: float = 1.0,
    batch_size: int = 512,
) -> np.ndarray:
    """Calibrated log-probabilities of the ensemble: log_softmax(temperature * log(mean member softmax))."""
    out = np.zeros((len(rows), bags[0].cfg.n_classes), dtype=np.float64)
    for m in bags:
        m.eval()
    for s in range(0, len(rows), batch_size):
        b = csr_batch(rows[s : s + batch_size])
        p = sum(F.softmax(m(*b).float(), dim=-1) for m in bags) / len(bags)
        out[s : s + batch_size] = p.numpy()
    z = temperature * np.log(np.clip(out, 1e-30, 1.0))
    z -= z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def _feature_dropout(
    rows: Sequence[tuple[np.ndarray, np.ndarray]], p: float, rng: np.random.Generator
) -> list[tuple[np.ndarray, np.ndarray]]:
    if p <= 0:
        return list(rows)
    out = []
    for cols, vals in rows:
        v = vals * (rng.random(len(vals)) >= p)
        out.append((cols, v / max(float(np.linalg.norm(v)), 1e-12)))
    return out


def train_bag_moe(
    cfg: ICDTrainConfig,
    rows: Sequence[tuple[np.ndarray, np.ndarray]],
    y: np.ndarray,
    n_features: int,
    n_classes: int,
    seed: int,
) -> ICDBagMoE:
    """One bag-MoE member: AdamW (dense parts) + SparseAdam (embedding), one-cycle LR, fixed epochs."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    model = ICDBagMoE(
        ICDBagMoEConfig(
            n_features=n_features,
            n_classes=n_classes,
            d_model=cfg.d_model,
            n_layers=cfg.n_layers,
            n_experts=cfg.n_experts,
            top_k=cfg.top_k,
            d_expert=cfg.d_expert,
            dropout=cfg.dropout,
        )
    )
    dense = [p for n, p in model.named_parameters() if not n.startswith("emb.")]
    opts = [
        torch.optim.AdamW(dense, lr=cfg.lr, weight_decay=0.0),
        torch.optim.SparseAdam([model.emb.weight], lr=cfg.lr),
    ]
    n = len(rows)
    spe = max(1, math.ceil(n / cfg.batch_size))
    total = max(1, min(cfg.epochs * spe, cfg.max_steps))
    scheds = [
        torch.optim.lr_scheduler.OneCycleLR(
            o, max_lr=cfg.lr, total_steps=total, pct_start=0.1, cycle_momentum=False
        )
        for o in opts
    ]
    yt = torch.from_numpy(np.asarray(y)).long()
    step = 0
    model.train()
    while step < total:
        perm = rng.permutation(n)
        for k in range(spe):
            if step >= total:
                break
            b = perm[k * cfg.batch_size : (k + 1) * cfg.batch_size]
            batch = csr_batch(_feature_dropout([rows[i] for i in b], cfg.feature_dropout, rng))
            loss = (
                F.cross_entropy(model(*batch), yt[b], label_smoothing=cfg.label_smoothing) + model.aux_loss()
            )
            for o in opts:
                o.zero_grad()
            loss.backward()
            for o in opts:
                o.step()
            for sc in scheds:
                sc.step()
            step += 1
    model.eval()
    return model


def train_icd(
    texts: Sequence[str], codes: Sequence[str], cfg: ICDTrainConfig, say: Callable[[str], None] = print
) -> TrainedParts:
    """Fit every part on all of (texts, codes); no choice is made here (see `ICDTrainConfig`)."""
    t0 = time.perf_counter()
    torch.manual_seed(cfg.seed)
    labels = sorted(set(codes))
    l2i = {c: i for i, c in enumerate(labels)}
    y = np.array([l2i[c] for c in codes], dtype=np.int64)
    say(f"{len(texts)} training notes, {len(labels)} codes")
    secs: dict[str, float] = {}
    t = time.perf_counter()
    say("fitting the char_lem n-gram model (logistic regression)")
    ngram = fit_ngram(texts, y, len(labels), cfg.ngram)
    secs["ngram"] = time.perf_counter() - t
    extra = []
    if cfg.use_ngram:
        for ec in cfg.extra:
            t = time.perf_counter()
            say(f"fitting the {ec.kind} n-gram model ({ec.model})")
            extra.append((ec, fit_ngram(texts, y, len(labels), ec)))
            secs[f"ngram_{ec.kind}"] = time.perf_counter() - t
    bags: list[ICDBagMoE] = []
    if cfg.use_moe:
        scorer = NgramScorer(cfg.ngram, ngram["vocab"], ngram["idf"], ngram["weight_VC"], ngram["bias_C"])
        rows = [scorer.transform_one(x) for x in texts]
        for k in range(cfg.n_models):
            t = time.perf_counter()
            say(f"training bag MoE {k + 1}/{cfg.n_models}")
            bags.append(train_bag_moe(cfg, rows, y, len(ngram["vocab"]), len(labels), cfg.seed + k))
            secs[f"moe{k}"] = time.perf_counter() - t
    if cfg.use_ngram:
        w = list(cfg.weights)
        if not cfg.use_moe:
            w[-1] = 0.0
    else:  # the char_lem block is still fit (its vocabulary and idf are the MoE's input) but gets no weight
        w = [0.0, 1.0]
    return TrainedParts(
        labels=labels,
        ngram=ngram,
        ngram_cfg=cfg.ngram,
        extra=extra,
        bags=bags,
        weights=w,
        seconds=time.perf_counter() - t0,
        part_seconds=secs,
    )
