"""Triage evaluation: safety metrics first, each with a 95% bootstrap interval.

Why these metrics: in triage the two errors are not symmetric. A missed emergency (under-triage) can kill;
an over-triaged routine case costs a queue slot. So the headline numbers are emergency recall and the
over-triage rate of routine cases, and the parts (rules alone, model alone) are reported next to the
combined system so the value of each is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from medmoe.triage.api import Triager, TriageResult
from medmoe.triage.rules import LEVELS
from medmoe.validate.bootstrap import bootstrap_mean


def safety_metrics(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    """Emergency recall, over-triage of routine cases, under-triage, accuracy, confusion matrix."""
    g = [LEVELS.index(x) for x in gold]
    p = [LEVELS.index(x) for x in pred]
    em = [float(pi == 2) for gi, pi in zip(g, p, strict=True) if gi == 2]
    routine_over = [float(pi > 0) for gi, pi in zip(g, p, strict=True) if gi == 0]
    routine_to_em = [float(pi == 2) for gi, pi in zip(g, p, strict=True) if gi == 0]
    over = [float(pi > gi) for gi, pi in zip(g, p, strict=True)]
    under = [float(pi < gi) for gi, pi in zip(g, p, strict=True)]
    acc = [float(pi == gi) for gi, pi in zip(g, p, strict=True)]
    confusion = {gl: {pl: sum(1 for gi, pi in zip(g, p, strict=True) if gi == a and pi == b)
                      for b, pl in enumerate(LEVELS)} for a, gl in enumerate(LEVELS)}
    return {"emergency_recall": bootstrap_mean(em).as_dict(),
            "over_triage_routine": bootstrap_mean(routine_over).as_dict(),
            "routine_to_emergency": bootstrap_mean(routine_to_em).as_dict(),
            "over_triage_all": bootstrap_mean(over).as_dict(),
            "under_triage_all": bootstrap_mean(under).as_dict(),
            "accuracy": bootstrap_mean(acc).as_dict(),
            "n": len(g), "confusion": confusion}


def evaluate(triager: Triager, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Metrics for the combined system and for rules alone and model alone, plus the misses by id."""
    texts = [r["text"] for r in records]
    langs = [r.get("lang") or "ru" for r in records]
    gold = [r["level"] for r in records]
    results: list[TriageResult] = triager.triage_batch(texts, langs)
    out: dict[str, Any] = {"combined": safety_metrics(gold, [r.level for r in results]),
                           "rules_only": safety_metrics(gold, [r.rule_level for r in results])}
    if triager.model is not None:
        # the model alone, by its most probable level (its thresholded vote is what the combination uses)
        out["model_only"] = safety_metrics(gold, [r.model_top or "routine" for r in results])
    out["missed_emergencies"] = [rec["id"] for rec, res in zip(records, results, strict=True)
                                 if rec["level"] == "emergency" and res.level != "emergency"]
    out["over_triaged_routine"] = [rec["id"] for rec, res in zip(records, results, strict=True)
                                   if rec["level"] == "routine" and res.level != "routine"]
    out["model"] = triager.model_name or triager.model_note
    return out
