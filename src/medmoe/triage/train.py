"""Train the triage classifier on synthetic vignettes with the shared Trainer.

Data discipline: the model, its tokenizer and its model selection only ever see the `train` half of the
synthetic generator (selection uses a different seed of that half). The `eval` half (other templates and
phrasings) and the hand-written Russian set are touched only by `medmoe eval triage`.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from medmoe.triage.model import TriageClassifier, TriageModelConfig, encode
from medmoe.triage.rules import LEVELS


def augment(text: str, lang: str, rng: random.Random) -> str:
    """Word dropout, sentence shuffling and negated red flags added to *any* level, so that neither a
    template's exact wording nor the mere presence of a negation sentence predicts the label."""
    from medmoe.synth.triage import NEGATED

    sents = [s.strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]
    if rng.random() < 0.4:
        neg = rng.choice(NEGATED[lang][0])
        sents.insert(rng.randint(0, len(sents)), neg[:1].upper() + neg[1:] + ".")
    if rng.random() < 0.3:
        rng.shuffle(sents)
    words = " ".join(sents).split()
    if rng.random() < 0.5:
        words = [w for w in words if rng.random() > 0.1] or words
    return " ".join(words)


def silver_records(path: str | Path, n: int, seed: int) -> list[dict[str, Any]]:
    """Up to `n` complaint texts from a JSONL file, labelled by the red-flag rules (Russian)."""
    from medmoe.io import BadRecord, iter_jsonl
    from medmoe.triage.rules import RedFlagRules

    rules = RedFlagRules.load()
    texts = []
    for item in iter_jsonl(path):
        if isinstance(item, BadRecord):
            continue
        t = item[1].get("text") or item[1].get("symptoms")
        if isinstance(t, str) and t.strip():
            texts.append(t.strip())
    random.Random(seed).shuffle(texts)
    return [{"id": f"silver-{i}", "text": t, "level": rules.level(t, "ru")[0], "lang": "ru", "scenario": "silver"}
            for i, t in enumerate(texts[:n])]


def train_triage(out_dir: str | Path, n_train: int = 3000, steps: int = 600, batch_size: int = 32,
                 seed: int = 0, vocab_size: int = 2000, progress: bool = True, silver: str | Path | None = None,
                 n_silver: int = 3000, ru_share: float = 0.6) -> Path:
    """Train and save a triage model directory at `out_dir`; returns the path.

    `silver`: optional JSONL of real complaint texts (field "text" or "symptoms", e.g. RuMedTop3 train) that
    get *silver* labels from the red-flag rules. Why: synthetic templates alone give a model that has never
    seen ordinary outpatient wording and calls most unfamiliar routine text urgent; real complaints labelled
    by the rules teach it what everyday complaints look like. The evaluation sets are never used here.
    `ru_share`: share of Russian synthetic vignettes (the rest English); 0.8 gave a model that had seen too
    little English and called most unfamiliar English text an emergency."""
    from medmoe.checkpoint import save_model
    from medmoe.synth.triage import generate
    from medmoe.text.tokenizer import train_tokenizer
    from medmoe.train import TrainConfig, Trainer
    from medmoe.triage.rules import normalize

    out_dir = Path(out_dir)
    torch.manual_seed(seed)
    train = generate(n_train, "train", seed=seed, ru_share=ru_share)
    if silver is not None:
        train += silver_records(silver, n_silver, seed)
    val = generate(300, "train", seed=seed + 1000)  # same templates, other draws: for model selection only
    tok = train_tokenizer((normalize(r["text"]) for r in train), vocab_size=vocab_size)
    cfg = TriageModelConfig()
    cfg.transformer.vocab_size = tok.get_vocab_size()
    model = TriageClassifier(cfg)
    max_len = cfg.transformer.max_len
    label = {lv: i for i, lv in enumerate(LEVELS)}

    def batch_fn(step: int) -> dict[str, Any]:
        g = torch.Generator().manual_seed(seed * 1_000_003 + step)
        idx = torch.randint(0, len(train), (batch_size,), generator=g).tolist()
        rng = random.Random(seed * 1_000_003 + step)
        ids, mask = encode(tok, [augment(train[i]["text"], train[i]["lang"], rng) for i in idx], max_len)
        return {"ids": ids, "mask": mask, "y": torch.tensor([label[train[i]["level"]] for i in idx])}

    def loss_fn(m: nn.Module, b: dict[str, Any]) -> tuple[torch.Tensor, dict[str, float]]:
        logits = m(b["ids"], b["mask"])
        return F.cross_entropy(logits, b["y"]), {"acc": (logits.argmax(-1) == b["y"]).float().mean().item()}

    val_ids, val_mask = encode(tok, [r["text"] for r in val], max_len)
    val_y = torch.tensor([label[r["level"]] for r in val])

    @torch.no_grad()
    def eval_fn(m: nn.Module) -> dict[str, float]:
        m.eval()
        pred = m(val_ids, val_mask).argmax(-1)
        m.train()
        em = val_y == 2
        return {"acc": (pred == val_y).float().mean().item(),
                "emergency_recall": (pred[em] == 2).float().mean().item()}

    tcfg = TrainConfig(max_steps=steps, lr=2e-3, warmup_steps=max(1, steps // 10), eval_every=max(1, steps // 6),
                       ckpt_every=max(1, steps // 3), log_every=10, device="cpu", seed=seed, progress=progress)
    result = Trainer(tcfg, model, loss_fn, batch_fn, eval_fn=eval_fn, eval_metric="acc", higher_is_better=True,
                     run_dir=out_dir.parent / f".{out_dir.name}-run", desc="triage MoE").fit(resume=False)
    from medmoe.triage.api import DEFAULT_THRESHOLDS

    meta = {"task": "triage", "levels": list(LEVELS), "max_len": max_len, "vote_thresholds": DEFAULT_THRESHOLDS,
            "training_data": f"{n_train} synthetic vignettes, medmoe.synth.triage.generate(split='train', seed={seed}, "
                             f"ru_share={ru_share}) ({ru_share:.0%} Russian, the rest English)",
            "silver_data": (f"{n_silver} complaint texts from {Path(silver).name}, labelled by the red-flag rules"
                            if silver is not None else None),
            "selection_data": f"300 vignettes, split='train', seed={seed + 1000}",
            "validation_metrics": result.best_metrics, "steps": result.steps,
            "command": f"medmoe triage-train --out {out_dir.name} --n-train {n_train} --steps {steps} --seed {seed} "
                       f"--ru-share {ru_share}"
                       + (f" --silver {Path(silver).name}" if silver is not None else ""),
            "intended_use": "decision support for sorting complaint texts by urgency; never the only check",
            "limits": "trained on synthetic text only; rules carry the safety (they can only raise urgency)"}
    return save_model(out_dir, model, cfg, "triage-classifier", tokenizer=tok, metadata=meta)
