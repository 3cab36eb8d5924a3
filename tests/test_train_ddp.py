"""The Trainer under `torchrun --nproc_per_node=2` on CPU (gloo): ranks stay in sync, rank 0 alone writes
checkpoints, and 2 processes on half batches reach the same weights as 1 process on whole batches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from torch.testing import assert_close

from medmoe.train import TrainConfig, Trainer
from medmoe.train.toy import toy_problem

WORKER = """
import os, sys
import torch
torch.set_num_threads(1)
from safetensors.torch import save_file
from medmoe.train import Trainer, TrainConfig
from medmoe.train.toy import toy_problem
out = sys.argv[1]
p = toy_problem(seed=5, d_model=32, balance="none")
cfg = TrainConfig(max_steps=12, lr=3e-3, warmup_steps=2, eval_every=6, ckpt_every=6, log_every=3, device="cpu",
                  progress=False)
res = Trainer(cfg, p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn, run_dir=out + "/run").fit()
rank = int(os.environ["RANK"])
save_file({k: v.contiguous() for k, v in p.model.state_dict().items()}, f"{out}/rank{rank}.safetensors")
"""


@pytest.mark.slow
def test_two_process_ddp_matches_single_process(tmp_path: Path) -> None:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                           str(script), str(tmp_path)], env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    w0 = load_file(str(tmp_path / "rank0.safetensors"))
    w1 = load_file(str(tmp_path / "rank1.safetensors"))
    for k in w0:
        assert torch.equal(w0[k], w1[k]), f"ranks diverged at {k}"
    assert (tmp_path / "run" / "last" / "state.json").is_file()
    assert not (tmp_path / "run" / "last.tmp").exists()

    p = toy_problem(seed=5, d_model=32, balance="none")
    cfg = TrainConfig(max_steps=12, lr=3e-3, warmup_steps=2, eval_every=6, ckpt_every=6, log_every=3,
                      device="cpu", progress=False)
    Trainer(cfg, p.model, p.loss_fn, p.batch_fn, eval_fn=p.eval_fn).fit()
    for k, v in p.model.state_dict().items():
        assert_close(w0[k], v, rtol=1e-3, atol=1e-4, msg=k)
