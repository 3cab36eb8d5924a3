"""The MoE report generator: a small `MoESeq2Seq` from linearised findings to report text.

Why seq2seq over the canonical findings text (`linearize`): the input is short and exact, the output is
free text in many phrasings, and the model learns site style from a hospital's own reports (`report train`)
while the verification pass in `generator.py` keeps its clinical content exact. Training uses the shared
`Trainer`; the tokenizer is the shared BPE (`train_tokenizer`), trained on both sides of the corpus.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from medmoe.checkpoint import register_model_kind, save_model
from medmoe.errors import ConfigError
from medmoe.moe import MoESeq2Seq
from medmoe.moe.config import MoEConfig, TransformerConfig
from medmoe.text.tokenizer import train_tokenizer
from medmoe.train import TrainConfig, Trainer

KIND = "report-seq2seq"
PAD, BOS, EOS = 0, 1, 2


def build_report_model(cfg: TransformerConfig) -> MoESeq2Seq:
    """Builder for the checkpoint registry; defined here so `load_model` can find this module by name."""
    return MoESeq2Seq(cfg)


register_model_kind(KIND, TransformerConfig, build_report_model)


@dataclass
class ReportModelConfig:
    """Size and training budget of the report model (the defaults train in a few CPU minutes)."""

    vocab_size: int = 1500
    d_model: int = 128
    n_layers: int = 2
    n_decoder_layers: int = 2
    n_heads: int = 4
    d_ff: int = 256
    n_experts: int = 4
    top_k: int = 2
    d_expert: int = 256
    max_src: int = 64
    max_tgt: int = 200
    steps: int = 1500
    batch_size: int = 32
    lr: float = 2e-3
    seed: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.d_model % self.n_heads:
            raise ConfigError("ReportModelConfig.n_heads: must divide d_model")
        if self.steps < 1:
            raise ConfigError("ReportModelConfig.steps: must be >= 1")

    def transformer(self, vocab_size: int) -> TransformerConfig:
        return TransformerConfig(
            vocab_size=vocab_size, d_model=self.d_model, n_layers=self.n_layers,
            n_decoder_layers=self.n_decoder_layers, n_heads=self.n_heads, d_ff=self.d_ff, moe_every=1,
            moe=MoEConfig(d_model=self.d_model, d_expert=self.d_expert, n_experts=self.n_experts,
                          top_k=self.top_k),
            max_len=max(self.max_src, self.max_tgt) + 2, pad_id=PAD)


def target_text(report: str) -> str:
    """Reports are one line for the model; `restore_layout` puts the section break back."""
    return " ".join(report.split())


def restore_layout(text: str) -> str:
    for h in ("IMPRESSION:", "ЗАКЛЮЧЕНИЕ:"):
        text = text.replace(" " + h, "\n" + h)
    return text.strip()


def _encode(tok: Any, texts: list[str], max_len: int) -> list[list[int]]:
    return [e.ids[:max_len] for e in tok.encode_batch(texts)]


def _pad(rows: list[list[int]]) -> Tensor:
    T = max(len(r) for r in rows)
    out = torch.full((len(rows), T), PAD, dtype=torch.long)
    for i, r in enumerate(rows):
        out[i, :len(r)] = torch.tensor(r, dtype=torch.long)
    return out


def make_batch(src: list[list[int]], tgt: list[list[int]], idx: np.ndarray) -> dict[str, Tensor]:
    s = _pad([src[i] for i in idx])
    t_in = _pad([[BOS] + tgt[i] for i in idx])
    t_out = _pad([tgt[i] + [EOS] for i in idx])
    t_out[t_out == PAD] = -100
    return {"src": s, "src_mask": s != PAD, "tgt_in": t_in, "tgt_out": t_out}


def seq2seq_loss(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    logits = model(batch["src"], batch["src_mask"], batch["tgt_in"])
    loss = F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), batch["tgt_out"].reshape(-1),
                           ignore_index=-100)
    return loss, {"ce": float(loss.detach())}


def train_report_model(pairs: list[tuple[str, str]], out_dir: str | Path, cfg: ReportModelConfig | None = None,
                       dev_pairs: list[tuple[str, str]] | None = None, run_dir: str | Path | None = None,
                       metadata: dict[str, Any] | None = None, device: str = "cpu",
                       log: Callable[[str], None] | None = None, init: str | Path | None = None) -> Path:
    """Train on (linearised findings, report) pairs and save a model directory at `out_dir`.

    init: an existing report model (name or directory) to fine-tune; its tokenizer and architecture are
    kept, so a site can adapt the shipped model to its own phrasing with a few hundred reports."""
    cfg = cfg or ReportModelConfig()
    if len(pairs) < 2:
        raise ConfigError("report training needs at least 2 (findings, report) pairs")
    torch.manual_seed(cfg.seed)
    srcs = [s for s, _ in pairs]
    tgts = [target_text(t) for _, t in pairs]
    if init is not None:
        from medmoe.checkpoint import load_model

        base = load_model(init, kind=KIND)
        tok, tcfg, model = base.tokenizer, base.config, base.model.train()
    else:
        tok = train_tokenizer(srcs + tgts, vocab_size=cfg.vocab_size)
        tcfg = cfg.transformer(tok.get_vocab_size())
        model = build_report_model(tcfg)
    src_ids = _encode(tok, srcs, cfg.max_src)
    tgt_ids = _encode(tok, tgts, cfg.max_tgt)
    dev = dev_pairs or pairs[: min(64, len(pairs))]
    dev_batch = make_batch(_encode(tok, [s for s, _ in dev], cfg.max_src),
                           _encode(tok, [target_text(t) for _, t in dev], cfg.max_tgt), np.arange(len(dev)))
    n = len(pairs)

    def batch_fn(step: int) -> dict[str, Tensor]:
        rng = np.random.default_rng(cfg.seed * 1_000_003 + step)
        return make_batch(src_ids, tgt_ids, rng.integers(0, n, size=min(cfg.batch_size, n)))

    def eval_fn(m: nn.Module) -> dict[str, float]:
        loss, _ = seq2seq_loss(m, dev_batch)
        return {"loss": float(loss)}

    every = max(50, cfg.steps // 6)
    tc = TrainConfig(max_steps=cfg.steps, lr=cfg.lr, warmup_steps=min(100, cfg.steps // 10),
                     eval_every=every, ckpt_every=every, log_every=50, seed=cfg.seed, device=device)
    t0 = time.time()
    result = Trainer(tc, model, seq2seq_loss, batch_fn, eval_fn, run_dir=run_dir, desc="report").fit()
    meta = {"task": "report", "train_pairs": n, "train_seconds": round(time.time() - t0, 1),
            # decoding stops here even if a bad model never emits </s>
            "max_tgt_tokens": min(cfg.max_tgt, int(1.25 * max(len(t) for t in tgt_ids)) + 8),
            "train_config": {k: v for k, v in cfg.__dict__.items()},
            "dev_loss": result.best_metrics.get("loss", math.nan),
            "init": str(init) if init is not None else None}
    meta.update(metadata or {})
    model.cpu()
    return save_model(out_dir, model, tcfg, KIND, tokenizer=tok, metadata=meta)


class Seq2SeqDecoder:
    """Loaded model + tokenizer, with greedy and beam decoding of linearised findings."""

    def __init__(self, model: MoESeq2Seq, tokenizer: Any, max_src: int = 64, max_tgt: int = 200) -> None:
        self.model = model.eval()
        self.tok = tokenizer
        self.max_src = max_src
        self.max_tgt = max_tgt

    @torch.no_grad()
    def decode(self, srcs: list[str], beam_size: int = 1) -> list[str]:
        ids = _encode(self.tok, srcs, self.max_src)
        src = _pad(ids)
        outs = self.model.generate(src, src != PAD, bos_id=BOS, eos_id=EOS, max_new_tokens=self.max_tgt,
                                   beam_size=beam_size, length_penalty=1.0)
        return [restore_layout(self.tok.decode(o, skip_special_tokens=True)) for o in outs]
