"""The shipped default rare-disease model: loads from the package, ranks a textbook case, explains."""

from __future__ import annotations

import pytest

from medmoe.paths import SHIPPED_MODELS_DIR


@pytest.fixture(scope="module")
def dx():  # noqa: ANN201
    if not (SHIPPED_MODELS_DIR / "rare-default" / "config.json").is_file():
        pytest.fail("the default model src/medmoe/assets/models/rare-default is missing")
    from medmoe.rare.api import Diagnoser

    return Diagnoser.load()


def test_default_model_ranks_marfan_features(dx) -> None:  # noqa: ANN001
    from medmoe.rare.api import Patient

    # Arachnodactyly, ectopia lentis, tall stature, aortic root aneurysm; seizures excluded.
    p = Patient("marfan", ["HP:0001166", "HP:0001083", "HP:0000098", "HP:0002616"], excluded=["HP:0001250"],
                sex="female", age_years=17)
    ranked = dx.rank(p, top_k=10, explain=True)
    assert len(ranked) == 10 and ranked[0].score >= ranked[-1].score
    assert any(r.disease_id in ("OMIM:154700", "ORPHA:558") for r in ranked[:3])
    assert 0.0 < sum(r.score for r in ranked) <= 1.0 + 1e-6
    top = ranked[0]
    assert {e["hpo_id"] for e in top.evidence} == set(p.present) | set(p.excluded)
    assert top.experts and all(0 <= e < dx.model.cfg.n_experts for e in top.experts)


def test_default_model_metadata_records_how_to_retrain(dx) -> None:  # noqa: ANN001
    import json

    meta = json.loads((SHIPPED_MODELS_DIR / "rare-default" / "metadata.json").read_text())
    assert meta["command"].startswith("python -m medmoe.rare.train")
    assert meta["scores"]["hybrid_weight"] == dx.hybrid_weight
    size = sum(f.stat().st_size for f in (SHIPPED_MODELS_DIR / "rare-default").iterdir())
    assert size < 15 * 1024 * 1024
