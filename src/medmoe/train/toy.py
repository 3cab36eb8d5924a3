"""A tiny toy task that exercises the whole stack (MoE encoder, Trainer, checkpoint) in seconds on a CPU.

Task: a sequence of 16 tokens is drawn mostly from one of 4 "topics" (disjoint token ranges) plus noise
tokens; predict the topic. Routing has something to specialise on, and accuracy tells at a glance whether
training works. The held-out set uses a different noise level and seed than training."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from medmoe.checkpoint import register_model_kind, save_model
from medmoe.moe import MoEConfig, SequenceClassifier, TransformerConfig

N_TOPICS, TOPIC_SIZE, FIRST_TOKEN, SEQ_LEN = 4, 12, 4, 16
VOCAB = FIRST_TOKEN + N_TOPICS * TOPIC_SIZE + 12  # last 12 ids are topic-free noise tokens


@dataclass
class ToyConfig:
    transformer: TransformerConfig = field(default_factory=lambda: TransformerConfig(
        vocab_size=VOCAB, d_model=64, n_layers=2, n_heads=4, d_ff=128, max_len=SEQ_LEN,
        moe=MoEConfig(d_model=64, d_expert=64, n_experts=4, top_k=2)))
    n_classes: int = N_TOPICS


class ToyClassifier(SequenceClassifier):
    def __init__(self, cfg: ToyConfig) -> None:
        super().__init__(cfg.transformer, cfg.n_classes, "mean")
        self.cfg = cfg


register_model_kind("toy-classifier", ToyConfig, ToyClassifier)


def make_batch(seed: int, batch_size: int = 32, noise: float = 0.3) -> dict[str, Tensor]:
    g = torch.Generator().manual_seed(seed)
    y = torch.randint(0, N_TOPICS, (batch_size,), generator=g)
    topic_tok = FIRST_TOKEN + y[:, None] * TOPIC_SIZE + torch.randint(0, TOPIC_SIZE, (batch_size, SEQ_LEN), generator=g)
    noise_tok = FIRST_TOKEN + N_TOPICS * TOPIC_SIZE + torch.randint(0, 12, (batch_size, SEQ_LEN), generator=g)
    # Noise tokens may also come from other topics, so the model must count, not just spot one token.
    other = FIRST_TOKEN + torch.randint(0, N_TOPICS * TOPIC_SIZE, (batch_size, SEQ_LEN), generator=g)
    r = torch.rand(batch_size, SEQ_LEN, generator=g)
    ids = torch.where(r < noise / 2, noise_tok, torch.where(r < noise, other, topic_tok))
    return {"ids": ids, "labels": y}


def _loss(model: nn.Module, batch: dict[str, Tensor]) -> tuple[Tensor, dict[str, float]]:
    logits = model(batch["ids"])
    loss = F.cross_entropy(logits, batch["labels"])
    acc = (logits.argmax(-1) == batch["labels"]).float().mean().item()
    return loss, {"acc": acc}


@dataclass
class ToyProblem:
    """Everything a Trainer needs for the toy task (also used by the trainer's own tests)."""

    model: ToyClassifier
    config: ToyConfig
    loss_fn: Callable[[nn.Module, Any], tuple[Tensor, dict[str, float]]]
    batch_fn: Callable[[int], dict[str, Tensor]]
    eval_fn: Callable[[nn.Module], dict[str, float]]


def toy_problem(seed: int = 0, batch_size: int = 32, dropout: float = 0.0, balance: str = "aux",
                d_model: int = 64) -> ToyProblem:
    torch.manual_seed(seed)
    cfg = ToyConfig(transformer=TransformerConfig(
        vocab_size=VOCAB, d_model=d_model, n_layers=2, n_heads=4, d_ff=2 * d_model, max_len=SEQ_LEN,
        dropout=dropout, moe=MoEConfig(d_model=d_model, d_expert=d_model, n_experts=4, top_k=2, balance=balance)))
    model = ToyClassifier(cfg)
    # Held out: different seeds *and* a higher noise level than training.
    heldout = [make_batch(10_000_000 + i, 64, noise=0.45) for i in range(4)]

    def eval_fn(m: nn.Module) -> dict[str, float]:
        losses, accs = [], []
        for b in heldout:
            loss, logs = _loss(m, b)
            losses.append(loss.item())
            accs.append(logs["acc"])
        return {"loss": sum(losses) / len(losses), "acc": sum(accs) / len(accs)}

    return ToyProblem(model, cfg, _loss, lambda step: make_batch(seed * 1_000_003 + step, batch_size), eval_fn)


def train_toy(out_dir: Path, steps: int = 200) -> Path:
    """Train the toy MoE classifier (progress bar on stderr), save it to `out_dir/toy-moe`, return that dir.

    Rerunning with the same `out_dir` resumes from (or reuses) the run checkpoint in `out_dir/run`."""

    out_dir = Path(out_dir)
    # A model this small runs fastest on one thread; on a busy machine extra OpenMP threads mostly wait.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _train_toy(out_dir, steps)
    finally:
        torch.set_num_threads(threads)


def _train_toy(out_dir: Path, steps: int) -> Path:
    from medmoe.train.trainer import TrainConfig, Trainer

    p = toy_problem()
    tcfg = TrainConfig(max_steps=steps, lr=3e-3, warmup_steps=max(1, steps // 10), eval_every=max(1, steps // 4),
                       ckpt_every=max(1, steps // 4), log_every=5, device="cpu")
    result = Trainer(tcfg, p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn, eval_metric="acc",
                     higher_is_better=True, run_dir=out_dir / "run", desc="toy MoE").fit()
    return save_model(out_dir / "toy-moe", p.model, p.config, "toy-classifier",
                      metadata={"task": "toy topic classification (4 topics, 16 tokens)",
                                "training_data": "synthetic, generated from the step number (noise 0.3)",
                                "heldout": "4 x 64 sequences, other seeds, noise 0.45",
                                "metrics": result.best_metrics, "steps": result.steps, "seed": 0,
                                "command": f"medmoe.train.toy.train_toy(out_dir, steps={steps})"})
