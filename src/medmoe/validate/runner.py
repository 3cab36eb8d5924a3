"""`run_validation`: load a task's adapter, validate, write `validation.json` + `report.html` atomically."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from medmoe.errors import MedmoeError
from medmoe.io import atomic_write_text
from medmoe.validate.adapter import TaskAdapter

# task name -> "module:Class" of its adapter (imported lazily: each pulls in its task's dependencies)
ADAPTERS = {
    "rare": "medmoe.validate.tasks.rare:RareAdapter",
    "icd": "medmoe.validate.tasks.icd:ICDAdapter",
    "deid": "medmoe.validate.tasks.deid:DeidAdapter",
    "report": "medmoe.validate.tasks.report:ReportAdapter",
    "triage": "medmoe.validate.tasks.triage:TriageAdapter",
}


def get_adapter(task: str) -> TaskAdapter:
    if task not in ADAPTERS:
        raise MedmoeError(f"unknown task {task!r}; choose one of: {', '.join(ADAPTERS)}")
    mod, cls = ADAPTERS[task].split(":")
    try:
        return getattr(importlib.import_module(mod), cls)()
    except ImportError as e:
        raise MedmoeError(f"validation of {task!r} is not available: {e}") from e


def run_validation(task: str, model: str | None, data: str | None, out_dir: Path, n: int = 300,
                   seed: int = 0, adapter: TaskAdapter | None = None) -> Path:
    """Validate `model` (None: the task's default) on `data` (None: a built-in held-out synthetic set);
    returns the path of the HTML report."""
    from medmoe.validate.card import model_card
    from medmoe.validate.engine import run
    from medmoe.validate.html import render

    adapter = adapter or get_adapter(task)
    m = adapter.load(model)
    cases, desc = adapter.cases(data, n, seed)
    if not cases:
        raise MedmoeError(f"no cases to validate {task!r} on ({desc})")
    res = run(adapter, m, cases, desc, seed=seed)
    card = model_card(task, res.data.get("model_metadata", {}), res.data)
    res.data["model_card"] = card
    out_dir = Path(out_dir)
    atomic_write_text(out_dir / "validation.json", json.dumps(res.data, ensure_ascii=False, indent=1, default=str))
    page = out_dir / "report.html"
    atomic_write_text(page, render(res.data, res.figures, card))
    return page
