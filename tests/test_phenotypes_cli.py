"""`medmoe phenotypes --input`, `medmoe eval phenotypes`, `medmoe synth narratives` end to end."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from medmoe.cli.main import build_app


def test_batch_with_bad_line(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "a", "text": "Судороги. Гепатомегалии нет."}\n{broken\n'
                   '{"id": "b", "text": "No seizures."}\n{"id": "c", "text": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(build_app(), ["phenotypes", "--input", str(inp), "--output", str(out)])
    assert res.exit_code == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    a = {p["id"]: p["excluded"] for p in rows[0]["phenotypes"]}
    assert a == {"HP:0001250": False, "HP:0002240": True}
    p = rows[0]["phenotypes"][0]
    assert set(p) == {"id", "label", "excluded", "start", "end"}
    assert rows[0]["text"][p["start"]:p["end"]] == "Судороги"
    assert rows[1]["phenotypes"][0]["excluded"] is True


def test_text_table_and_errors() -> None:
    res = CliRunner().invoke(build_app(), ["phenotypes", "--text", "Отмечается микроцефалия.", "--lang", "ru"])
    assert res.exit_code == 0 and "HP:0000252" in res.output
    res = CliRunner().invoke(build_app(), ["phenotypes", "--text", "x", "--lang", "de"])
    assert res.exit_code != 0


def test_synth_then_eval(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    res = CliRunner().invoke(build_app(), ["synth", "narratives", "--n", "4", "--lang", "ru", "--seed", "3",
                                           "--output", str(gold)])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 4 and all(r["phenotypes"] and r["disease_id"] for r in recs)
    js = tmp_path / "m.json"
    res = CliRunner().invoke(build_app(), ["eval", "phenotypes", "--gold", str(gold), "--no-diagnosis",
                                           "--json", str(js)])
    assert res.exit_code == 0, res.output
    m = json.loads(js.read_text())
    assert 0.5 < m["f1"]["value"] <= 1.0 and m["f1"]["low"] <= m["f1"]["value"] <= m["f1"]["high"]
    assert "negation_accuracy" in m and "f1_tolerant" in m


def test_eval_reads_synth_rare_records(tmp_path: Path) -> None:
    # `medmoe synth rare --narrative` writes {id, lang, text, spans, phenopacket}: the disease comes from
    # the phenopacket's interpretation.
    from medmoe.phenotypes.evaluate import gold_concepts, gold_disease

    rec = {"id": "x", "text": "Судороги.", "spans": [{"id": "HP:0001250", "excluded": False, "start": 0, "end": 8}],
           "phenopacket": {"interpretations": [{"diagnosis": {"disease": {"id": "OMIM:123456"}}}]}}
    assert gold_disease(rec) == "OMIM:123456" and gold_concepts(rec) == {"HP:0001250": False}
