"""Validation adapter for rare-disease ranking: the shipped MoE hybrid vs the Phenomizer-style baseline.

Default data: a held-out synthetic set drawn with the "realistic" protocol (many terms, more specific
terms, excluded and unexplained features), which training never samples from directly.
Robustness here perturbs the phenotype list, not text: terms made less specific (ancestors), unrelated
terms added, half the terms missing, and a negation flip (every present term marked excluded), after
which the differential must change.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from typing import Any

import numpy as np

from medmoe.validate.adapter import Case, TaskAdapter, model_metadata


def _age_band(age: float | None) -> str:
    if age is None:
        return "unknown"
    return "0-1" if age < 1 else "1-5" if age < 5 else "5-18" if age < 18 else "18-40" if age < 40 else "40+"


class RareAdapter(TaskAdapter):
    task = "rare"
    primary = "top1"
    description = ("Rank of the gold disease among all OMIM + ORPHA diseases (ties split fairly); top-k is "
                   "the share of cases with the gold disease within the first k, MRR the mean reciprocal rank.")
    perturbations = ("ancestors", "noise_terms", "missing_terms", "negation_flip")

    def load(self, model: str | None) -> Any:
        from medmoe.rare.api import Diagnoser

        self.dx = Diagnoser.load(model)
        return self.dx

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        from medmoe.rare.io import iter_cases

        dx = self.dx
        onto = dx.onto
        raw: list[tuple[Any, list[str]]] = []
        if data:
            for c in iter_cases([data]):
                if hasattr(c, "patient") and c.gold:
                    raw.append((c.patient, c.gold))
            desc = f"phenopackets from {data}"
        else:
            from medmoe.rare.api import Patient
            from medmoe.synth.rare import RarePatientSampler, preset

            sampler = RarePatientSampler(preset("realistic", seed=10_000 + seed), dx.ann)
            for i, p in enumerate(sampler.stream(n)):
                raw.append((Patient(f"synth-{i}", p.present, p.excluded, p.sex, p.age_years), [p.disease_id]))
            desc = "held-out synthetic patients, 'realistic' protocol (not a training protocol)"
        col = {d: i for i, d in enumerate(dx.disease_ids)}
        out = []
        for patient, gold in raw:
            p, _ = dx.clean(patient)
            gold_cols = [col[g] for g in gold if g in col]
            if not p.present or not gold_cols:
                continue
            systems = Counter(s for t in p.present for s in onto.organ_systems(t))
            top_sys = onto.term(systems.most_common(1)[0][0]).name if systems else "none"
            n_ann = len(dx.ann.diseases[gold[0]].phenotypes) if gold[0] in dx.ann.diseases else 0
            attrs = {
                "sex": p.sex or "unknown",
                "age band": _age_band(p.age_years),
                "main organ system": top_sys,
                "disease annotation count": "<10" if n_ann < 10 else "10-30" if n_ann <= 30 else ">30",
                "terms in case": "1-3" if len(p.present) <= 3 else "4-10" if len(p.present) <= 10 else ">10",
            }
            out.append(Case(p.id, p, gold_cols, attrs))
        return out[:n], desc

    def _stats(self, cases: list[Case], which: str) -> list[dict[str, Any]]:
        from medmoe.rare.metrics import gold_rank_stats, per_case

        preds = []
        for i in range(0, len(cases), 128):
            chunk = cases[i:i + 128]
            arrays = self.dx.score_arrays([c.input for c in chunk])
            key = which if which in arrays else "baseline"
            for c, row in zip(chunk, arrays[key], strict=True):
                g, t = min((gold_rank_stats(row, g) for g in c.gold), key=lambda s: (s[0], s[1]))
                prob = np.exp(row - row.max())
                prob /= prob.sum()
                top = int(np.argmax(row))
                preds.append({**per_case(g, t), "top": self.dx.disease_ids[top],
                              "confidence": float(prob[top]) if key != "baseline" else float("nan")})
        return preds

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return self._stats(cases, "hybrid")

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        return {k: np.array([p[k] for p in preds], float) for k in ("top1", "top3", "top10", "rr")}

    def baseline(self):  # type: ignore[override]
        return "similarity baseline", lambda cases: self._stats(cases, "baseline")

    def confidence(self, cases: list[Case], preds: list[Any]) -> tuple[np.ndarray, np.ndarray] | None:
        conf = np.array([p["confidence"] for p in preds])
        if np.isnan(conf).any():
            return None
        return conf, np.array([p["top1"] for p in preds])

    def gold_ranks(self, cases: list[Case], preds: list[Any]) -> np.ndarray:
        return np.array([int(round(p["rank"])) for p in preds])

    def prediction_key(self, pred: Any) -> str:
        return pred["top"]

    def perturb(self, case: Case, kind: str, rng: random.Random) -> Case | None:
        p = case.input
        onto = self.dx.onto
        terms = list(p.present)
        if kind == "ancestors":
            new = []
            for t in terms:
                parents = [q for q in onto.parents(t) if onto.is_phenotype(q)]
                new.append(rng.choice(parents) if parents and rng.random() < 0.5 else t)
            terms = new
        elif kind == "noise_terms":
            pool = [t for t in rng.sample(list(onto.terms), 400) if onto.is_phenotype(t)]
            terms = terms + pool[:2]
        elif kind == "missing_terms":
            if len(terms) < 2:
                return None
            terms = rng.sample(terms, max(1, len(terms) // 2))
        elif kind == "negation_flip":
            # Everything the patient had is now explicitly absent; a filler term keeps the case rankable.
            filler = next(t for t in ("HP:0001250", "HP:0001263", "HP:0004322") if t not in terms)
            return replace(case, input=replace(p, present=[filler], excluded=terms + list(p.excluded)))
        else:
            return None
        return replace(case, input=replace(p, present=list(dict.fromkeys(terms))))

    def expert_usage(self, model: Any, cases: list[Case]) -> np.ndarray | None:
        from medmoe.validate.routing import expert_usage_per_case

        if self.dx.model is None:
            return None
        return expert_usage_per_case(self.dx.model, lambda c: self.dx._moe_logits([c.input]), cases)

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        out = []
        for c in cases:
            ranked = self.dx.rank(c.input, top_k=3, explain=True)
            out.append({"case": c.id, "gold": [self.dx.disease_ids[g] for g in c.gold],
                        "top3": [r.as_dict(with_explain=True) for r in ranked]})
        return out

    def metadata(self, model: Any) -> dict[str, Any]:
        return model_metadata(self.dx.model_name)
