"""Throughput of `medmoe.deid` in KB/s of UTF-8 text, with and without pseudonymization, the cost of
natasha (gated as shipped, on every sentence, off), and the speed-up of `--workers 2`. Also the eval-split
quality of each variant.

Run: `.venv/bin/python benchmarks/bench_deid.py [--n 300] [--workers-n 1200]`; writes
benchmarks/results/deid.json (atomically).
Variants: two throughputs, wall clock (what a user sees on this machine, shared by other jobs) and CPU time
of this one process (what one free core delivers). Model loading (natasha ~1 s, pymorphy3) is done once before
timing and reported separately; word caches are warmed on a separate corpus seed so the first timed pass does
not measure first-touch parsing of every word (later passes over the same notes find every word cached). Each
pass builds a fresh Deidentifier, so its per-instance surrogate memo never carries over from an earlier pass.
Workers: `Deidentifier.process_many(workers=1|2)` on a larger corpus, the two interleaved pass by pass (the
machine's load changes between passes), wall clock only (the CPU time of the parent says nothing about its
workers), pool start-up included; the ratio to workers=1 is the number to read on a shared machine. The
outputs of the two are compared and must be identical.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

import torch

from medmoe.deid.batch import DocumentPool, transform_job
from medmoe.deid.engine import Deidentifier
from medmoe.deid.evaluate import score
from medmoe.deid.recognizers import builtin_recognizers
from medmoe.deid.registry import Registry
from medmoe.io import atomic_write_text
from medmoe.synth.deid import generate

KEY = b"bench-key-bench-key-bench-key-32"
REPEATS = 5
WORKER_REPEATS = 3
OUT = Path(__file__).resolve().parent / "results" / "deid.json"


def _deid(mode: str, natasha: str) -> Deidentifier:
    recs = builtin_recognizers(natasha=natasha != "off")
    for r in recs:
        if r.name == "natasha":
            r.gated = natasha == "gated"  # type: ignore[attr-defined]
    return Deidentifier(lang="auto", mode=mode, key=KEY, registry=Registry(recs))


def run(n: int, workers_n: int) -> dict[str, object]:
    torch.set_num_threads(1)  # house rule for shared machines; deid itself does not use torch
    docs = list(generate(n, split="eval", seed=100))
    warm = list(generate(max(50, n // 4), split="eval", seed=101))
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    t0 = time.perf_counter()
    _deid("mask", "all").process("Пациент Иванов Иван Иванович осмотрен.")  # loads natasha + pymorphy3
    load_s = time.perf_counter() - t0
    try:
        load1 = os.getloadavg()[0]
    except OSError:
        load1 = float("nan")
    results: dict[str, object] = {
        "n_docs": n,
        "repeats_median_of": REPEATS,
        "load_avg_1min": round(load1, 2),
        "kbytes": round(nbytes / 1024, 1),
        "model_load_s": round(load_s, 2),
        "cpu_count": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "python": platform.python_version(),
        "variants": {},
    }
    for natasha in ("gated", "all", "off"):
        for mode in ("mask", "pseudonymize"):
            d = _deid(mode, natasha)
            for w in warm:
                d.process(w["text"], doc_id=w["id"])
            walls, cpus = [], []
            for _ in range(REPEATS):  # median of a few passes: the machine is shared, single passes are noisy
                d = _deid(mode, natasha)
                t0, c0 = time.perf_counter(), time.process_time()
                preds = [d.process(x["text"], doc_id=x["id"]) for x in docs]
                walls.append(time.perf_counter() - t0)
                cpus.append(time.process_time() - c0)
            dt, cpu = sorted(walls)[len(walls) // 2], sorted(cpus)[len(cpus) // 2]
            q = score(
                [
                    {
                        "gold": [(e["start"], e["end"], e["type"]) for e in x["entities"]],
                        "gold_text": [e["text"] for e in x["entities"]],
                        "pred": [(e.start, e.end, e.type) for e in p.entities],
                        "output": p.text,
                        "eponyms": x["eponyms"],
                    }
                    for x, p in zip(docs, preds, strict=True)
                ],
                n_boot=50,
            )
            key = f"{mode}/natasha={natasha}"
            results["variants"][key] = {  # type: ignore[index]
                "kb_per_s_wall": round(nbytes / 1024 / dt, 1),
                "kb_per_s_cpu": round(nbytes / 1024 / cpu, 1),
                "seconds_wall": round(dt, 2),
                "seconds_cpu": round(cpu, 2),
                "name_recall_partial": round(q["types"]["NAME"]["partial"]["recall"]["value"], 4),
                "name_precision_partial": round(q["types"]["NAME"]["partial"]["precision"]["value"], 4),
                "any_recall_partial": round(q["types"]["any"]["partial"]["recall"]["value"], 4),
                "leaked_strings": q["leakage"]["leaked_strings"],
                "eponym_retention": round(q["eponym_retention"]["value"], 4),
            }
            print(key, results["variants"][key], flush=True)  # type: ignore[index]
    results["workers"] = run_workers(workers_n)
    try:
        results["load_avg_1min_end"] = round(os.getloadavg()[0], 2)
    except OSError:
        pass
    return results


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _cpu_with_children() -> float:
    """CPU seconds of this process plus its finished (joined) children: the workers' work is counted too."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_workers(n: int) -> dict[str, object]:
    """KB/s (wall) of `process_many` with workers=1 and workers=2, interleaved, median of WORKER_REPEATS."""
    docs = list(generate(n, split="eval", seed=102))
    texts, ids = [d["text"] for d in docs], [d["id"] for d in docs]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    with DocumentPool(_deid("mask", "gated"), 2, transform_job):
        pass  # fork two workers, build their Deidentifiers, load (here: inherit) the models
    out: dict[str, object] = {
        "n_docs": n,
        "kbytes": round(nbytes / 1024, 1),
        "repeats_median_of": WORKER_REPEATS,
        "pool_start_s": round(time.perf_counter() - t0, 3),
        "modes": {},
    }
    for mode in ("mask", "pseudonymize"):
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        texts_out: dict[int, list[str]] = {}
        for _ in range(WORKER_REPEATS):
            for workers in (1, 2):
                d = _deid(mode, "gated")
                t0, c0 = time.perf_counter(), _cpu_with_children()
                res = d.process_many(texts, doc_ids=ids, workers=workers)
                walls[workers].append(time.perf_counter() - t0)
                cpus[workers].append(_cpu_with_children() - c0)
                texts_out[workers] = [r.text for r in res]
        kbs = {w: nbytes / 1024 / _median(v) for w, v in walls.items()}
        kb_cpu = {w: nbytes / 1024 / _median(v) for w, v in cpus.items()}
        row = {
            f"workers={w}": {
                "kb_per_s_wall": round(kbs[w], 1),
                "ratio_to_workers_1": round(kbs[w] / kbs[1], 2),
                # KB per CPU-second of this process and its workers together: the parallel overhead shows as
                # a drop from workers=1; on w free cores the wall throughput is at most w times this
                "kb_per_cpu_s": round(kb_cpu[w], 1),
            }
            for w in (1, 2)
        }
        row["outputs_identical"] = texts_out[1] == texts_out[2]  # type: ignore[assignment]
        out["modes"][mode] = row  # type: ignore[index]
        print(f"workers {mode}", row, flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers-n", type=int, default=1200, help="documents for the workers=1/2 comparison")
    args = ap.parse_args()
    res = run(args.n, args.workers_n)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(OUT, json.dumps(res, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    tempfile.tempdir = None
    main()
