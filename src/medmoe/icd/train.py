"""Training the ICD coder: hold-out split of train, MoE classifier(s), n-gram model, learned blend weight.

Why this recipe: dev is the reporting set, so every choice (early-stopping step, blend weight) is made on a
held-out part of *train* (`holdout`, stratified by code). The MoE classifier is trained with the shared
`Trainer` (early stopping on held-out Hit@1); the n-gram model is fit on the same part first, so the blend
weight is learnt on predictions neither model has seen; then the n-gram model is refit on all of train
(it has no early stopping to protect, and more data helps it), while the MoE keeps its early-stopped
weights.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from medmoe.errors import ConfigError
from medmoe.icd.model import Featurizer, ICDMoEClassifier, ICDMoEConfig, default_encoder_config, navec_init
from medmoe.icd.ngram import NgramConfig, NgramScorer, fit_ngram, hits

log = logging.getLogger(__name__)

__all__ = ["ICDTrainConfig", "TrainedParts", "blend", "moe_predict_proba", "stratified_holdout", "train_icd"]


@dataclass
class ICDTrainConfig:
    """Everything `medmoe icd train` decides; recorded in the model's metadata."""

    # Small on purpose: 4.7k notes, a shared 2-core CPU, and a model that must stay a few MB. A 128-wide
    # 2-layer encoder was ~5x slower per step and no better on the held-out split.
    d_model: int = 64
    n_layers: int = 1
    n_experts: int = 8
    top_k: int = 2
    d_expert: int = 128
    dropout: float = 0.1
    n_sub: int = 5000  # char n-gram bag rows (0: lemmas only)
    navec: bool = True
    batch_size: int = 32
    max_steps: int = 3000
    lr: float = 2e-3
    eval_every: int = 100
    patience: int = 3
    holdout: float = 0.1
    n_models: int = 2  # MoE ensemble size (different seeds; probabilities averaged)
    seed: int = 0
    use_moe: bool = True
    use_ngram: bool = True
    ngram: NgramConfig = field(default_factory=NgramConfig)

    def __post_init__(self) -> None:
        if not 0 < self.holdout < 0.5:
            raise ConfigError(f"ICDTrainConfig.holdout: must be in (0, 0.5), got {self.holdout}")
        if self.n_models < 1:
            raise ConfigError(f"ICDTrainConfig.n_models: must be >= 1, got {self.n_models}")
        if not (self.use_moe or self.use_ngram):
            raise ConfigError("ICDTrainConfig.use_moe: at least one of use_moe / use_ngram must be on")


@dataclass
class TrainedParts:
    labels: list[str]
    moes: list[ICDMoEClassifier]
    featurizer: Featurizer | None
    ngram: dict[str, Any] | None  # exported arrays (vocab, idf, weight_VC, bias_C)
    weight_moe: float  # blend: p = w * p_moe + (1 - w) * p_ngram
    holdout_scores: dict[str, float]
    steps: list[int]
    seconds: float


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
def moe_predict_proba(models: Sequence[ICDMoEClassifier], feat: Featurizer, texts: Sequence[str],
                      batch_size: int = 256) -> np.ndarray:
    """Average softmax of the ensemble, in batches sorted by length (less padding, faster)."""
    order = np.argsort([len(t) for t in texts])
    out = np.zeros((len(texts), models[0].cfg.n_classes), dtype=np.float64)
    for m in models:
        m.eval()
    for s in range(0, len(texts), batch_size):
        idx = order[s:s + batch_size]
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


