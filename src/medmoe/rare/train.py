"""Training the MoE rare-disease ranker on streams of synthetic patients: setup -> fit -> validate -> save.

Generalisation choices (each one is a knob so the benchmark can ablate it):
- `vary_generator`: every patient is drawn with one of several generator settings (sparse, dense and
  over-specific, imprecise, noisy, clean), so the model does not fit one generator's quirks;
- validation and early stopping use a *different, harsher* protocol (`PRESETS["validation"]`), never the
  training distribution; the test protocols of the benchmark ("classic", "realistic") differ from both;
- `hard_negative_weight`: an extra softmax over each disease's phenotypically closest diseases (by the
  similarity baseline on their annotations), so the model learns what separates look-alikes;
- dropout, weight decay, label smoothing; composed disease vectors (see model.py) instead of free ones;
- the hybrid with the similarity score, its weight chosen on the validation set (`tune_hybrid`).

The batch for step s is drawn from `numpy.random.default_rng([seed, s])`: deterministic in the step, as the
shared Trainer requires for exact resume.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from medmoe.errors import ConfigError
from medmoe.knowledge.annotations import DiseaseAnnotations, get_annotations
from medmoe.rare.data import Vocab, collate, encode_patient, install_structure, structure_tensors
from medmoe.rare.metrics import per_case, point
from medmoe.rare.model import RareRanker, RareRankerConfig
from medmoe.rare.similarity import SimilarityRanker
from medmoe.synth.rare import PRESETS, RarePatientSampler, RareSynthConfig, SyntheticPatient, preset

TRAIN_VARIANTS: dict[str, RareSynthConfig] = {
    "default": PRESETS["train"],
    "sparse": RareSynthConfig(frequency_scale=0.6, p_missing=0.3, p_ancestor=0.15, noise_rate=0.3,
                              excluded_rate=0.5),
    "dense_specific": RareSynthConfig(frequency_scale=1.3, max_present=40, p_ancestor=0.05, p_descendant=0.35,
                                      max_down=3, excluded_rate=3.0, noise_rate=1.0),
    "imprecise": RareSynthConfig(p_ancestor=0.4, max_up=3, p_descendant=0.0, noise_rate=1.0),
    "noisy": RareSynthConfig(noise_rate=2.5, excluded_rate=2.0, p_wrong_excluded=0.05, p_missing=0.2),
    "clean": PRESETS["clean"],
}


@dataclass
class RareTrainConfig:
    seed: int = 0
    steps: int = 1500
    batch_size: int = 128
    lr: float = 2e-3
    warmup_steps: int = 100
    weight_decay: float = 0.05
    eval_every: int = 250
    patience: int | None = 3
    label_smoothing: float = 0.05
    hard_negative_weight: float = 0.5
    hard_negative_k: int = 8
    vary_generator: bool = True
    n_val: int = 600
    val_preset: str = "validation"
    val_seed: int = 20250101
    hybrid_grid: list[float] = field(default_factory=lambda: [0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0])
    model: dict[str, Any] = field(default_factory=dict)   # RareRankerConfig overrides (d_model, n_experts...)
    threads: int = 1                      # 1: tiny matmuls; extra threads mostly wait on each other

    def __post_init__(self) -> None:
        c = "RareTrainConfig"
        if self.steps < 1 or self.batch_size < 1:
            raise ConfigError(f"{c}.steps: steps and batch_size must be >= 1")
        if self.val_preset not in PRESETS:
            raise ConfigError(f"{c}.val_preset: unknown preset {self.val_preset!r}")
        if self.hard_negative_weight < 0:
            raise ConfigError(f"{c}.hard_negative_weight: must be >= 0")


def hard_negatives(ann: DiseaseAnnotations, sim: SimilarityRanker, k: int) -> np.ndarray:
    """[n_diseases, k] indices of each disease's k most similar other diseases (by its full annotation)."""
    from tqdm.auto import tqdm

    k = max(1, min(k, len(sim.disease_ids) - 1))
    out = np.zeros((len(sim.disease_ids), k), dtype=np.int64)
    for j, d_id in enumerate(tqdm(sim.disease_ids, desc="hard negatives", disable=None, leave=False)):
        s = sim.scores(ann.diseases[d_id].terms())
        s[j] = -np.inf
        top = np.argpartition(-s, k - 1)[:k]
        out[j] = top[np.argsort(-s[top])]
    return out


def zscore(s: np.ndarray) -> np.ndarray:
    """Per-case standardisation of similarity scores over all diseases (rows)."""
    mu = s.mean(axis=-1, keepdims=True)
    sd = s.std(axis=-1, keepdims=True)
    return (s - mu) / np.maximum(sd, 1e-6)


def hybrid_scores(logits: np.ndarray, sim_z: np.ndarray, weight: float) -> np.ndarray:
    """log p_MoE(disease) + weight * z(similarity): both on a per-case log-odds-like scale."""
    lp = logits - logits.max(axis=-1, keepdims=True)
    lp = lp - np.log(np.exp(lp).sum(axis=-1, keepdims=True))
    return lp + weight * sim_z


