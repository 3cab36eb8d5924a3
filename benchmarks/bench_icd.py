"""ICD-10 coding benchmark (RuMedTop3 dev): shipped coder vs the published baseline, measured in one run.

Reports dev Hit@1 / Hit@3 with 95% bootstrap intervals for both, the paired difference, prediction speed
(notes/s, after a warm-up, best of 3) and the ratios ours/baseline. The baseline (char 3-8 TF-IDF +
one-vs-rest logistic regression, C=10, as in RuMedBench) is fit on train here, in the same run.
Writes benchmarks/results/icd.json. Needs ../shared/data/rumed (skips with exit 0 when absent).

    .venv/bin/python benchmarks/bench_icd.py [--model DIR] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import torch

from medmoe.icd import ICDCoder
from medmoe.icd.ngram import fit_published_baseline, hits
from medmoe.io import atomic_write_text
from medmoe.paths import shared_data_dir
from medmoe.validate.bootstrap import bootstrap_mean, paired_bootstrap

OUT = Path(__file__).resolve().parent / "results" / "icd.json"
PUBLISHED_TEST = {
    "tfidf_lr": {"hit1": 49.76, "hit3": 72.75},
    "RuBioRoBERTa": {"hit1": 46.72, "hit3": 72.87},
    "RuBERT": {"hit1": 39.54, "hit3": 62.29},
    "physicians": {"hit1": 25.06, "hit3": 48.54},
}


def _read(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _speed(fn, texts: list[str], repeats: int = 3) -> float:
    fn(texts[:32])  # warm-up: lemma cache, lazy imports
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - t)
    return len(texts) / best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model directory (default: shipped icd-default)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument(
        "--compare",
        default=None,
        help="another model directory (e.g. the previous icd-default) scored in the same run, with "
        "the paired difference medmoe minus it",
    )
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    data = shared_data_dir()
    if data is None or not (data / "rumed" / "RuMedTop3_dev.jsonl").is_file():
        print("skipped: ../shared/data/rumed is absent")
        return 0
    train = _read(data / "rumed" / "RuMedTop3_train.jsonl")
    dev = _read(data / "rumed" / "RuMedTop3_dev.jsonl")
    texts = [r["symptoms"] for r in dev]

    coder = ICDCoder.load(args.model)
    l2i = {c: i for i, c in enumerate(coder.labels)}
    y = np.array([l2i.get(r["code"], -1) for r in dev])
    from medmoe.icd.ngram import note_tokens, note_words

    note_tokens.cache_clear()
    note_words.cache_clear()
    t = time.perf_counter()
    p_ours = coder.predict_proba(texts)
    cold_nps = len(texts) / (time.perf_counter() - t)  # first pass: lemmas not cached yet
    ours_nps = _speed(coder.predict_proba, texts)
    # Ablations of the shipped model's parts (same trained weights, each part alone).
    parts = {}
    if coder.cfg.weights:
        for name, lp in coder.part_log_probas(texts).items():
            parts[f"medmoe_{name}_only"] = np.exp(lp)
    elif len(coder.module.moes) and coder.featurizer is not None:
        from medmoe.icd.train import moe_predict_proba

        parts["medmoe_moe_only"] = moe_predict_proba(list(coder.module.moes), coder.featurizer, texts)
    if coder.ngram is not None and not coder.cfg.weights:
        parts["medmoe_ngram_only"] = coder.ngram.predict_proba(texts).astype(np.float64)

    if args.compare:
        other = ICDCoder.load(args.compare)
        if other.labels != coder.labels:
            raise SystemExit(f"{args.compare}: different code list")
        parts["compare"] = other.predict_proba(texts)
        compare_nps = _speed(other.predict_proba, texts)

    t0 = time.perf_counter()
    base = fit_published_baseline(
        [r["symptoms"] for r in train], np.array([l2i[r["code"]] for r in train]), len(coder.labels)
    )
    base_fit_s = time.perf_counter() - t0
    p_base = base(texts)
    base_nps = _speed(base, texts)

    res: dict = {
        "dataset": "RuMedTop3 dev",
        "n_dev": len(dev),
        "model": str(coder.path),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "torch_threads": args.threads,
        "systems": {},
    }
    per_case = {}
    for name, p in (("medmoe", p_ours), ("baseline_reproduced", p_base), *parts.items()):
        h1, h3 = hits(p, y, 1), hits(p, y, 3)
        per_case[name] = (h1, h3)
        e1, e3 = bootstrap_mean(h1), bootstrap_mean(h3)
        res["systems"][name] = {
            "hit1": {k: 100 * v if k != "n" else v for k, v in e1.as_dict().items()},
            "hit3": {k: 100 * v if k != "n" else v for k, v in e3.as_dict().items()},
        }
        print(f"{name:<20} Hit@1 {e1.fmt(100)}  Hit@3 {e3.fmt(100)}")
    res["systems"]["medmoe"]["notes_per_s"] = round(ours_nps, 1)
    res["systems"]["medmoe"]["notes_per_s_cold"] = round(cold_nps, 1)
    res["systems"]["medmoe"]["blend_weights"] = coder.cfg.weights or [coder.cfg.weight_moe]
    if args.compare:
        res["compare_model"] = str(args.compare)
        res["systems"]["compare"]["notes_per_s"] = round(compare_nps, 1)
        c1, c3 = per_case["compare"]
        res["paired_diff_points_vs_compare"] = {
            "hit1": {
                k: 100 * v if k != "p_not_better" else v
                for k, v in paired_bootstrap(per_case["medmoe"][0], c1).items()
            },
            "hit3": {
                k: 100 * v if k != "p_not_better" else v
                for k, v in paired_bootstrap(per_case["medmoe"][1], c3).items()
            },
        }
    try:
        res["load_average_1min"] = round(os.getloadavg()[0], 2)  # the CPU is shared: speeds depend on it
    except OSError:
        pass
    res["systems"]["baseline_reproduced"]["notes_per_s"] = round(base_nps, 1)
    res["systems"]["baseline_reproduced"]["fit_seconds"] = round(base_fit_s, 1)
    (o1, o3), (b1, b3) = per_case["medmoe"], per_case["baseline_reproduced"]
    res["paired_diff_points"] = {
        "hit1": {k: 100 * v if k != "p_not_better" else v for k, v in paired_bootstrap(o1, b1).items()},
        "hit3": {k: 100 * v if k != "p_not_better" else v for k, v in paired_bootstrap(o3, b3).items()},
    }
    res["ratios_ours_over_baseline"] = {
        "hit1": round(float(o1.mean() / max(b1.mean(), 1e-9)), 3),
        "hit3": round(float(o3.mean() / max(b3.mean(), 1e-9)), 3),
        "notes_per_s": round(ours_nps / max(base_nps, 1e-9), 3),
    }
    if len(coder.module.bags) and coder.ngram is not None:
        from medmoe.icd.model import routing_by_chapter_bag
        from medmoe.icd.names import chapter

        res["routing_by_chapter_moe0"] = routing_by_chapter_bag(
            coder.module.bags[0],
            [coder.ngram.transform_one(t) for t in texts],  # type: ignore[arg-type]
            [chapter(r["code"]) for r in dev],
        )
    elif len(coder.module.moes) and coder.featurizer is not None:
        from medmoe.icd.model import routing_by_chapter
        from medmoe.icd.names import chapter

        res["routing_by_chapter_moe0"] = routing_by_chapter(
            coder.module.moes[0], coder.featurizer, texts, [chapter(r["code"]) for r in dev]
        )
    res["targets"] = {"hit1": 55.0, "hit3": 78.0, "notes_per_s": 200.0}
    res["published_test_set"] = PUBLISHED_TEST
    print(
        f"notes/s: medmoe {ours_nps:.0f} (cold cache {cold_nps:.0f}), baseline {base_nps:.0f}; ratios {res['ratios_ours_over_baseline']}"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(OUT, json.dumps(res, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
