"""Phenotype recognition benchmark: concept F1 and negation accuracy on held-out narratives, notes/s,
and the diagnosis gap (top-10 from recognised terms vs from the gold terms of the same notes).

Held-out protocol: notes are written with `eval_wording=True` (held-out sentence templates; for Russian the
held-out phrasings file, which the recogniser never reads) from rare-disease patients of seeds not used in
development. The held-out phrasings are further split by a hash of the HPO id into a "validation" half
(errors may be inspected while improving the recogniser) and a "test" half (never inspected): the test
half is the headline. Development-wording scores are reported for comparison only.

Run: .venv/bin/python benchmarks/bench_phenotypes.py [--n-ru 300] [--n-en 150]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from medmoe.io import atomic_write_text

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "results" / "phenotypes.json"


def half(hpo_id: str) -> str:
    return "validation" if zlib.crc32(hpo_id.encode()) % 2 == 0 else "test"


def restrict(d: dict[str, bool], keep: Callable[[str], bool]) -> dict[str, bool]:
    return {k: v for k, v in d.items() if keep(k)}


def run(lang: str, n: int, eval_wording: bool, seed: int, with_dx: bool) -> dict:
    from medmoe.knowledge.hpo import get_ontology
    from medmoe.phenotypes import PhenotypeRecognizer, concepts
    from medmoe.phenotypes.datasets import narrative_records
    from medmoe.phenotypes.evaluate import count_note, gold_concepts, summarize
    from medmoe.synth.narrative import load_eval_phrasings

    onto = get_ontology()
    t0 = time.perf_counter()
    recs = list(narrative_records(n, lang, eval_wording, seed=seed, preset="train"))
    t_gen = time.perf_counter() - t0
    rec = PhenotypeRecognizer(lang).warm_up()
    t0 = time.perf_counter()
    preds = [concepts(rec.recognize(r["text"])) for r in recs]
    t_rec = time.perf_counter() - t0
    golds = [gold_concepts(r) for r in recs]
    held = set(load_eval_phrasings()) if (lang == "ru" and eval_wording) else set()

    def metrics(keep: Callable[[str], bool] | None = None) -> dict:
        cs = [count_note(restrict(g, keep) if keep else g, restrict(p, keep) if keep else p, onto)
              for g, p in zip(golds, preds, strict=True)]
        out = {k: v.as_dict() for k, v in summarize(cs).items()}
        out["gold_concepts"] = sum(c.n_gold for c in cs)
        return out

    res: dict = {
        "lang": lang, "eval_wording": eval_wording, "notes": len(recs), "seed": seed,
        "chars_per_note": sum(len(r["text"]) for r in recs) / len(recs),
        "notes_per_s": len(recs) / t_rec, "generate_s": t_gen,
        "all": metrics(),
    }
    if held:
        res["heldout_phrasing_terms"] = metrics(lambda h: h in held)
        res["lexicon_phrasing_terms"] = metrics(lambda h: h not in held)
        res["test_half"] = metrics(lambda h: half(h) == "test")
        res["validation_half"] = metrics(lambda h: half(h) == "validation")
    if with_dx:
        from medmoe.errors import MedmoeError
        from medmoe.phenotypes.evaluate import diagnosis_gap
        from medmoe.rare.api import Diagnoser, Patient

        try:
            dx, ranker = Diagnoser.load(), "rare-default (hybrid MoE + similarity)"
        except MedmoeError:
            dx, ranker = Diagnoser.baseline_only(), "similarity baseline (no trained model found)"
        cases = [(r["disease_id"], g, p, r["id"]) for r, g, p in zip(recs, golds, preds, strict=True)]
        gap = diagnosis_gap(dx, Patient, cases)
        res["diagnosis"] = {"ranker": ranker, **{k: (v if k == "gap" else v.as_dict()) for k, v in gap.items()}}
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-ru", type=int, default=300)
    ap.add_argument("--n-en", type=int, default=150)
    ap.add_argument("--no-diagnosis", action="store_true")
    args = ap.parse_args()
    results = {
        "ru_heldout": run("ru", args.n_ru, True, seed=1001, with_dx=not args.no_diagnosis),
        "ru_dev": run("ru", max(50, args.n_ru // 3), False, seed=7, with_dx=False),
        "en_heldout": run("en", args.n_en, True, seed=1002, with_dx=not args.no_diagnosis),
        "en_dev": run("en", max(50, args.n_en // 3), False, seed=8, with_dx=False),
    }
    results["targets"] = {"f1_ru_heldout": 0.85, "negation_accuracy": 0.95, "notes_per_s": 50,
                          "diagnosis_gap_points": 5}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(OUT, json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    for name, r in results.items():
        if name == "targets":
            continue
        line = (f"{name:12s} notes={r['notes']:4d} F1={r['all']['f1']['value']:.3f} "
                f"F1tol={r['all']['f1_tolerant']['value']:.3f} neg={r['all']['negation_accuracy']['value']:.3f} "
                f"notes/s={r['notes_per_s']:.0f}")
        if "test_half" in r:
            line += (f" | test-half F1={r['test_half']['f1']['value']:.3f} "
                     f"heldout-phrasing F1={r['heldout_phrasing_terms']['f1']['value']:.3f}")
        if "diagnosis" in r:
            d = r["diagnosis"]
            line += (f" | top10 text={d['top10_text']['value']:.3f} gold={d['top10_gold']['value']:.3f}")
        print(line)
    print(f"saved {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
