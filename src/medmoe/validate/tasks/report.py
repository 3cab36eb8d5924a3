"""Validation adapter for chest X-ray report generation: the verified MoE generator vs the template baseline.

Default data: held-out synthetic cases (finding combinations and phrasings not used in training). A case is
scored by reading the generated report back with the findings labeler and comparing (finding, side,
severity) with the input. Robustness perturbs the *findings*: their order (the report must stay right) and
a negation flip (every present finding marked absent: the report must change).
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

import numpy as np

from medmoe.validate.adapter import Case, TaskAdapter, model_metadata
from medmoe.validate.metrics import f1_counts


class ReportAdapter(TaskAdapter):
    task = "report"
    primary = "finding_f1"
    description = ("Per-report F1 of (finding, side, severity) read back by the labeler vs the input findings "
                   "(1.0 when both are empty); hallucination: the report names an abnormality not in the input.")
    perturbations = ("reorder", "negation_flip")

    def load(self, model: str | None) -> Any:
        from medmoe.report.generator import ReportGenerator

        self.gen = ReportGenerator.load(model)
        return self.gen

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        from medmoe.report.data import read_cases, synthetic_cases

        if data:
            rc = read_cases(data, warn=lambda s: None)
            desc = f"{data} ({len(rc)} reports)"
        else:
            rc = synthetic_cases(n, split="heldout", seed=seed)
            desc = "held-out synthetic findings (combinations and phrasings not used in training)"
        cases = []
        for c in rc:
            n_f = sum(f.present for f in c.findings)
            cases.append(Case(c.id, (c.findings, c.lang), c.report, {
                "language": c.lang,
                "abnormal findings": "0 (normal)" if n_f == 0 else "1" if n_f == 1 else "2-3" if n_f <= 3 else "4+",
                "has laterality": str(any(f.laterality for f in c.findings if f.present)).lower(),
            }))
        return cases, desc

    @staticmethod
    def _texts(gen: Any, cases: list[Case]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(cases), 16):
            chunk = cases[i:i + 16]
            res = gen.generate_batch([[f.to_dict() for f in c.input[0]] for c in chunk], [c.input[1] for c in chunk])
            out.extend(r.text for r in res)
        return out

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return self._texts(self.gen, cases)

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        from medmoe.report.evaluate import score_case

        s = [score_case(c.input[0], text, c.input[1]) for c, text in zip(cases, preds, strict=True)]
        f1 = [f1_counts(x.tp, x.fp, x.fn) for x in s]
        nan = float("nan")
        return {
            "finding_f1": np.array(f1),
            "hallucinated": np.array([float(x.halluc_ids > 0) for x in s]),
            "laterality_error": np.array([x.side_errors / x.sided if x.sided else nan for x in s]),
            "omitted_negative": np.array([x.omitted_negatives / x.negatives if x.negatives else nan for x in s]),
        }

    def summary(self, cases: list[Case], preds: list[Any]) -> dict[str, float]:
        from medmoe.report.evaluate import clinical_metrics, score_case

        s = [score_case(c.input[0], text, c.input[1]) for c, text in zip(cases, preds, strict=True)]
        return {f"micro {k}": v["value"] for k, v in clinical_metrics(s).items()}

    def baseline(self):  # type: ignore[override]
        from medmoe.report.generator import ReportGenerator

        tmpl = ReportGenerator.load("template")
        return "template generator", lambda cases: self._texts(tmpl, cases)

    def prediction_key(self, pred: Any) -> str:
        return pred

    def perturb(self, case: Case, kind: str, rng: random.Random) -> Case | None:
        findings, lang = case.input
        if kind == "reorder":
            fs = list(findings)
            rng.shuffle(fs)
            return replace(case, input=(fs, lang))
        if kind == "negation_flip":
            if not any(f.present for f in findings):
                return None
            return replace(case, input=([replace(f, present=False) for f in findings], lang))
        return None

    def expert_usage(self, model: Any, cases: list[Case]) -> np.ndarray | None:
        from medmoe.validate.routing import expert_usage_per_case

        dec = self.gen.decoder
        if dec is None:
            return None
        sub = cases[:60]  # decoding is the slow part: a sample is enough for the heatmap
        usage = expert_usage_per_case(dec.model, lambda c: self.gen.generate_raw([c.input[0]], [c.input[1]]), sub)
        full = np.full((len(cases), usage.shape[1]), np.nan)
        full[: len(sub)] = usage
        return full

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        return [{"id": c.id, "lang": c.input[1], "findings": [f.to_dict() for f in c.input[0]], "report": text}
                for c, text in zip(cases, preds, strict=True)]

    def metadata(self, model: Any) -> dict[str, Any]:
        return model_metadata(self.gen.model_name, default={"name": self.gen.model_name})
