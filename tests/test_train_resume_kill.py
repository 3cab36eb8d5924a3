"""Kill -9 a training process mid-run, resume in another process: same final weights as an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from torch.testing import assert_close

from medmoe.train import TrainConfig, Trainer
from medmoe.train.toy import toy_problem

CHILD = """
import sys, time
from pathlib import Path
import torch
torch.set_num_threads(1)
from medmoe.train import Trainer, TrainConfig
from medmoe.train.toy import toy_problem
run_dir, stall = Path(sys.argv[1]), int(sys.argv[2])
p = toy_problem(seed=1, d_model=32, dropout=0.1, balance="bias")
def batch_fn(step):
    if step == stall:  # park here so the parent kills us mid-run, after the step-20 checkpoint
        (run_dir / "stalled").write_text(str(step))
        time.sleep(600)
    return p.batch_fn(step)
cfg = TrainConfig(max_steps=40, lr=3e-3, warmup_steps=4, eval_every=10, ckpt_every=10, log_every=5,
                  device="cpu", progress=False)
Trainer(cfg, p.model, p.loss_fn, batch_fn, eval_fn=p.eval_fn, run_dir=run_dir).fit()
"""


def cfg() -> TrainConfig:
    return TrainConfig(max_steps=40, lr=3e-3, warmup_steps=4, eval_every=10, ckpt_every=10, log_every=5,
                       device="cpu", progress=False)


@pytest.mark.slow
def test_sigkill_then_resume_matches_uninterrupted(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    child = subprocess.Popen([sys.executable, str(script), str(run_dir), "25"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 240
        while not (run_dir / "stalled").exists():
            if child.poll() is not None:
                pytest.fail(f"child exited early: {child.stdout.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("child did not reach step 25 in time")
            time.sleep(0.2)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    # Resume in this process from the step-20 checkpoint the killed run left behind.
    # A model built from another seed: everything must come from the checkpoint. Same data (seed 1) as the child.
    p = toy_problem(seed=7, d_model=32, dropout=0.1, balance="bias")
    data = toy_problem(seed=1, d_model=32).batch_fn
    res = Trainer(cfg(), p.model, p.loss_fn, data, eval_fn=p.eval_fn, run_dir=run_dir).fit()
    assert res.steps == 40
    ref = toy_problem(seed=1, d_model=32, dropout=0.1, balance="bias")
    ref_res = Trainer(cfg(), ref.model, ref.loss_fn, ref.batch_fn, eval_fn=ref.eval_fn).fit()
    assert res.best_metrics["loss"] == pytest.approx(ref_res.best_metrics["loss"], rel=1e-4)
    last = [h for h in res.history if "loss" in h][-1]["loss"]
    ref_last = [h for h in ref_res.history if "loss" in h][-1]["loss"]
    assert last == pytest.approx(ref_last, rel=1e-4)
    for (k, a), b in zip(p.model.state_dict().items(), ref.model.state_dict().values(), strict=True):
        assert_close(a, b, rtol=1e-4, atol=1e-5, msg=k)
