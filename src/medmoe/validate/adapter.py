"""The contract between the validation engine and a task (rare, icd, deid, report, triage).

Why an adapter: the engine (bootstrap intervals, calibration, subgroups, robustness, routing heatmaps,
HTML) is written once; each task only says how to load its model, get cases, predict and score a case.
"""

from __future__ import annotations

import json
import random
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from medmoe.validate.robustness import PERTURBATIONS


def model_metadata(model_dir: str | Path | None, default: dict[str, Any] | None = None) -> dict[str, Any]:
    """A model directory's `metadata.json` (data, scores, reproducing command) for the model card;
    `default` when there is no directory or no file (rules-only components, models built in memory)."""
    p = Path(model_dir) / "metadata.json" if model_dir is not None else None
    if p is not None and p.exists():
        return json.loads(p.read_text(encoding="utf-8"))
    return dict(default or {})


@dataclass
class Case:
    """One evaluation case: `input` is what the model sees (text, a patient, findings), `gold` the answer,
    `attrs` the subgroup attributes (sex, age band, language, ICD chapter, organ system, ...)."""

    id: str
    input: Any
    gold: Any
    attrs: dict[str, str] = field(default_factory=dict)


class TaskAdapter(ABC):
    task: str = ""
    primary: str = ""                 # name of the per-case metric that the report leads with
    description: str = ""             # one line: what the metric means
    perturbations: tuple[str, ...] = tuple(PERTURBATIONS)

    @abstractmethod
    def load(self, model: str | None) -> Any:
        """The model (`None`: the task's default model)."""

    @abstractmethod
    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        """Cases from `data` (a file) or, when None, a built-in held-out set; plus a description of the data."""

    @abstractmethod
    def predict(self, model: Any, cases: list[Case]) -> list[Any]: ...

    @abstractmethod
    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        """Per-case metrics (each a float array of len(cases)); the engine bootstraps their means."""

    # ---- optional parts: return None where a task has no such notion -------------------------------
    def baseline(self) -> tuple[str, Callable[[list[Case]], list[Any]]] | None:
        return None

    def confidence(self, cases: list[Case], preds: list[Any]) -> tuple[np.ndarray, np.ndarray] | None:
        """(stated confidence of the top answer, whether it was right) per case."""
        return None

    def gold_ranks(self, cases: list[Case], preds: list[Any]) -> np.ndarray | None:
        """1-based rank of the gold answer per case (0: not ranked), for top-k curves."""
        return None

    def prediction_key(self, pred: Any) -> str:
        """What must change under a negation flip (e.g. the top-1 code)."""
        return str(pred)

    def perturb(self, case: Case, kind: str, rng: random.Random) -> Case | None:
        """The case with its input perturbed; None when the perturbation does not apply."""
        if not isinstance(case.input, str) or kind not in PERTURBATIONS:
            return None
        return replace(case, input=PERTURBATIONS[kind](case.input, rng))

    def expert_usage(self, model: Any, cases: list[Case]) -> np.ndarray | None:
        """[n_cases, n_experts] share of each case's routed tokens per expert (summed over MoE layers)."""
        return None

    def explain(self, model: Any, cases: list[Case], preds: list[Any]) -> list[dict[str, Any]]:
        return []

    def metadata(self, model: Any) -> dict[str, Any]:
        return {}

    def summary(self, cases: list[Case], preds: list[Any]) -> dict[str, float]:
        """Aggregate numbers that are not means of per-case values (e.g. micro-F1 over entities)."""
        return {}
