"""The shipped default ICD coder still reproduces its recorded dev scores (needs ../shared; skips otherwise)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from medmoe.paths import SHIPPED_MODELS_DIR

MODEL_DIR = SHIPPED_MODELS_DIR / "icd-default"


def test_default_model_is_small_and_pickle_free() -> None:
    if not MODEL_DIR.is_dir():
        pytest.skip("icd-default not built yet")
    files = sorted(p.name for p in MODEL_DIR.iterdir())
    assert "model.safetensors" in files and "config.json" in files and "metadata.json" in files
    assert all(f.endswith((".json", ".safetensors")) for f in files), files
    size_mb = sum(p.stat().st_size for p in MODEL_DIR.iterdir()) / 2**20
    assert size_mb < 25, f"icd-default is {size_mb:.1f} MB"
    meta = json.loads((MODEL_DIR / "metadata.json").read_text(encoding="utf-8"))
    assert meta["command"].startswith("medmoe icd train")


def test_default_model_reproduces_recorded_dev_scores(shared_data: Path) -> None:
    import torch

    from medmoe.icd import ICDCoder
    from medmoe.icd.ngram import hits

    if not MODEL_DIR.is_dir():
        pytest.skip("icd-default not built yet")
    dev_path = shared_data / "rumed" / "RuMedTop3_dev.jsonl"
    if not dev_path.is_file():
        pytest.skip("RuMedTop3 dev is absent")
    prev = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        coder = ICDCoder.load()
        dev = [json.loads(x) for x in dev_path.read_text(encoding="utf-8").splitlines() if x.strip()]
        p = coder.predict_proba([r["symptoms"] for r in dev])
    finally:
        torch.set_num_threads(prev)
    l2i = {c: i for i, c in enumerate(coder.labels)}
    y = np.array([l2i.get(r["code"], -1) for r in dev])
    recorded = coder.metadata["dev_scores"]["model"]
    for k, name in ((1, "hit1"), (3, "hit3")):
        got = 100 * hits(p, y, k).mean()
        want = 100 * recorded[name]["value"]
        assert abs(got - want) <= 0.5, f"dev {name}: {got:.2f} now, {want:.2f} recorded"
    # the API contract: (code, probability) pairs, best first
    top = coder.predict([dev[0]["symptoms"]], top=3)[0]
    assert len(top) == 3 and top[0][1] >= top[1][1] >= top[2][1]
    assert coder.code_name(top[0][0])
