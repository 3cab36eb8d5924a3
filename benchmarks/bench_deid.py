"""Throughput of `medmoe.deid` in KB/s of UTF-8 text, with and without pseudonymization, and the cost of
natasha (gated as shipped, on every sentence, off). Also the eval-split quality of each variant.

Run: `.venv/bin/python benchmarks/bench_deid.py [--n 300]`; writes benchmarks/results/deid.json.
Two throughputs: wall clock (what a user sees on this machine, shared by other jobs) and CPU time of this
one process (what one free core delivers; `medmoe deid` is single-process, so two cores = two processes).
Model loading (natasha ~1 s, pymorphy3) is done once before timing and reported separately; word caches are
warmed on a separate corpus seed so the timed pass does not measure first-touch parsing of every word.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

import torch

from medmoe.deid.engine import Deidentifier
from medmoe.deid.evaluate import score
from medmoe.deid.recognizers import builtin_recognizers
from medmoe.deid.registry import Registry
from medmoe.io import atomic_write_text
from medmoe.synth.deid import generate

KEY = b"bench-key-bench-key-bench-key-32"
REPEATS = 5
OUT = Path(__file__).resolve().parent / "results" / "deid.json"


def _deid(mode: str, natasha: str) -> Deidentifier:
    recs = builtin_recognizers(natasha=natasha != "off")
    for r in recs:
        if r.name == "natasha":
            r.gated = natasha == "gated"  # type: ignore[attr-defined]
    return Deidentifier(lang="auto", mode=mode, key=KEY, registry=Registry(recs))


def run(n: int) -> dict[str, object]:
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
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    res = run(args.n)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(OUT, json.dumps(res, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    tempfile.tempdir = None
    main()
