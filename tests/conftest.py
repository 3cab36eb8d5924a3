"""Shared test fixtures. Tests never use the network; data from ../shared skips when absent."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from medmoe.paths import shared_data_dir

torch.set_num_threads(1)  # predictable on a 2-core CI box; subprocess tests (DDP) add their own


@pytest.fixture(scope="session")
def shared_data() -> Path:
    d = shared_data_dir()
    if d is None:
        pytest.skip("../shared/data is absent (it is present in CI and developer checkouts)")
    return d


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests never read or write the user's ~/.cache/medmoe.
    monkeypatch.setenv("MEDMOE_HOME", str(tmp_path_factory.getbasetemp() / "medmoe_home"))
