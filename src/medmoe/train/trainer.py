"""The one training loop of medmoe: AdamW, warmup + cosine, clipping, bf16 autocast on CUDA, periodic eval,
early stopping, resumable checkpoints, DDP under torchrun.

Contract with callers (every task uses it the same way):
- `batch_fn(step)` returns the batch for global step `step` and must be deterministic in `step`: that is what
  makes resume exact (no data-loader state to save) and lets DDP ranks agree on the global batch.
- `loss_fn(model, batch) -> (loss, logs)`: the trainer adds the MoE balancing loss (`moe_aux_loss`) itself.
  Under DDP `model` is the DDP wrapper, so call it (`model(...)`), not its sub-modules.
- `eval_fn(model) -> metrics` runs under `torch.no_grad()` in eval mode; `eval_metric` picks the number that
  decides "best" and early stopping. The model ends at its best evaluated weights.

Run directory layout (`run_dir`): `last/` (model + optimizer + trainer state, rewritten atomically every
`ckpt_every` steps) and `best/` (best weights so far). No pickle: tensors in safetensors, the rest JSON.
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from medmoe.errors import CheckpointError, ConfigError
from medmoe.io.files import replace_dir
from medmoe.moe.stats import mean_balance, moe_aux_loss
from medmoe.train.dist import DistInfo, init_distributed, shard_batch, to_device

LossFn = Callable[[nn.Module, Any], tuple[Tensor, dict[str, float]]]
STATE_VERSION = 1


@dataclass
class TrainConfig:
    max_steps: int = 1000
    lr: float = 3e-4
    weight_decay: float = 0.01
    warmup_steps: int = 100
    min_lr_ratio: float = 0.1
    grad_clip: float = 1.0  # <= 0 disables clipping
    eval_every: int = 200
    patience: int | None = None  # stop after this many evaluations without improvement
    ckpt_every: int = 200
    log_every: int = 10
    seed: int = 0
    device: str = "auto"  # "auto" | "cpu" | "cuda" | "cuda:1" ...
    bf16: bool = True  # autocast to bf16 on CUDA only (CPU bf16 matmuls are slower than fp32 here)
    shard_batches: bool = True  # under DDP each rank takes rows rank::world of every batch tensor
    progress: bool = True  # tqdm bar on stderr (rank 0 only)

    def __post_init__(self) -> None:
        def check(ok: bool, name: str, why: str) -> None:
            if not ok:
                raise ConfigError(f"TrainConfig.{name}: {why}")

        check(self.max_steps >= 0, "max_steps", f"must be >= 0, got {self.max_steps}")
        check(self.lr > 0, "lr", f"must be positive, got {self.lr}")
        check(self.weight_decay >= 0, "weight_decay", f"must be >= 0, got {self.weight_decay}")
        check(self.warmup_steps >= 0, "warmup_steps", f"must be >= 0, got {self.warmup_steps}")
        check(0 <= self.min_lr_ratio <= 1, "min_lr_ratio", f"must be in [0, 1], got {self.min_lr_ratio}")
        check(self.eval_every > 0, "eval_every", f"must be positive, got {self.eval_every}")
        check(self.ckpt_every > 0, "ckpt_every", f"must be positive, got {self.ckpt_every}")
        check(self.log_every > 0, "log_every", f"must be positive, got {self.log_every}")
        check(self.patience is None or self.patience >= 1, "patience", f"must be >= 1 or None, got {self.patience}")


@dataclass
class TrainResult:
    best_metrics: dict[str, float]
    steps: int  # optimizer steps done in total (including those before a resume)
    history: list[dict[str, float]] = field(default_factory=list)
    best_step: int | None = None
    stopped_early: bool = False
    run_dir: Path | None = None


def lr_at(cfg: TrainConfig, step: int) -> float:
    """Linear warmup to cfg.lr, then cosine decay to cfg.lr * min_lr_ratio at max_steps."""
    if cfg.warmup_steps and step < cfg.warmup_steps:
        return cfg.lr * (step + 1) / cfg.warmup_steps
    span = max(1, cfg.max_steps - cfg.warmup_steps)
    progress = min(1.0, (step - cfg.warmup_steps) / span)
    return cfg.lr * (cfg.min_lr_ratio + (1 - cfg.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * progress)))


def resolve_device(spec: str, local_rank: int = 0) -> torch.device:
    if spec == "auto":
        return torch.device(f"cuda:{local_rank}" if torch.cuda.is_available() else "cpu")
    if spec.startswith("cuda") and not torch.cuda.is_available():
        raise ConfigError(f"TrainConfig.device: {spec!r} requested but CUDA is not available")
    return torch.device(spec)


def _count_tokens(batch: Any) -> int:
    """Tokens in a batch for the tokens/s display: the first 2-D integer tensor (input ids by convention)."""
    if isinstance(batch, torch.Tensor):
        return batch.numel() if batch.dim() >= 2 and not batch.is_floating_point() and batch.dtype != torch.bool else 0
    items = batch.values() if isinstance(batch, dict) else batch if isinstance(batch, list | tuple) else []
    for v in items:
        n = _count_tokens(v)
        if n:
            return n
    return 0


class Trainer:
    def __init__(self, cfg: TrainConfig, model: nn.Module, loss_fn: LossFn, batch_fn: Callable[[int], Any],
                 eval_fn: Callable[[nn.Module], dict[str, float]] | None = None, eval_metric: str = "loss",
                 higher_is_better: bool = False, run_dir: str | Path | None = None, desc: str = "train") -> None:
        self.cfg, self.model, self.loss_fn, self.batch_fn, self.eval_fn = cfg, model, loss_fn, batch_fn, eval_fn
        self.eval_metric, self.higher_is_better, self.desc = eval_metric, higher_is_better, desc
        self.run_dir = Path(run_dir) if run_dir is not None else None
        self.dist = DistInfo()
        self.device = torch.device("cpu")
        self.optimizer: torch.optim.Optimizer | None = None
        # Mutable run state (saved in checkpoints).
        self.step = 0
        self.history: list[dict[str, float]] = []
        self.best_metrics: dict[str, float] = {}
        self.best_value: float | None = None
        self.best_step: int | None = None
        self.bad_evals = 0
        self._best_state: dict[str, Tensor] | None = None

    # ---------------------------------------------------------------------------------------------------
    def _make_optimizer(self) -> torch.optim.Optimizer:
        # No weight decay on norms, biases and embeddings-free 1-D params: decaying a gain toward 0 hurts.
        decay, no_decay = [], []
        for p in self.model.parameters():
            if p.requires_grad:
                (decay if p.dim() >= 2 else no_decay).append(p)
        groups = [{"params": decay, "weight_decay": self.cfg.weight_decay},
                  {"params": no_decay, "weight_decay": 0.0}]
        kw: dict[str, Any] = {"fused": True} if self.device.type == "cuda" else {}
        return torch.optim.AdamW(groups, lr=self.cfg.lr, betas=(0.9, 0.95), **kw)

    def _autocast(self) -> contextlib.AbstractContextManager[Any]:
        if self.cfg.bf16 and self.device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()

    def _is_better(self, value: float) -> bool:
        if self.best_value is None or math.isnan(self.best_value):
            return not math.isnan(value)
        return value > self.best_value if self.higher_is_better else value < self.best_value

    # ---------------------------------------------------------------------------------------------------
    def fit(self, resume: bool = True) -> TrainResult:
        cfg = self.cfg
        wanted = resolve_device(cfg.device)
        self.dist = init_distributed(wanted.type)
        self.device = resolve_device(cfg.device, self.dist.local_rank)
        if self.device.type == "cuda":
            torch.cuda.set_device(self.device)
        torch.manual_seed(cfg.seed)
        model = self.model.to(self.device)
        model.train()
        self.optimizer = self._make_optimizer()
        if resume and self.run_dir is not None:
            self._load_last()
        net: nn.Module = model
        if self.dist.enabled:
            from torch.nn.parallel import DistributedDataParallel as DDP

            # find_unused_parameters: optional inputs (type embeddings) and experts may get no gradient.
            net = DDP(model, device_ids=[self.device.index] if self.device.type == "cuda" else None,
                      find_unused_parameters=True)

        bar = None
        if cfg.progress and self.dist.is_main and self.step < cfg.max_steps:
            from tqdm.auto import tqdm

            bar = tqdm(total=cfg.max_steps, initial=self.step, desc=self.desc, file=sys.stderr, dynamic_ncols=True,
                       disable=None)
        stopped = False
        t0, tokens = time.perf_counter(), 0
        try:
            while self.step < cfg.max_steps and not stopped:
                step = self.step
                lr = lr_at(cfg, step)
                for g in self.optimizer.param_groups:
                    g["lr"] = lr
                batch = self.batch_fn(step)
                if self.dist.enabled and cfg.shard_batches:
                    batch = shard_batch(batch, self.dist.rank, self.dist.world_size)
                batch = to_device(batch, self.device)
                with self._autocast():
                    loss, logs = self.loss_fn(net, batch)
                    aux = moe_aux_loss(model)
                    total = loss.float() + aux
                if not torch.isfinite(total):
                    raise FloatingPointError(f"{self.desc}: loss is {total.item()} at step {step}; lower the "
                                             "learning rate or check the data")
                self.optimizer.zero_grad(set_to_none=True)
                total.backward()
                gnorm = (torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.grad_clip)
                         if cfg.grad_clip > 0 else torch.zeros(()))
                self.optimizer.step()
                self.step = step + 1
                tokens += int(logs.get("tokens", _count_tokens(batch))) * self.dist.world_size

                if self.step % cfg.log_every == 0 or self.step == cfg.max_steps:
                    dt = max(time.perf_counter() - t0, 1e-9)
                    rec = {"step": self.step, "loss": float(loss.item()), "aux_loss": float(aux.item()),
                           "lr": lr, "grad_norm": float(gnorm), "tokens_per_s": tokens / dt}
                    bal = mean_balance(model)
                    if bal is not None:
                        rec["balance"] = bal
                    rec.update({k: float(v) for k, v in logs.items() if k != "tokens"})
                    self.history.append(rec)
                    t0, tokens = time.perf_counter(), 0
                    if bar is not None:
                        post = {"loss": f"{rec['loss']:.4f}", "tok/s": f"{rec['tokens_per_s']:.0f}"}
                        if bal is not None:
                            post["bal"] = f"{bal:.2f}"
                        if self.best_value is not None:
                            post[f"best_{self.eval_metric}"] = f"{self.best_value:.4g}"
                        bar.set_postfix(post, refresh=False)
                if bar is not None:
                    bar.update(1)

                if self.step % cfg.eval_every == 0 or self.step == cfg.max_steps:
                    stopped = self._evaluate()
                if self.run_dir is not None and (self.step % cfg.ckpt_every == 0 or stopped
                                                 or self.step == cfg.max_steps):
                    self._save_last()
        finally:
            if bar is not None:
                bar.close()

        if self.eval_fn is None and not self.best_metrics and self.history:
            self.best_metrics = {k: v for k, v in self.history[-1].items() if k != "step"}
        self._restore_best()
        model.eval()
        return TrainResult(best_metrics=dict(self.best_metrics), steps=self.step, history=list(self.history),
                           best_step=self.best_step, stopped_early=stopped, run_dir=self.run_dir)

    def _evaluate(self) -> bool:
        """Run eval_fn; keep the best weights; return True when patience is exhausted."""
        if self.eval_fn is None:
            return False
        model = self.model
        model.eval()
        try:
            with torch.no_grad(), self._autocast():
                metrics = {k: float(v) for k, v in self.eval_fn(model).items()}
        finally:
            model.train()
        if self.eval_metric not in metrics:
            raise ConfigError(f"Trainer.eval_metric: {self.eval_metric!r} is not among the eval metrics "
                              f"{sorted(metrics)}")
        self.history.append({"step": self.step, **{f"eval_{k}": v for k, v in metrics.items()}})
        value = metrics[self.eval_metric]
        if self._is_better(value):
            self.best_value, self.best_metrics, self.best_step, self.bad_evals = value, metrics, self.step, 0
            self._best_state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
            if self.run_dir is not None and self.dist.is_main:
                self._save_best()
        else:
            self.bad_evals += 1
        return self.cfg.patience is not None and self.bad_evals >= self.cfg.patience

    def _restore_best(self) -> None:
        if self._best_state is not None:
            self.model.load_state_dict({k: v.to(self.device) for k, v in self._best_state.items()})

    # ---------------------------------------------------------------------------------------------------
    # Checkpoints: written by rank 0 into a temp dir, then swapped in, so a kill never leaves a half state.
    def _save_best(self) -> None:
        from safetensors.torch import save_file

        assert self.run_dir is not None and self._best_state is not None
        tmp = self.run_dir / "best.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        save_file(_dedup(self._best_state), str(tmp / "model.safetensors"))
        (tmp / "metrics.json").write_text(json.dumps({"step": self.best_step, "metrics": self.best_metrics}))
        replace_dir(tmp, self.run_dir / "best")

    def _save_last(self) -> None:
        if not self.dist.is_main:
            return
        from safetensors.torch import save_file

        assert self.run_dir is not None and self.optimizer is not None
        tmp = self.run_dir / "last.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        save_file(_dedup({k: v.detach().cpu() for k, v in self.model.state_dict().items()}),
                  str(tmp / "model.safetensors"))
        opt_tensors, opt_meta = _flatten_optimizer(self.optimizer.state_dict())
        rng = {"cpu_rng": torch.get_rng_state()}
        if torch.cuda.is_available() and self.device.type == "cuda":
            rng["cuda_rng"] = torch.cuda.get_rng_state(self.device)
        save_file({**opt_tensors, **rng}, str(tmp / "optimizer.safetensors"))
        state = {"version": STATE_VERSION, "step": self.step, "history": self.history,
                 "best_metrics": self.best_metrics, "best_value": self.best_value, "best_step": self.best_step,
                 "bad_evals": self.bad_evals, "optimizer": opt_meta, "max_steps": self.cfg.max_steps}
        (tmp / "state.json").write_text(json.dumps(state))
        replace_dir(tmp, self.run_dir / "last")

    def _load_last(self) -> None:
        from safetensors.torch import load_file

        assert self.run_dir is not None and self.optimizer is not None
        last = self.run_dir / "last"
        if not last.is_dir() and (self.run_dir / "last.old").is_dir():
            last = self.run_dir / "last.old"  # killed between the two renames of replace_dir
        if not (last / "state.json").is_file():
            return
        try:
            state = json.loads((last / "state.json").read_text())
            weights = load_file(str(last / "model.safetensors"))
            opt = load_file(str(last / "optimizer.safetensors"))
        except Exception as e:
            raise CheckpointError(f"{last}: cannot resume from this run checkpoint ({e}); delete it to restart") from None
        if state.get("version") != STATE_VERSION:
            raise CheckpointError(f"{last}/state.json: unsupported version {state.get('version')}")
        sd = self.model.state_dict()
        full = _undedup(weights, sd)
        try:
            self.model.load_state_dict(full)
        except RuntimeError as e:
            raise CheckpointError(f"{last}: the run checkpoint does not fit this model ({e})") from None
        self.optimizer.load_state_dict(_unflatten_optimizer(opt, state["optimizer"], self.device))
        torch.set_rng_state(opt["cpu_rng"])
        if "cuda_rng" in opt and self.device.type == "cuda":
            torch.cuda.set_rng_state(opt["cuda_rng"], self.device)
        self.step = int(state["step"])
        self.history = list(state["history"])
        self.best_metrics = dict(state["best_metrics"])
        self.best_value = state["best_value"]
        self.best_step = state["best_step"]
        self.bad_evals = int(state["bad_evals"])
        best = self.run_dir / "best" / "model.safetensors"
        if best.is_file():
            self._best_state = _undedup(load_file(str(best)), sd)


def _dedup(sd: dict[str, Tensor]) -> dict[str, Tensor]:
    """safetensors refuses tensors that share memory (tied weights): keep the first name of each."""
    seen: set[int] = set()
    out = {}
    for k, v in sd.items():
        key = v.data_ptr() if v.numel() else id(v)
        if key in seen:
            continue
        seen.add(key)
        out[k] = v.contiguous()
    return out


def _undedup(stored: dict[str, Tensor], like: dict[str, Tensor]) -> dict[str, Tensor]:
    out = {}
    by_ptr: dict[int, str] = {}
    for k, v in like.items():
        key = v.data_ptr() if v.numel() else id(v)
        if k in stored:
            out[k] = stored[k]
            by_ptr.setdefault(key, k)
    for k, v in like.items():
        if k not in out:
            key = v.data_ptr() if v.numel() else id(v)
            src = by_ptr.get(key)
            if src is None:
                raise CheckpointError(f"run checkpoint lacks tensor {k}")
            out[k] = stored[src]
    return out


def _flatten_optimizer(sd: dict[str, Any]) -> tuple[dict[str, Tensor], dict[str, Any]]:
    tensors: dict[str, Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for pid, st in sd["state"].items():
        for k, v in st.items():
            if isinstance(v, torch.Tensor):
                tensors[f"state.{pid}.{k}"] = v.detach().cpu().contiguous()
            else:
                scalars.setdefault(str(pid), {})[k] = v
    groups = [{k: (list(v) if isinstance(v, tuple) else v) for k, v in g.items()} for g in sd["param_groups"]]
    return tensors, {"param_groups": groups, "scalars": scalars}


def _unflatten_optimizer(tensors: dict[str, Tensor], meta: dict[str, Any], device: torch.device) -> dict[str, Any]:
    state: dict[int, dict[str, Any]] = {}
    for name, t in tensors.items():
        if not name.startswith("state."):
            continue
        _, pid, key = name.split(".", 2)
        # AdamW keeps `step` on the CPU unless fused/capturable; everything else lives with the params.
        state.setdefault(int(pid), {})[key] = t if key == "step" else t.to(device)
    for pid, d in meta.get("scalars", {}).items():
        state.setdefault(int(pid), {}).update(d)
    groups = []
    for g in meta["param_groups"]:
        g = dict(g)
        if "betas" in g:
            g["betas"] = tuple(g["betas"])
        groups.append(g)
    return {"state": state, "param_groups": groups}
