"""Pipeline and triage benchmark: per-step latency on the bundled notes, triage throughput, and triage
safety metrics (emergency recall, over-triage with 95% bootstrap intervals) on the held-out synthetic set
and the hand-written Russian set. Saves benchmarks/results/pipeline.json.

Run: .venv/bin/python benchmarks/bench_pipeline.py [--quick]
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "results" / "pipeline.json"


def main() -> None:
    from medmoe.io import atomic_write_text
    from medmoe.pipeline import Pipeline, PipelineConfig
    from medmoe.pipeline.inputs import Note, iter_notes
    from medmoe.synth.triage import generate
    from medmoe.triage import Triager
    from medmoe.triage.evaluate import evaluate

    quick = "--quick" in sys.argv
    # One thread: the box is shared, and two threads under load made the small triage model ~10x slower.
    torch.set_num_threads(1)
    result: dict = {"machine": {"python": platform.python_version(), "torch": torch.__version__,
                                "torch_threads": torch.get_num_threads(), "load_average": os.getloadavg()[0]},
                    "quick": quick}

    # 1) the whole pipeline on the example notes (first note includes model loading: reported apart)
    pipe = Pipeline(PipelineConfig(fhir=True))
    notes = [n for n in iter_notes(ROOT / "examples" / "notes") if isinstance(n, Note)]
    per_note, steps = [], {}
    t0 = time.perf_counter()
    first = pipe.analyze(notes[0].id, notes[0].text)
    result["pipeline_first_note_s"] = round(time.perf_counter() - t0, 2)
    # each remaining note once: components may cache per text, so repeats would flatter the latency
    for n in notes[1:]:
        r = pipe.analyze(n.id, n.text)
        per_note.append(r["timings"]["total"])
        for k, v in r["timings"].items():
            steps.setdefault(k, []).append(v)
    result["pipeline"] = {"notes": len(per_note), "median_ms_per_note": round(statistics.median(per_note), 1),
                          "median_ms_per_step": {k: round(statistics.median(v), 1) for k, v in steps.items()},
                          "steps_status": first["steps"]}

    # 2) triage throughput (rules only and with the model)
    texts = [r["text"] for r in generate(200 if quick else 1000, "eval", seed=7)]
    for name in ("rules", None):
        tr = Triager.load(name)
        t0 = time.perf_counter()
        tr.triage_batch(texts, ["ru"] * len(texts))
        dt = time.perf_counter() - t0
        result.setdefault("triage_throughput_texts_per_s", {})[name or "default"] = round(len(texts) / dt, 1)

    # 3) triage safety metrics
    hand = [json.loads(line) for line in (ROOT / "tests" / "data" / "triage_handwritten_ru.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    synth = generate(300 if quick else 900, "eval", seed=1)
    tr = Triager.load()
    result["triage_model"] = tr.model_name or tr.model_note
    for name, recs in (("synthetic_heldout_templates", synth), ("handwritten_ru", hand),
                       ("handwritten_ru_batch1", [r for r in hand if r.get("batch") == 1]),
                       ("handwritten_ru_batch2", [r for r in hand if r.get("batch") == 2])):
        if not recs:
            continue
        m = evaluate(tr, recs)
        result.setdefault("triage", {})[name] = {
            part: {k: m[part][k] for k in ("emergency_recall", "over_triage_routine", "routine_to_emergency",
                                           "under_triage_all", "accuracy", "n")}
            for part in ("combined", "rules_only", "model_only") if part in m}
    atomic_write_text(OUT, json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
