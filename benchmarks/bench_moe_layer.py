"""Benchmark: forward+backward time and peak memory of one MoE FFN layer on CPU.

Compares, at batch x seq = 8 x 256, d_model = 256, 8 experts, top-2 (d_expert = 512):
  ours   medmoe.moe.MoELayer (sorted dropless dispatch, grouped matmul)
  dense  a dense SwiGLU FFN with the same *active* parameters (hidden = top_k * d_expert = 1024)
  hf     transformers' MixtralSparseMoeBlock with the same shapes, in each of its expert implementations
         ("eager": what a standalone block uses; "grouped_mm": what from_pretrained picks on this torch).
         Its "batched_mm" implementation is left out: at these shapes on CPU it took 39 s and 8 GB per step.
Timing: all variants live in one process and run alternately, step by step, so that load from other jobs on a
shared machine hits each of them alike; paired per-step ratios are reported too. Peak memory: each variant
in its own fresh process (growth of max RSS). Result: benchmarks/results/moe_layer.json.

Targets (issue 2): ours within 1.5x of dense; hf at least 1.5x slower than ours.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from medmoe.io import atomic_write_text

if TYPE_CHECKING:  # torch is imported inside functions so the parent process stays light
    import torch

HERE = Path(__file__).resolve().parent
SHAPES = {"batch": 8, "seq": 256, "d_model": 256, "n_experts": 8, "top_k": 2, "d_expert": 512}
HF_IMPLS = ["eager", "grouped_mm"]


def build(variant: str) -> torch.nn.Module:
    import torch

    S = SHAPES
    if variant == "ours":
        from medmoe.moe import MoEConfig, MoELayer

        return MoELayer(MoEConfig(d_model=S["d_model"], d_expert=S["d_expert"], n_experts=S["n_experts"],
                                  top_k=S["top_k"], balance="aux"))
    if variant == "dense":
        from medmoe.moe import SwiGLU

        return SwiGLU(S["d_model"], S["top_k"] * S["d_expert"])
    if variant.startswith("hf_"):
        from transformers import MixtralConfig
        from transformers.models.mixtral.modeling_mixtral import MixtralSparseMoeBlock

        cfg = MixtralConfig(hidden_size=S["d_model"], intermediate_size=S["d_expert"],
                            num_local_experts=S["n_experts"], num_experts_per_tok=S["top_k"],
                            router_jitter_noise=0.0)
        cfg._experts_implementation = variant[3:]
        block = MixtralSparseMoeBlock(cfg)
        with torch.no_grad():  # the block has no init of its own outside PreTrainedModel
            for p in block.parameters():
                p.normal_(0, 0.02)
        return block
    raise ValueError(variant)


def make_step(variant: str):  # noqa: ANN201 (returns a closure)
    import torch

    torch.manual_seed(0)
    m = build(variant)
    S = SHAPES
    x = torch.randn(S["batch"], S["seq"], S["d_model"])
    grad = torch.randn_like(x)

    def step() -> None:
        xi = x.detach().requires_grad_(True)
        y = m(xi)
        loss = (y * grad).sum()
        if variant == "ours":
            loss = loss + m.aux_loss  # the balancing loss is part of what a training step costs
        loss.backward()
        m.zero_grad(set_to_none=True)

    return step


def peak_memory(variant: str, threads: int) -> float:
    """Growth of max RSS (MB) over 3 steps, measured in this (fresh) process."""
    import torch

    torch.set_num_threads(threads)
    step = make_step(variant)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(3):
        step()
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


def time_interleaved(variants: list[str], steps: int, threads: int) -> tuple[dict[str, list[float]], dict[str, str]]:
    """Per-step times, alternating variants step by step so that load from other jobs hits all alike."""
    import torch

    torch.set_num_threads(threads)
    fns, errors = {}, {}
    for v in variants:
        try:
            fns[v] = make_step(v)
            for _ in range(2):  # warm-up
                fns[v]()
        except Exception as e:  # e.g. an HF implementation this build cannot run
            errors[v] = f"{type(e).__name__}: {e}"
    times: dict[str, list[float]] = {v: [] for v in fns}
    for i in range(steps):
        order = list(fns) if i % 2 == 0 else list(reversed(fns))
        for v in order:
            t = time.perf_counter()
            fns[v]()
            times[v].append((time.perf_counter() - t) * 1000)
    return times, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--memory-of", help=argparse.SUPPRESS)
    ap.add_argument("--steps", type=int, default=30, help="timed steps per variant (after 2 warm-up steps)")
    ap.add_argument("--threads", type=int, default=int(os.environ.get("BENCH_THREADS", "1")),
                    help="torch intra-op threads (default 1: the CI box's 2 cores are shared)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "moe_layer.json")
    args = ap.parse_args()

    if args.memory_of:  # child mode: one variant's peak memory in a clean process
        print(json.dumps({"peak_rss_delta_mb": peak_memory(args.memory_of, args.threads)}))
        return 0

    variants = ["ours", "dense"] + [f"hf_{i}" for i in HF_IMPLS]
    env = {**os.environ, "OMP_NUM_THREADS": str(args.threads), "TRANSFORMERS_VERBOSITY": "error"}
    mem: dict[str, float] = {}
    for v in variants:
        proc = subprocess.run([sys.executable, __file__, "--memory-of", v, "--threads", str(args.threads)],
                              capture_output=True, text=True, env=env)
        if proc.returncode == 0:
            mem[v] = json.loads(proc.stdout.strip().splitlines()[-1])["peak_rss_delta_mb"]
    os.environ["TRANSFORMERS_VERBOSITY"] = "error"
    times, errors = time_interleaved(variants, args.steps, args.threads)

    tokens = SHAPES["batch"] * SHAPES["seq"]
    summary = {}
    for v, ts in times.items():
        ms = statistics.median(ts)
        summary[v] = {"ms": ms, "best_ms": min(ts), "tokens_per_s": tokens / ms * 1000,
                      "peak_rss_delta_mb": mem.get(v)}
        print(f"  {v:<14} median {ms:8.2f} ms  best {min(ts):8.2f} ms  {tokens / ms * 1000:8.0f} tok/s  "
              f"peak +{mem.get(v, float('nan')):.0f} MB", flush=True)
    # Per-step paired ratios: variants ran back to back, so each pair saw about the same machine load.
    paired = {f"{a}_over_{b}": statistics.median(x / y for x, y in zip(times[a], times[b], strict=True))
              for a, b in [("ours", "dense"), ("hf_grouped_mm", "ours"), ("hf_eager", "ours")]
              if a in times and b in times}
    ours, dense = summary["ours"]["ms"], summary["dense"]["ms"]
    hf_default = "hf_grouped_mm" if "hf_grouped_mm" in summary else "hf_eager"
    hf = summary[hf_default]["ms"]
    result = {
        "ours_ms": ours, "dense_ms": dense, "hf_ms": hf,
        "ours_over_dense": ours / dense, "hf_over_ours": hf / ours,
        "hf_impl": hf_default[3:],
        "hf_eager_ms": summary.get("hf_eager", {}).get("ms"),
        "hf_eager_over_ours": summary["hf_eager"]["ms"] / ours if "hf_eager" in summary else None,
        "paired_step_ratios": paired,
        "targets": {"ours_over_dense_max": 1.5, "hf_over_ours_min": 1.5,
                    "ours_over_dense_met": ours / dense <= 1.5, "hf_over_ours_met": hf / ours >= 1.5},
        "variants": summary, "errors": errors,
        "shapes": SHAPES, "dense_hidden": SHAPES["top_k"] * SHAPES["d_expert"],
        "measure": f"median ms per forward+backward step over {args.steps} steps, variants interleaved step by "
                   "step in one process; peak = growth of max RSS over 3 steps, each variant in a fresh process",
        "machine": {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
                    "cpu_count": os.cpu_count(), "threads": args.threads,
                    "load_avg_at_end": os.getloadavg()},
        "versions": _versions(),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(args.out, json.dumps(result, indent=2) + "\n")
    print(f"ours {ours:.1f} ms, dense {dense:.1f} ms, hf[{hf_default[3:]}] {hf:.1f} ms, "
          f"hf[eager] {result['hf_eager_ms'] or float('nan'):.1f} ms")
    print(f"ours/dense = {ours / dense:.2f}x (target <= 1.5x), hf/ours = {hf / ours:.2f}x (target >= 1.5x)")
    print("paired per-step ratios: " + ", ".join(f"{k} {v:.2f}x" for k, v in paired.items()))
    print(f"saved {args.out}")
    return 0


def _versions() -> dict:
    from importlib import metadata

    out = {}
    for p in ("torch", "transformers"):
        try:
            out[p] = metadata.version(p)
        except metadata.PackageNotFoundError:
            out[p] = None
    return out


if __name__ == "__main__":
    sys.exit(main())