class RareSetup:
    """Everything training, tuning and evaluation share: annotations, vocab, samplers, baseline."""

    def __init__(self, cfg: RareTrainConfig, ann: DiseaseAnnotations | None = None) -> None:
        self.cfg = cfg
        self.ann = ann or get_annotations()
        self.vocab = Vocab.build(self.ann)
        variants = TRAIN_VARIANTS if cfg.vary_generator else {"default": TRAIN_VARIANTS["default"]}
        self.samplers = [RarePatientSampler(replace(v, seed=cfg.seed), self.ann) for v in variants.values()]
        self.variant_names = list(variants)
        self.sim = SimilarityRanker(self.ann, self.vocab.diseases)
        self.n_dis = len(self.vocab.diseases)

    def model_config(self) -> RareRankerConfig:
        st = structure_tensors(self.vocab, self.ann)
        self.structure = st
        return RareRankerConfig(n_vocab=self.vocab.size, n_diseases=self.n_dis,
                                n_anc=int(st["encoder.tok_emb.anc_idx"].numel()),
                                n_dis_terms=int(st["dis_term"].numel()), **self.cfg.model)

    def encode(self, patients: list[SyntheticPatient], max_len: int) -> tuple[torch.Tensor, torch.Tensor]:
        return collate([encode_patient(self.vocab, p.present, p.excluded, p.sex, p.age_years, max_len)
                        for p in patients])

    def batch_fn(self, max_len: int):  # noqa: ANN201 - returns the Trainer's batch callable
        cfg = self.cfg

        def batch(step: int) -> dict[str, torch.Tensor]:
            rng = np.random.default_rng([cfg.seed, step])
            ys = rng.integers(self.n_dis, size=cfg.batch_size)
            vs = rng.integers(len(self.samplers), size=cfg.batch_size)
            pats = [self.samplers[v].sample(self.vocab.diseases[y], rng) for y, v in zip(ys, vs, strict=True)]
            ids, types = self.encode(pats, max_len)
            return {"ids": ids, "types": types, "y": torch.from_numpy(ys)}

        return batch

    def make_cases(self, preset_name: str, n: int, seed: int, **overrides: Any) -> list[SyntheticPatient]:
        s = RarePatientSampler(preset(preset_name, seed=seed, **overrides), self.ann)
        rng = np.random.default_rng(seed)
        ys = rng.integers(self.n_dis, size=n)
        return [s.sample(self.vocab.diseases[y], rng) for y in ys]


def model_logits(model: RareRanker, setup: RareSetup, cases: list[SyntheticPatient], bs: int = 256) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(cases), bs):
            ids, types = setup.encode(cases[i:i + bs], model.cfg.max_len)
            out.append(model(ids, types).float().numpy())
    return np.concatenate(out) if out else np.zeros((0, setup.n_dis), dtype=np.float32)


def rank_metrics(scores: np.ndarray, gold: list[int]) -> list[dict[str, float]]:
    from medmoe.rare.metrics import gold_rank_stats

    return [per_case(*gold_rank_stats(scores[i], g)) for i, g in enumerate(gold)]


def tune_hybrid(logits: np.ndarray, sim_z: np.ndarray, gold: list[int], grid: list[float]) -> tuple[float, dict]:
    """Pick the hybrid weight with the best validation MRR; returns (weight, {weight: mrr})."""
    table = {w: point(rank_metrics(hybrid_scores(logits, sim_z, w), gold))["mrr"] for w in grid}
    best = max(table, key=lambda w: (table[w], -w))
    return best, table


