"""Each task's validation adapter end to end on a few cases (skips where a task's model is not shipped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medmoe.errors import CheckpointError, MedmoeError
from medmoe.validate.runner import run_validation


def _run(task: str, model: str | None, tmp_path: Path, n: int = 24) -> dict:
    try:
        page = run_validation(task, model, None, tmp_path, n=n)
    except (CheckpointError, MedmoeError) as e:
        if "not found" in str(e) or "no ICD data" in str(e):
            pytest.skip(f"{task}: {e}")
        raise
    assert page.exists() and "Model card" in page.read_text()
    return json.loads((tmp_path / "validation.json").read_text())


def test_validate_deid(tmp_path: Path) -> None:
    d = _run("deid", None, tmp_path, n=12)
    assert d["metrics"]["recall"]["value"] > 0.9
    assert d["baseline"]["name"] == "natasha NER alone"
    assert {r["perturbation"] for r in d["robustness"]["rows"]} == {"lowercase", "uppercase"}


def test_validate_report_template(tmp_path: Path) -> None:
    d = _run("report", "template", tmp_path, n=16)
    assert d["metrics"]["finding_f1"]["value"] > 0.9
    flip = next(r for r in d["robustness"]["rows"] if r["perturbation"] == "negation_flip")
    assert flip["prediction_changed"]["value"] == 1.0  # marking every finding absent must change the report


def test_validate_triage(tmp_path: Path) -> None:
    d = _run("triage", None, tmp_path, n=30)
    assert 0.0 <= d["metrics"]["emergency_recall"]["value"] <= 1.0
    assert d["metrics"]["emergency_recall"]["n"] == 10  # defined on gold emergencies only
    assert "language" in d["subgroups"]


def test_validate_rare(tmp_path: Path) -> None:
    d = _run("rare", None, tmp_path, n=20)
    assert d["baseline"]["name"] == "similarity baseline"
    assert len(d["topk"]["model"]) == 20


def test_validate_icd(tmp_path: Path, shared_data: Path) -> None:
    data = tmp_path / "dev_small.jsonl"
    lines = (shared_data / "rumed" / "RuMedTop3_dev.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        page = run_validation("icd", None, str(data), tmp_path / "out", n=40)
    except CheckpointError as e:
        pytest.skip(f"icd model not shipped: {e}")
    d = json.loads((page.parent / "validation.json").read_text())
    assert d["n_cases"] == 40 and "ICD chapter" in d["subgroups"]
