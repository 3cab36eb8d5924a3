"""Validation adapter for de-identification: the full recognizer set vs natasha NER alone.

Default data: the held-out synthetic evaluation corpus (templates, name lists and formats not used while
writing the detectors). Per document: recall of gold personal-data spans (any overlap, any type: for privacy
what matters is that the characters are gone), precision, and whether any gold string leaked into the
output. Robustness uses perturbations that keep character offsets: all-lowercase and ALL-CAPS text.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import numpy as np

from medmoe.validate.adapter import Case, TaskAdapter

KEY = b"medmoe-validation-key-000000000000"


class DeidAdapter(TaskAdapter):
    task = "deid"
    primary = "recall"
    description = ("Per document: share of gold personal-data spans that were touched by a detection "
                   "(recall), share of detections that touch gold (precision), and leak-free (no gold string "
                   "left in the output).")
    perturbations = ("lowercase", "uppercase")

    def load(self, model: str | None) -> Any:
        from medmoe.deid.engine import Deidentifier

        self.deid = Deidentifier(lang="auto", mode="pseudonymize", key=KEY)
        return self.deid

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        if data:
            from medmoe.io import iter_jsonl

            recs = [item[1] for item in iter_jsonl(data, required=("id", "text", "entities"))
                    if isinstance(item, tuple)]
            desc = f"{data} ({len(recs)} annotated documents)"
        else:
            from medmoe.synth.deid import generate

            recs = list(generate(n, split="eval", seed=seed))
            desc = "held-out synthetic documents (evaluation templates, names and formats)"
        cases = [Case(str(r["id"]), r["text"], [(e["start"], e["end"], e["type"]) for e in r["entities"]],
                      {"language": r.get("lang", "?"), "document type": r.get("doc_type", "?")}) for r in recs]
        return cases, desc

    def _run(self, deid: Any, cases: list[Case]) -> list[Any]:
        out = []
        for c in cases:
            res = deid.process(c.input, doc_id=c.id)
            out.append({"text": res.text, "spans": [(e.start, e.end, e.type) for e in res.entities]})
        return out

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return self._run(self.deid, cases)

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        def touch(a: tuple, b: tuple) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        rec, prec, leak_free = [], [], []
        for c, p in zip(cases, preds, strict=True):
            g, s = c.gold, p["spans"]
            rec.append(sum(any(touch(a, b) for b in s) for a in g) / len(g) if g else np.nan)
            prec.append(sum(any(touch(b, a) for a in g) for b in s) / len(s) if s else np.nan)
            leak_free.append(float(not any(len(c.input[a:b].strip()) > 2 and c.input[a:b] in p["text"]
                                           for a, b, _ in g)))
        return {"recall": np.array(rec, float), "precision": np.array(prec, float),
                "leak_free": np.array(leak_free, float)}

    def baseline(self):  # type: ignore[override]
        from medmoe.deid.engine import Deidentifier
        from medmoe.deid.recognizers import NatashaRecognizer
        from medmoe.deid.registry import Registry

        ner = NatashaRecognizer()
        if hasattr(ner, "gated"):
            ner.gated = False  # type: ignore[attr-defined]
        alone = Deidentifier(lang="auto", mode="pseudonymize", key=KEY, registry=Registry([ner]))
        return "natasha NER alone", lambda cases: self._run(alone, cases)

    def prediction_key(self, pred: Any) -> str:
        return pred["text"]

    def perturb(self, case: Case, kind: str, rng: random.Random) -> Case | None:
        text = case.input.lower() if kind == "lowercase" else case.input.upper() if kind == "uppercase" else None
        if text is None or len(text) != len(case.input):
            return None
        return replace(case, input=text)

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        # Synthetic documents only hold made-up data, so showing them is safe.
        return [{"id": c.id, "output": p["text"][:600]} for c, p in zip(cases, preds, strict=True)]

    def metadata(self, model: Any) -> dict[str, Any]:
        return {"name": "medmoe deid (rules + natasha NER, no trained weights)",
                "training_data": "none: recognizers are rules, validated identifiers and natasha's bundled NER"}