def train_ranker(cfg: RareTrainConfig, out_dir: str | Path | None = None, run_dir: str | Path | None = None,
                 command: str = "", ann: DiseaseAnnotations | None = None) -> dict[str, Any]:
    """Train, early-stop on the harsher validation protocol, tune the hybrid weight, save to `out_dir`."""
    from medmoe.checkpoint import save_model
    from medmoe.train import TrainConfig, Trainer

    torch.set_num_threads(cfg.threads)
    t0, cpu0 = time.time(), time.process_time()
    setup = RareSetup(cfg, ann)
    mcfg = setup.model_config()
    torch.manual_seed(cfg.seed)
    model = RareRanker(mcfg)
    install_structure(model, setup.structure)
    hard = torch.from_numpy(hard_negatives(setup.ann, setup.sim, cfg.hard_negative_k)) \
        if cfg.hard_negative_weight > 0 else None

    val = setup.make_cases(cfg.val_preset, cfg.n_val, cfg.val_seed)
    val_gold = [setup.vocab.dis_index[p.disease_id] for p in val]
    val_sim_z = zscore(np.stack([setup.sim.scores(p.present) for p in val]))

    def loss_fn(net: torch.nn.Module, batch: dict[str, torch.Tensor]) -> tuple[torch.Tensor, dict[str, float]]:
        logits = net(batch["ids"], batch["types"])
        y = batch["y"]
        loss = F.cross_entropy(logits, y, label_smoothing=cfg.label_smoothing)
        logs = {"ce": float(loss.detach())}
        if hard is not None:
            # Softmax restricted to the gold disease and its look-alikes: sharper gradient where it matters.
            cand = torch.cat([y[:, None], hard[y]], dim=1)
            hn = F.cross_entropy(logits.gather(1, cand), torch.zeros_like(y))
            loss = loss + cfg.hard_negative_weight * hn
            logs["hard"] = float(hn.detach())
        return loss, logs

    def eval_fn(net: torch.nn.Module) -> dict[str, float]:
        logits = model_logits(model, setup, val)
        m = point(rank_metrics(logits, val_gold))
        best_w, table = tune_hybrid(logits, val_sim_z, val_gold, [0.5, 1.0])
        m["hybrid_mrr"] = table[best_w]
        model.train()
        return m

    tcfg = TrainConfig(max_steps=cfg.steps, lr=cfg.lr, weight_decay=cfg.weight_decay,
                       warmup_steps=cfg.warmup_steps, eval_every=cfg.eval_every, patience=cfg.patience,
                       ckpt_every=cfg.eval_every, log_every=25, seed=cfg.seed, device="cpu")
    trainer = Trainer(tcfg, model, loss_fn, setup.batch_fn(mcfg.max_len), eval_fn=eval_fn, eval_metric="mrr",
                      higher_is_better=True, run_dir=run_dir, desc="rare-ranker")
    result = trainer.fit(resume=run_dir is not None)
    train_s, cpu_s = time.time() - t0, time.process_time() - cpu0

    logits = model_logits(model, setup, val)
    val_moe = point(rank_metrics(logits, val_gold))
    val_base = point(rank_metrics(val_sim_z, val_gold))
    weight, table = tune_hybrid(logits, val_sim_z, val_gold, cfg.hybrid_grid)
    mcfg.hybrid_weight = weight
    model.cfg.hybrid_weight = weight
    summary = {
        "train_seconds": round(train_s, 1), "train_cpu_seconds": round(cpu_s, 1), "threads": cfg.threads,
        "steps": result.steps, "best_step": result.best_step,
        "stopped_early": result.stopped_early, "validation_protocol": cfg.val_preset, "n_val": cfg.n_val,
        "validation": {"moe": val_moe, "baseline": val_base, "hybrid": table[weight]},
        "hybrid_weight": weight, "hybrid_mrr_by_weight": {str(k): v for k, v in table.items()},
        "generator_variants": setup.variant_names,
    }
    if out_dir is not None:
        from medmoe.config import to_dict

        labels = {d: setup.ann.diseases[d].name for d in setup.vocab.diseases}
        save_model(out_dir, model.half(), mcfg, kind="rare-ranker",
                   metadata={"task": "rare-disease ranking", "command": command, "hpo_version": setup.ann.version,
                             "train_config": to_dict(cfg), "scores": summary,
                             "precision": "float16 weights (computed in float32)"},
                   extra_json={"vocab": setup.vocab.to_json(), "labels": labels})
        model.float()
    summary["history"] = result.history
    return summary


def main(argv: list[str] | None = None) -> None:
    """`python -m medmoe.rare.train --out DIR`: retrain the default ranker (the command in its metadata)."""
    import argparse
    import json
    import shlex
    import sys

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="model directory to write")
    ap.add_argument("--steps", type=int, default=RareTrainConfig.steps)
    ap.add_argument("--batch-size", type=int, default=RareTrainConfig.batch_size)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--lr", type=float, default=RareTrainConfig.lr)
    ap.add_argument("--eval-every", type=int, default=RareTrainConfig.eval_every)
    ap.add_argument("--hard-negative-weight", type=float, default=RareTrainConfig.hard_negative_weight)
    ap.add_argument("--no-vary-generator", action="store_true")
    ap.add_argument("--model", default="{}", help='JSON overrides of RareRankerConfig, e.g. {"n_experts": 4}')
    ap.add_argument("--run-dir", default=None, help="resumable trainer checkpoints")
    ap.add_argument("--summary", default=None, help="also write the training summary JSON here")
    args = ap.parse_args(argv)
    cfg = RareTrainConfig(steps=args.steps, batch_size=args.batch_size, seed=args.seed, lr=args.lr,
                          eval_every=args.eval_every, hard_negative_weight=args.hard_negative_weight,
                          vary_generator=not args.no_vary_generator, model=json.loads(args.model))
    command = "python -m medmoe.rare.train " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    summary = train_ranker(cfg, args.out, args.run_dir, command=command)
    hist = summary.pop("history")
    if args.summary:
        from medmoe.io import atomic_write_text

        atomic_write_text(args.summary, json.dumps({**summary, "history": hist}, indent=1) + "\n")
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
