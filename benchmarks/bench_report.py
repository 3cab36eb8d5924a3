"""Benchmark: radiology report generation (issue 5).

Measures, on a held-out synthetic set (phrasings and finding combinations never used in training):
- ms/report on CPU with greedy decoding (batch 1), bare model and with the verification pass, and the
  template baseline in the same run (ratios reported);
- clinical correctness and BLEU/ROUGE-L/chrF for the verified MoE, the raw greedy MoE and the template.
Writes benchmarks/results/report.json. Usage: python benchmarks/bench_report.py [--model DIR] [--n 200]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

import torch

from medmoe.io import atomic_write_text
from medmoe.report.data import synthetic_cases
from medmoe.report.evaluate import evaluate_cases, format_table
from medmoe.report.generator import ReportGenerator
from medmoe.report.template import TemplateGenerator

OUT = Path(__file__).resolve().parent / "results" / "report.json"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=None, help="model dir/name (default: report-default)")
    ap.add_argument("--n", type=int, default=200, help="held-out cases for the quality metrics")
    ap.add_argument("--n-speed", type=int, default=40, help="cases timed one by one")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=123)
    ap.add_argument("--speed-only", action="store_true", help="skip the quality metrics")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    cases = synthetic_cases(args.n, "heldout", seed=args.seed)
    gen = ReportGenerator.load(args.model)
    tmpl = TemplateGenerator()
    speed = cases[: args.n_speed]
    gen.generate_raw([speed[0].findings], [speed[0].lang])  # warm-up
    raw_ms, raw_cpu_ms, ver_ms, tmpl_ms = [], [], [], []
    for c in speed:
        t0, c0 = time.perf_counter(), time.process_time()
        gen.generate_raw([c.findings], [c.lang])
        raw_ms.append(1000 * (time.perf_counter() - t0))
        raw_cpu_ms.append(1000 * (time.process_time() - c0))  # CPU time: less sensitive to a shared box
        t0 = time.perf_counter()
        gen.generate([f.to_dict() for f in c.findings], c.lang)
        ver_ms.append(1000 * (time.perf_counter() - t0))
        t0 = time.perf_counter()
        tmpl.generate_text(c.findings, c.lang)
        tmpl_ms.append(1000 * (time.perf_counter() - t0))
    speed_res = {
        "moe_greedy_ms_per_report_median": statistics.median(raw_ms),
        "moe_greedy_ms_per_report_mean": statistics.fmean(raw_ms),
        "moe_greedy_cpu_ms_per_report_median": statistics.median(raw_cpu_ms),
        "moe_verified_ms_per_report_median": statistics.median(ver_ms),
        "moe_verified_ms_per_report_mean": statistics.fmean(ver_ms),
        "template_ms_per_report_median": statistics.median(tmpl_ms),
        "ratio_moe_greedy_over_template": statistics.median(raw_ms) / max(statistics.median(tmpl_ms), 1e-9),
        "target_ms_per_report": 150,
        "n_timed": len(speed),
    }
    quality = None if args.speed_only else evaluate_cases(cases, args.model, raw=True)
    if quality is not None:
        print(format_table(quality))
    print(json.dumps(speed_res, indent=2))
    res = {
        "benchmark": "report", "model": gen.model_name, "heldout_seed": args.seed, "n_cases": len(cases),
        "torch_threads": args.threads, "cpu": platform.processor() or platform.machine(),
        "load_average_at_start": os.getloadavg()[0], "speed": speed_res, "quality": quality,
        "targets": {"finding_f1": ">= 0.98", "laterality_error_rate": "< 0.005",
                    "hallucinated_finding_rate": "< 0.01", "ms_per_report_greedy": "<= 150"},
    }
    if quality is None and OUT.is_file():  # keep the last quality numbers
        res["quality"] = json.loads(OUT.read_text(encoding="utf-8")).get("quality")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(OUT, json.dumps(res, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
