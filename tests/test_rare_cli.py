"""`medmoe synth rare`, `medmoe diagnose` (baseline mode: no trained model needed) and `medmoe data hpo`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medmoe.cli.main import main


def run(argv: list[str]) -> int:
    try:
        main(argv)
    except SystemExit as e:
        return int(e.code or 0)
    return 0


def test_synth_then_diagnose_batch_with_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    assert run(["synth", "rare", "--n", "4", "--preset", "classic", "--seed", "5", "--out", str(cases)]) == 0
    lines = cases.read_text().splitlines()
    assert len(lines) == 4 and all(json.loads(x)["metaData"]["phenopacketSchemaVersion"] == "2.0" for x in lines)
    # A broken line, a case with an unknown id only, and a separate phenopacket file.
    first = json.loads(lines[0])
    unknown = {"id": "u1", "phenotypicFeatures": [{"type": {"id": "HP:9999999"}}]}
    cases.write_text("\n".join(lines[:2]) + "\n{not json\n" + json.dumps(unknown) + "\n", encoding="utf-8")
    single = tmp_path / "one.json"
    single.write_text(json.dumps(first), encoding="utf-8")
    out = tmp_path / "ranked.jsonl"
    code = run(["diagnose", str(cases), str(single), "--baseline", "--top", "3", "--output", str(out)])
    err = capsys.readouterr().err
    assert code == 1                                   # failures reported at the end
    assert "cases.jsonl:3" in err                      # the broken line, named
    assert "HP:9999999" in err and "no usable present" in err
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in recs] == [first["id"], json.loads(lines[1])["id"], first["id"]]
    assert all(len(r["ranking"]) == 3 for r in recs)
    r0 = recs[0]["ranking"]
    assert r0[0]["score"] >= r0[1]["score"] >= r0[2]["score"] and r0[0]["disease_id"].split(":")[0] in ("OMIM", "ORPHA")


def test_diagnose_hpo_table_and_limits(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["diagnose", "--hpo", "HP:0001166,HP:0001083,HP:0002616", "--baseline", "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "Marfan" in out or "Loeys" in out or "ectopia" in out.lower()
    assert run(["diagnose", "--hpo", "HP:0001166", "--baseline", "--top", "0"]) == 2
    assert "--top" in capsys.readouterr().err
    assert run(["diagnose", "--baseline", "--top", "3"]) == 2   # no input at all


def test_data_hpo_installs_and_resets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from medmoe.knowledge.hpo import bundled_hpo_dir, hpo_data_dir

    monkeypatch.setenv("MEDMOE_HOME", str(tmp_path / "home"))
    src = tmp_path / "release"
    src.mkdir()
    assert run(["data", "hpo", "--from", str(src)]) == 2
    assert "missing hp.obo" in capsys.readouterr().err
    for f in ("hp.obo", "phenotype.hpoa"):
        (src / f).write_bytes((bundled_hpo_dir() / f).read_bytes())
    assert run(["data", "hpo", "--from", str(src)]) == 0
    assert hpo_data_dir() == tmp_path / "home" / "hpo"
    assert run(["data", "hpo", "--reset"]) == 0
    assert hpo_data_dir() == bundled_hpo_dir()
    assert run(["data", "fetch", "nosuch"]) == 2
