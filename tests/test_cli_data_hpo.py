"""`medmoe data hpo --from DIR` over an installed release: swapped in whole, nothing left beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from clirun import run_cli


def test_reinstall_replaces_the_release_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medmoe.knowledge.hpo import bundled_hpo_dir, user_hpo_dir

    monkeypatch.setenv("MEDMOE_HOME", str(tmp_path / "home"))
    src = tmp_path / "release"
    src.mkdir()
    for f in ("hp.obo", "phenotype.hpoa"):
        (src / f).write_bytes((bundled_hpo_dir() / f).read_bytes())
    (src / "genes_to_phenotype.txt").write_text("first release\n", encoding="utf-8")
    assert run_cli(["data", "hpo", "--from", str(src)]) == 0
    (src / "genes_to_phenotype.txt").unlink()  # the second release has no optional file
    assert run_cli(["data", "hpo", "--from", str(src)]) == 0
    dest = user_hpo_dir()
    # No file of the old release inside, no hpo.partial / hpo.old beside it.
    assert sorted(p.name for p in dest.iterdir()) == ["hp.obo", "phenotype.hpoa"]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["hpo"]
