"""Trainer: loss goes down, exact resume after a crash, early stopping restores the best weights, schedule."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch.testing import assert_close

from medmoe.errors import ConfigError
from medmoe.train import TrainConfig, Trainer, lr_at, shard_batch, to_device
from medmoe.train.toy import toy_problem


def quick_cfg(**kw: object) -> TrainConfig:
    base: dict = dict(max_steps=40, lr=3e-3, warmup_steps=4, eval_every=10, ckpt_every=10, log_every=5,
                      device="cpu", progress=False)
    base.update(kw)
    return TrainConfig(**base)


def test_loss_goes_down_and_history_has_routing() -> None:
    p = toy_problem(seed=0, d_model=32)
    before = p.eval_fn(p.model)["loss"]
    res = Trainer(quick_cfg(max_steps=60), p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn).fit()
    after = p.eval_fn(p.model)["loss"]
    assert after < 0.7 * before
    assert res.steps == 60 and res.best_metrics["loss"] == pytest.approx(min(
        h["eval_loss"] for h in res.history if "eval_loss" in h))
    logs = [h for h in res.history if "loss" in h]
    assert logs[-1]["loss"] < logs[0]["loss"]
    assert all(h["aux_loss"] > 0 and h["balance"] >= 1.0 and h["tokens_per_s"] > 0 for h in logs)


class Crash(RuntimeError):
    pass


def test_resume_after_crash_matches_uninterrupted_run(tmp_path: Path) -> None:
    # Dropout and bias balancing make RNG state and buffers part of what must be restored.
    ref = toy_problem(seed=1, d_model=32, dropout=0.1, balance="bias")
    ref_res = Trainer(quick_cfg(), ref.model, ref.loss_fn, ref.batch_fn, eval_fn=ref.eval_fn,
                      run_dir=tmp_path / "ref").fit()

    p = toy_problem(seed=1, d_model=32, dropout=0.1, balance="bias")

    def crashing_batch(step: int) -> dict:
        if step == 25:
            raise Crash("simulated crash")
        return p.batch_fn(step)

    with pytest.raises(Crash):
        Trainer(quick_cfg(), p.model, p.loss_fn, crashing_batch, eval_fn=p.eval_fn, run_dir=tmp_path / "run").fit()
    assert (tmp_path / "run" / "last" / "state.json").is_file()

    q = toy_problem(seed=99, d_model=32, dropout=0.1, balance="bias")  # other init: must be overwritten
    res = Trainer(quick_cfg(), q.model, q.loss_fn, p.batch_fn, eval_fn=q.eval_fn, run_dir=tmp_path / "run").fit()
    assert res.steps == 40
    assert [h["step"] for h in res.history] == [h["step"] for h in ref_res.history]
    last = [h for h in res.history if "loss" in h][-1]
    ref_last = [h for h in ref_res.history if "loss" in h][-1]
    assert last["step"] == 40 and last["loss"] == pytest.approx(ref_last["loss"], rel=1e-4, abs=1e-6)
    for (k, a), b in zip(q.model.state_dict().items(), ref.model.state_dict().values(), strict=True):
        assert_close(a, b, rtol=1e-4, atol=1e-5, msg=k)

    # A finished run resumes to "nothing left to do" and returns the same best metrics.
    again = Trainer(quick_cfg(), q.model, q.loss_fn, p.batch_fn, eval_fn=q.eval_fn, run_dir=tmp_path / "run").fit()
    assert again.steps == 40 and again.best_metrics == res.best_metrics


def test_early_stopping_restores_best_weights() -> None:
    p = toy_problem(seed=2, d_model=32)
    scripted = iter([3.0, 1.0, 2.0, 2.5, 0.5])  # best at the 2nd eval, then two worse ones -> stop
    snapshots: dict[int, dict[str, torch.Tensor]] = {}
    calls = []

    def eval_fn(m: torch.nn.Module) -> dict[str, float]:
        calls.append(1)
        snapshots[len(calls)] = {k: v.clone() for k, v in m.state_dict().items()}
        return {"score": next(scripted)}

    res = Trainer(quick_cfg(max_steps=100, eval_every=5, patience=2), p.model, p.loss_fn, p.batch_fn,
                  eval_fn=eval_fn, eval_metric="score").fit()
    assert res.stopped_early and len(calls) == 4 and res.steps == 20
    assert res.best_step == 10 and res.best_metrics == {"score": 1.0}
    for k, v in p.model.state_dict().items():
        assert torch.equal(v, snapshots[2][k]), k


def test_higher_is_better_and_missing_metric() -> None:
    p = toy_problem(seed=3, d_model=32)
    res = Trainer(quick_cfg(max_steps=20), p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn, eval_metric="acc",
                  higher_is_better=True).fit()
    assert res.best_metrics["acc"] == max(h["eval_acc"] for h in res.history if "eval_acc" in h)
    with pytest.raises(ConfigError, match="eval_metric"):
        Trainer(quick_cfg(max_steps=10), p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn,
                eval_metric="f1").fit()


def test_lr_schedule_and_config_validation() -> None:
    c = TrainConfig(max_steps=100, lr=1.0, warmup_steps=10, min_lr_ratio=0.1)
    assert lr_at(c, 0) == pytest.approx(0.1) and lr_at(c, 9) == pytest.approx(1.0)
    assert lr_at(c, 10) == pytest.approx(1.0) and lr_at(c, 100) == pytest.approx(0.1)
    assert lr_at(c, 55) == pytest.approx(0.55)
    for kw, field in [({"lr": 0}, "lr"), ({"patience": 0}, "patience"), ({"min_lr_ratio": 2}, "min_lr_ratio")]:
        with pytest.raises(ConfigError, match=f"TrainConfig.{field}"):
            TrainConfig(**kw)


def test_batches_are_moved_and_sharded_recursively() -> None:
    batch = {"ids": torch.arange(10).view(5, 2), "pair": (torch.arange(5), [torch.zeros(5, 3)]), "name": "x"}
    moved = to_device(batch, torch.device("cpu"))
    assert moved["name"] == "x" and torch.equal(moved["pair"][1][0], batch["pair"][1][0])
    r1 = shard_batch(batch, 1, 2)
    assert r1["ids"].tolist() == [[2, 3], [6, 7]] and r1["pair"][0].tolist() == [1, 3]
    assert r1["pair"][1][0].shape == (2, 3) and r1["name"] == "x"


def test_nan_loss_is_reported() -> None:
    p = toy_problem(seed=4, d_model=32)

    def bad_loss(m: torch.nn.Module, b: dict) -> tuple[torch.Tensor, dict[str, float]]:
        loss, logs = p.loss_fn(m, b)
        return loss * float("nan"), logs

    with pytest.raises(FloatingPointError, match="step 0"):
        Trainer(quick_cfg(max_steps=5), p.model, bad_loss, p.batch_fn).fit()