def _train_one_moe(cfg: ICDTrainConfig, feat: Featurizer, texts: Sequence[str], y: np.ndarray,
                   fit_idx: np.ndarray, held_idx: np.ndarray, n_classes: int, seed: int,
                   run_dir: Path | None) -> tuple[ICDMoEClassifier, int]:
    from medmoe.train import TrainConfig, Trainer

    torch.manual_seed(seed)
    enc = default_encoder_config(len(feat.vocab), d_model=cfg.d_model, n_layers=cfg.n_layers,
                                 n_experts=cfg.n_experts, top_k=cfg.top_k, d_expert=cfg.d_expert,
                                 dropout=cfg.dropout, max_len=feat.max_len)
    mcfg = ICDMoEConfig(encoder=enc, n_classes=n_classes, n_sub=len(feat.sub_vocab))
    model = ICDMoEClassifier(mcfg)
    if cfg.navec:
        cov = navec_init(model.encoder.tok_emb, feat.vocab, seed=seed)
        log.info("navec covers %.1f%% of the %d lemma types", 100 * cov, len(feat.vocab))

    # Pre-encode once: batch_fn must be cheap and deterministic in `step` (exact resume).
    ids_all, sub_all = feat.encode([texts[i] for i in fit_idx])
    y_fit = torch.tensor(y[fit_idx], dtype=torch.long)
    n = len(fit_idx)
    steps_per_epoch = max(1, math.ceil(n / cfg.batch_size))

    def batch_fn(step: int) -> dict[str, Any]:
        epoch, k = divmod(step, steps_per_epoch)
        g = torch.Generator().manual_seed(seed * 100_003 + epoch)
        perm = torch.randperm(n, generator=g)
        b = perm[k * cfg.batch_size:(k + 1) * cfg.batch_size]
        ids = ids_all[b]
        T = int((ids != 0).sum(1).max().clamp_min(1))
        batch: dict[str, Any] = {"ids": ids[:, :T], "y": y_fit[b]}
        if sub_all is not None:
            sub = sub_all[b]
            S = int((sub != 0).sum(1).max().clamp_min(1))
            batch["sub"] = sub[:, :S]
        return batch

    def loss_fn(net: torch.nn.Module, batch: dict[str, Any]) -> tuple[torch.Tensor, dict[str, float]]:
        logits = net(batch["ids"], batch.get("sub"))
        return F.cross_entropy(logits, batch["y"], label_smoothing=0.05), {}

    held_texts = [texts[i] for i in held_idx]
    y_held = y[held_idx]

    def eval_fn(net: torch.nn.Module) -> dict[str, float]:
        p = moe_predict_proba([net], feat, held_texts)  # type: ignore[list-item]
        nll = float(-np.log(np.clip(p[np.arange(len(y_held)), y_held], 1e-12, 1)).mean())
        h1, h3 = hits(p, y_held, 1).mean(), hits(p, y_held, 3).mean()
        log.info("moe seed %d eval: held-out hit1 %.3f hit3 %.3f nll %.3f", seed, h1, h3, nll)
        return {"hit1": float(h1), "hit3": float(h3), "score": float(h1 + h3), "nll": nll}

    tcfg = TrainConfig(max_steps=cfg.max_steps, lr=cfg.lr, weight_decay=0.05, warmup_steps=100,
                       eval_every=cfg.eval_every, patience=cfg.patience, ckpt_every=10**9, log_every=50,
                       seed=seed, device="cpu", bf16=False)
    trainer = Trainer(tcfg, model, loss_fn, batch_fn, eval_fn, eval_metric="score", higher_is_better=True,
                      run_dir=run_dir, desc=f"icd moe (seed {seed})")
    res = trainer.fit(resume=False)
    log.info("moe seed %d: best %s at step %s", seed, res.best_metrics, res.best_step)
    return model, int(res.best_step or res.steps)


def train_icd(texts: Sequence[str], codes: Sequence[str], cfg: ICDTrainConfig,
              run_dir: Path | None = None, say: Callable[[str], None] = print) -> TrainedParts:
    """Fit everything on (texts, codes) from train; all choices made on the stratified held-out part."""
    t0 = time.perf_counter()
    torch.manual_seed(cfg.seed)
    labels = sorted(set(codes))
    l2i = {c: i for i, c in enumerate(labels)}
    y = np.array([l2i[c] for c in codes], dtype=np.int64)
    fit_idx, held_idx = stratified_holdout(y, cfg.holdout, cfg.seed)
    y_held = y[held_idx]
    held_texts = [texts[i] for i in held_idx]
    say(f"{len(texts)} training notes, {len(labels)} codes; {len(held_idx)} held out for early stopping "
        "and the blend weight")

    p_moe = p_ng = None
    moes: list[ICDMoEClassifier] = []
    feat = None
    steps: list[int] = []
    if cfg.use_moe:
        feat = Featurizer.build([texts[i] for i in fit_idx], n_sub=cfg.n_sub)
        for k in range(cfg.n_models):
            sub_dir = run_dir / f"moe{k}" if run_dir is not None else None
            m, st = _train_one_moe(cfg, feat, texts, y, fit_idx, held_idx, len(labels), cfg.seed + k, sub_dir)
            moes.append(m)
            steps.append(st)
        p_moe = moe_predict_proba(moes, feat, held_texts)
    ngram = None
    if cfg.use_ngram:
        say("fitting the n-gram model on the fit part (for the blend weight)")
        part = fit_ngram([texts[i] for i in fit_idx], y[fit_idx], len(labels), cfg.ngram)
        p_ng = NgramScorer(cfg.ngram, part["vocab"], part["idf"], part["weight_VC"],
                           part["bias_C"]).predict_proba(held_texts)
    w, best, scores = 1.0 if cfg.use_moe else 0.0, -1.0, {}
    grid = np.linspace(0, 1, 21) if (p_moe is not None and p_ng is not None) else [w]
    for cand in grid:
        p = blend(p_moe, p_ng, float(cand))
        s = hits(p, y_held, 1).mean() + hits(p, y_held, 3).mean()
        if s > best + 1e-9:
            w, best = float(cand), float(s)
    for name, p in (("moe", p_moe), ("ngram", p_ng), ("blend", blend(p_moe, p_ng, w))):
        if p is not None:
            scores[f"{name}_hit1"] = float(hits(p, y_held, 1).mean())
            scores[f"{name}_hit3"] = float(hits(p, y_held, 3).mean())
    say("held-out (train split): " + ", ".join(f"{k} {100 * v:.1f}" for k, v in scores.items())
        + f"; blend weight of the MoE: {w:.2f}")
    if cfg.use_ngram:
        say("refitting the n-gram model on all of train")
        ngram = fit_ngram(texts, y, len(labels), cfg.ngram)
    return TrainedParts(labels=labels, moes=moes, featurizer=feat, ngram=ngram, weight_moe=w,
                        holdout_scores=scores, steps=steps, seconds=time.perf_counter() - t0)
