"""`medmoe info`: versions, device and models from both the shipped assets and $MEDMOE_HOME."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from medmoe.checkpoint import save_model
from medmoe.cli.main import main
from medmoe.moe import MoEConfig, MoEEncoder, TransformerConfig


def test_info_lists_user_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("MEDMOE_HOME", str(home))
    c = TransformerConfig(vocab_size=20, d_model=16, n_layers=1, n_heads=2, moe=MoEConfig(d_model=16, d_expert=8,
                                                                                         n_experts=2, top_k=1))
    save_model(home / "models" / "my-encoder", MoEEncoder(c), c, "moe-encoder")
    main(["info", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["versions"]["torch"] and data["versions"]["medmoe"]
    assert data["device"]["cuda"] == torch.cuda.is_available()
    mine = [m for m in data["models"] if m["name"] == "my-encoder"]
    assert mine and mine[0]["kind"] == "moe-encoder" and mine[0]["source"] == "user"

    main(["info"])
    out = capsys.readouterr().out
    assert "my-encoder" in out and "moe-encoder" in out and "device:" in out


def test_user_error_is_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # A checkpoint error (a MedmoeError) raised inside a command prints one line and exits 2.
    import medmoe.cli.core as core

    def boom() -> dict:
        from medmoe.checkpoint import resolve_model_path

        resolve_model_path("definitely-not-a-model")
        return {}

    monkeypatch.setattr(core, "collect_info", boom)
    with pytest.raises(SystemExit) as e:
        main(["info"])
    assert e.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: model 'definitely-not-a-model' not found") and "\n" not in err
