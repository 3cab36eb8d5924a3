"""`medmoe report`, `report label`, `report train`, `synth report`, `eval report` end to end (tiny data)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from medmoe.cli.main import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as e:
        code = int(e.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_report_findings_prints_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["report", "--findings", "Cardiomegaly/mild;Opacity/lung/base/left", "--model", "template"],
                       capsys)
    assert code == 0 and out.startswith("FINDINGS:") and "mild cardiomegaly" in out.lower()
    code, out, _ = run(["report", "-f", "Pneumothorax/right", "--lang", "ru", "--model", "template"], capsys)
    assert code == 0 and "ЗАКЛЮЧЕНИЕ:" in out and "справа" in out


def test_report_unknown_term_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["report", "--findings", "Blorp/left", "--model", "template"], capsys)
    assert code == 2 and "Blorp" in err and len(err.strip().splitlines()) == 1


def test_report_batch_isolates_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join([
        json.dumps({"id": "a", "findings": "Cardiomegaly/mild"}),
        "{broken",
        json.dumps({"id": "b", "findings": [{"finding": "pleural effusion", "laterality": "left"}]}),
        json.dumps({"id": "c", "findings": "Nonsense/left"}),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["report", "--input", str(inp), "--output", str(out), "--model", "template"], capsys)
    assert code == 1 and "in.jsonl:2" in err and "in.jsonl:4" in err
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[1]["check"] == {"missing": [], "extra": [], "laterality_errors": [], "severity_errors": [],
                                "omitted_negatives": []}
    assert "left pleural effusion" in rows[1]["report"]


def test_report_label(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["report", "label", "Small left pleural effusion. No pneumothorax."], capsys)
    assert code == 0
    assert "present   pleural_effusion (left, mild)" in out and "absent    pneumothorax" in out


def test_synth_train_and_eval(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "train.jsonl"
    code, _, _ = run(["synth", "report", "--n", "30", "--seed", "2", "--output", str(data)], capsys)
    assert code == 0
    recs = [json.loads(x) for x in data.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 30 and {"findings", "report", "lang"} <= set(recs[0])
    # Open-i CSV layout with one row whose MeSH term is unknown (reported and skipped).
    csv_path = tmp_path / "openi.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["uid", "MeSH", "Problems", "image", "indication", "comparison", "findings", "impression"])
        w.writerow(["1", "Cardiomegaly/mild", "", "", "", "", "The heart is mildly enlarged.", "Mild cardiomegaly."])
        w.writerow(["2", "normal", "", "", "", "", "The lungs are clear.", "No acute disease."])
        w.writerow(["3", "Zebra/left", "", "", "", "", "Zebra.", "Zebra."])
    model = tmp_path / "model"
    code, out, err = run(["report", "train", "--data", str(csv_path), "--synthetic", "20", "--steps", "3",
                          "--d-model", "32", "--layers", "1", "--experts", "2", "--batch-size", "4",
                          "--output", str(model)], capsys)
    # The good rows are trained on and saved; the skipped row still makes the run exit 1 (a failed record).
    assert code == 1, err
    assert "openi.csv:4" in err and "1 record(s) failed" in err and (model / "config.json").is_file()
    meta = json.loads((model / "metadata.json").read_text(encoding="utf-8"))
    assert meta["train_pairs"] == 22 and meta["command"].startswith("medmoe report train")
    code, out, _ = run(["report", "-f", "Cardiomegaly/mild", "--model", str(model)], capsys)
    assert code == 0 and "cardiomegaly" in out.lower()  # verified, whatever the 3-step model wrote
    res_path = tmp_path / "eval.json"
    code, out, _ = run(["eval", "report", "--data", str(data), "--model", str(model), "--limit", "3",
                        "--output", str(res_path)], capsys)
    assert code == 0 and "BLEU-4" in out and "laterality errors" in out
    res = json.loads(res_path.read_text(encoding="utf-8"))
    assert set(res["systems"]) == {"template", "moe"}
    assert res["systems"]["moe"]["finding_f1"]["value"] == pytest.approx(1.0)
    assert sum(res["systems"]["moe"]["verification_paths"].values()) == 3


def test_report_train_jsonl_bad_rows_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "site.jsonl"
    data.write_text("\n".join([
        json.dumps({"findings": "Cardiomegaly/mild", "report": "FINDINGS: Mild cardiomegaly.\nIMPRESSION: x."}),
        "{broken",
        json.dumps({"findings": "Zebra/left", "report": "FINDINGS: Zebra."}),
        json.dumps({"findings": "normal", "report": "FINDINGS: Clear lungs.\nIMPRESSION: Normal."}),
    ]) + "\n", encoding="utf-8")
    model = tmp_path / "model"
    code, _, err = run(["report", "train", "--data", str(data), "--steps", "1", "--d-model", "32", "--layers", "1",
                        "--experts", "2", "--batch-size", "2", "--output", str(model)], capsys)
    assert code == 1 and "site.jsonl:2" in err and "site.jsonl:3" in err and "2 record(s) failed" in err
    assert (model / "config.json").is_file()


def test_report_train_clean_data_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = tmp_path / "model"
    code, _, err = run(["report", "train", "--synthetic", "4", "--steps", "1", "--d-model", "32", "--layers", "1",
                        "--experts", "2", "--batch-size", "2", "--output", str(model)], capsys)
    assert code == 0, err
