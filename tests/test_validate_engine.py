"""The validation engine on a small fake task whose right answers are known by construction."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from medmoe.validate.adapter import Case, TaskAdapter
from medmoe.validate.calibration import reliability, topk_curve
from medmoe.validate.robustness import PERTURBATIONS
from medmoe.validate.runner import run_validation


class KeywordAdapter(TaskAdapter):
    """'fever' -> A, else B; the model is right on every case whose gold follows that rule."""

    task = "fake"
    primary = "hit1"
    description = "keyword classifier"

    def load(self, model: str | None) -> Any:
        return "keyword-model"

    def cases(self, data: str | None, n: int, seed: int) -> tuple[list[Case], str]:
        rng = random.Random(seed)
        out = []
        for i in range(n):
            fever = rng.random() < 0.5
            text = ("Жалобы на лихорадку fever. Слабость." if fever else "Жалобы на кашель. Слабость.")
            gold = "A" if fever else ("B" if i % 4 else "A")  # every 4th non-fever case is labelled A: errors
            out.append(Case(str(i), text, gold, {"sex": "F" if i % 2 else "M"}))
        return out, "fake set"

    def predict(self, model: Any, cases: list[Case]) -> list[Any]:
        return [["A", "B"] if "fever" in c.input and "Жалоб нет" not in c.input else ["B", "A"] for c in cases]

    def score(self, cases: list[Case], preds: list[Any]) -> dict[str, np.ndarray]:
        return {"hit1": np.array([p[0] == c.gold for c, p in zip(cases, preds)], float)}

    def baseline(self):  # type: ignore[override]
        return "always-B", lambda cases: [["B", "A"] for _ in cases]

    def confidence(self, cases: list[Case], preds: list[Any]) -> tuple[np.ndarray, np.ndarray]:
        return np.full(len(cases), 0.9), self.score(cases, preds)["hit1"]

    def gold_ranks(self, cases: list[Case], preds: list[Any]) -> np.ndarray:
        return np.array([p.index(c.gold) + 1 for c, p in zip(cases, preds)])

    def prediction_key(self, pred: Any) -> str:
        return pred[0]


def test_reliability_and_topk_by_hand() -> None:
    rel = reliability(np.array([0.9, 0.9, 0.1, 0.1]), np.array([1, 0, 0, 0]))
    # bin 0.9: acc 0.5, gap 0.4; bin 0.1: acc 0, gap 0.1 -> ECE 0.25, MCE 0.4
    assert rel.ece == pytest.approx(0.25) and rel.mce == pytest.approx(0.4)
    assert topk_curve(np.array([1, 2, 0, 3]), max_k=3) == [0.25, 0.5, 0.75]


def test_perturbations_are_seeded_and_change_text() -> None:
    text = "Жалобы на боль в груди. Артериальное давление 150/90. Одышка при нагрузке."
    for name, fn in PERTURBATIONS.items():
        a, b = fn(text, random.Random(1)), fn(text, random.Random(1))
        assert a == b, name
    assert "АД" in PERTURBATIONS["abbreviations"](text, random.Random(0))
    assert "Zhaloby" in PERTURBATIONS["transliteration"](text, random.Random(0))


def test_run_validation_writes_report_with_all_sections(tmp_path: Path) -> None:
    adapter = KeywordAdapter()
    page = run_validation("fake", None, None, tmp_path, n=200, adapter=adapter)
    data = json.loads((tmp_path / "validation.json").read_text())
    cases, _ = adapter.cases(None, 200, 0)
    expected = np.mean([("fever" in c.input) == (c.gold == "A") for c in cases])
    assert data["metrics"]["hit1"]["value"] == pytest.approx(expected)
    assert data["metrics"]["hit1"]["low"] < expected < data["metrics"]["hit1"]["high"]
    assert data["baseline"]["paired"]["hit1"]["diff"] > 0  # keyword model beats always-B
    assert data["calibration"]["ece"] == pytest.approx(abs(0.9 - expected), abs=1e-9)
    assert {r["group"] for r in data["subgroups"]["sex"]} == {"F", "M"}
    rows = {r["perturbation"]: r for r in data["robustness"]["rows"]}
    assert rows["negation_flip"]["prediction_changed"]["value"] > 0.3  # fever cases flip to B
    assert rows["reorder"]["drop"]["diff"] == pytest.approx(0.0)  # keyword survives reordering
    html = page.read_text()
    for section in ("Performance", "Calibration", "Subgroups", "Robustness", "Model card"):
        assert section in html
    assert "data:image/png;base64," in html
