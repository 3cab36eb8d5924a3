"""Validation adapter for triage: the shipped rules + MoE combination vs the red-flag rules alone.

Default data: held-out synthetic vignettes from the evaluation templates (disjoint from training).
Safety metrics are defined on subsets (emergency recall on gold emergencies, over-triage on gold routine
cases); the engine leaves the other cases out of those means (NaN).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medmoe.validate.adapter import Case, TaskAdapter, model_metadata

_LEVELS = ("routine", "urgent", "emergency")


class TriageAdapter(TaskAdapter):
    task = "triage"
    primary = "accuracy"
    description = ("3-level urgency (emergency / urgent / routine). emergency_recall: gold emergencies "
                   "flagged as emergencies; over_triage_routine: gold routine cases sent up.")

    def load(self, model: str | None) -> Any:
        from medmoe.triage import Triager

        self.triager = Triager.load(model)
        return self.triager

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        if data:
            from medmoe.io import iter_jsonl

            recs = [r for item in iter_jsonl(data, required=("text", "level")) if isinstance(item, tuple)
                    for r in [item[1]] if r["level"] in _LEVELS]
            desc = f"{data} ({len(recs)} vignettes)"
        else:
            from medmoe.synth.triage import generate

            recs = generate(n, split="eval", seed=seed)
            desc = "held-out synthetic vignettes (evaluation templates, disjoint from training)"
        cases = [Case(str(r.get("id", i)), r["text"], r["level"],
                      {"language": r.get("lang") or "ru", "gold level": r["level"],
                       **({"category": r["category"]} if "category" in r else {})})
                 for i, r in enumerate(recs)]
        return cases, desc

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return self.triager.triage_batch([c.input for c in cases], [c.attrs.get("language", "ru") for c in cases])

    @staticmethod
    def _score_levels(cases: list[Case], levels: list[str]) -> dict[str, np.ndarray]:
        g = np.array([_LEVELS.index(c.gold) for c in cases])
        p = np.array([_LEVELS.index(x) for x in levels])
        nan = np.full(len(cases), np.nan)
        return {
            "accuracy": (g == p).astype(float),
            "emergency_recall": np.where(g == 2, (p == 2).astype(float), nan),
            "over_triage_routine": np.where(g == 0, (p > 0).astype(float), nan),
            "under_triage": (p < g).astype(float),
        }

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        return self._score_levels(cases, [r.level for r in preds])

    def baseline(self):  # type: ignore[override]
        def rules_only(cases: list[Case]) -> list[Any]:
            return [type("R", (), {"level": r.rule_level, "prob": 1.0})() for r in self.predict(None, cases)]

        return "red-flag rules alone", rules_only

    def confidence(self, cases: list[Case], preds: list[Any]) -> tuple[np.ndarray, np.ndarray] | None:
        if self.triager.model is None:
            return None
        return np.array([r.prob for r in preds]), self.score(cases, preds)["accuracy"]

    def prediction_key(self, pred: Any) -> str:
        return pred.level

    def expert_usage(self, model: Any, cases: list[Case]) -> np.ndarray | None:
        from medmoe.triage.model import encode
        from medmoe.validate.routing import expert_usage_per_case

        t = self.triager
        if t.model is None:
            return None
        return expert_usage_per_case(t.model, lambda c: t.model(*encode(t.tokenizer, [c.input], t.max_len)), cases)

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        return [{"id": c.id, "text": c.input[:300], "gold": c.gold, **r.as_dict()}
                for c, r in zip(cases, preds, strict=True)]

    def metadata(self, model: Any) -> dict[str, Any]:
        return model_metadata(self.triager.model_name or None, default={"name": "rules only"})
