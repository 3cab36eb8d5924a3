"""Validation adapter for ICD-10 coding of Russian complaints (RuMedTop3 format).

Default data: RuMedTop3 dev from ../shared (the set the model's recorded scores refer to). The baseline
is the model's own sparse n-gram linear part alone, so the paired difference is what the MoE adds.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from medmoe.errors import MedmoeError
from medmoe.validate.adapter import Case, TaskAdapter


def _length_band(text: str) -> str:
    n = len(text.split())
    return "<10 words" if n < 10 else "10-25 words" if n <= 25 else ">25 words"


class ICDAdapter(TaskAdapter):
    task = "icd"
    primary = "hit1"
    description = "Hit@1 / Hit@3: the physician's 3-character ICD-10 code is the first / within the first three."

    def load(self, model: str | None) -> Any:
        from medmoe.icd import ICDCoder

        self.coder = ICDCoder.load(model)
        self.col = {c: i for i, c in enumerate(self.coder.labels)}
        return self.coder

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        from medmoe.icd import chapter
        from medmoe.icd.data import read_records
        from medmoe.paths import shared_data_dir

        if data is None:
            shared = shared_data_dir()
            if shared is None or not (shared / "rumed" / "RuMedTop3_dev.jsonl").exists():
                raise MedmoeError("no ICD data: pass --data FILE (RuMedTop3 JSONL; `medmoe data fetch rumedbench` "
                                  "downloads it)")
            data = str(shared / "rumed" / "RuMedTop3_dev.jsonl")
        good, _problems = read_records(data, labelled=True)
        cases = [Case(str(r["idx"]), r["symptoms"], r["code"],
                      {"ICD chapter": chapter(r["code"]) or "?", "length": _length_band(r["symptoms"])})
                 for _, r in good]
        return cases, f"{data} ({len(cases)} labelled complaints)"

    def _preds(self, probs: np.ndarray) -> list[dict[str, Any]]:
        order = np.argsort(-probs, axis=1, kind="stable")
        return [{"ranked": [self.coder.labels[j] for j in row], "p1": float(probs[i, row[0]])}
                for i, row in enumerate(order)]

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return self._preds(self.coder.predict_proba([c.input for c in cases]))

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        return {
            "hit1": np.array([p["ranked"][0] == c.gold for c, p in zip(cases, preds, strict=True)], float),
            "hit3": np.array([c.gold in p["ranked"][:3] for c, p in zip(cases, preds, strict=True)], float),
        }

    def baseline(self):  # type: ignore[override]
        ngram = getattr(self.coder, "ngram", None)
        if ngram is None:
            return None
        return "n-gram linear part alone", lambda cases: self._preds(ngram.predict_proba([c.input for c in cases]))

    def confidence(self, cases: list[Case], preds: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        return np.array([p["p1"] for p in preds]), self.score(cases, preds)["hit1"]

    def gold_ranks(self, cases: list[Case], preds: list[Any]) -> np.ndarray:
        return np.array([p["ranked"].index(c.gold) + 1 if c.gold in p["ranked"] else 0
                         for c, p in zip(cases, preds, strict=True)])

    def prediction_key(self, pred: Any) -> str:
        return pred["ranked"][0]

    def expert_usage(self, model: Any, cases: list[Case]) -> np.ndarray | None:
        from medmoe.validate.routing import expert_usage_per_case

        moes = list(getattr(self.coder.module, "moes", []))
        feat = getattr(self.coder, "featurizer", None)
        if not moes or feat is None:
            return None
        m = moes[0]
        m.eval()

        def run_one(c: Case) -> None:
            ids, sub = feat.encode([c.input])
            m(ids, sub)

        return expert_usage_per_case(m, run_one, cases)

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        return [{"id": c.id, "gold": f"{c.gold} — {self.coder.code_name(c.gold)}",
                 "top3": [f"{code} — {self.coder.code_name(code)}" for code in p["ranked"][:3]]}
                for c, p in zip(cases, preds, strict=True)]

    def metadata(self, model: Any) -> dict[str, Any]:
        return dict(getattr(self.coder, "metadata", {}) or {})
