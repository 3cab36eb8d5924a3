"""`medmoe icd train/predict` end to end on a tiny built data set (no shared data, no network)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run_cli as _run

TOY = {
    "M54": [
        "боль в пояснице",
        "боли в спине и пояснице при наклоне",
        "поясница болит после нагрузки",
        "ноющая боль в пояснице, отдает в ногу",
        "боль в спине, скованность",
    ],
    "J06": [
        "кашель и насморк",
        "насморк, кашель, температура 38",
        "сильный кашель, боль в горле",
        "першение в горле, насморк",
        "орви, кашель, слабость",
    ],
    "K21": [
        "изжога после еды",
        "изжога и отрыжка кислым",
        "жжение за грудиной, изжога",
        "изжога по ночам",
        "горечь во рту, изжога",
    ],
}


def _write(path: Path, recs: list[dict | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in recs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def toy_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("icd_cli")
    train = [{"idx": f"t{c}{i}", "symptoms": t, "code": c} for c, ts in TOY.items() for i, t in enumerate(ts)]
    train = train * 3
    train.append({"idx": "bad1", "symptoms": "", "code": "M54"})
    train.append({"idx": "bad2", "symptoms": "кашель", "code": "J06.9"})
    dev = [
        {"idx": "d1", "symptoms": "болит поясница", "code": "M54"},
        {"idx": "d2", "symptoms": "кашель, насморк", "code": "J06"},
        {"idx": "d3", "symptoms": "изжога", "code": "Z00"},
    ]
    tr, dv = _write(d / "train.jsonl", train), _write(d / "dev.jsonl", dev)
    out = d / "model"
    rc = _run(
        [
            "icd",
            "train",
            "--train",
            str(tr),
            "--dev",
            str(dv),
            "--out",
            str(out),
            "--no-baseline",
            "--max-steps",
            "30",
            "--n-models",
            "1",
        ]
    )
    assert rc == 1  # two bad training lines: reported, training went on, non-zero exit at the end
    return out


def test_train_reports_bad_lines_and_saves_model(toy_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    meta = json.loads((toy_model / "metadata.json").read_text(encoding="utf-8"))
    assert meta["n_train"] == 45 and meta["n_dev"] == 3 and meta["n_dev_unseen_codes"] == 1
    assert set(meta["dev_scores"]["model"]) == {"hit1", "hit3"}
    assert {"low", "high", "value"} <= set(meta["dev_scores"]["model"]["hit1"])
    assert (toy_model / "model.safetensors").is_file() and (toy_model / "labels.json").is_file()
    assert not list(toy_model.glob("*.pkl"))


def test_predict_batch_keeps_fields_and_reports_bad_lines(
    toy_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inp = _write(
        tmp_path / "in.jsonl",
        [
            {"idx": "a", "symptoms": "сильная изжога после еды", "extra": 1},
            {"idx": "b", "symptoms": "   "},
            "[1, 2]",
            {"idx": "c", "symptoms": "sore throat"},
            {"symptoms": "кашель"},
            {"idx": "e", "symptoms": "боль в пояснице, отдает в ногу"},
        ],
    )
    out = tmp_path / "out.jsonl"
    rc = _run(["icd", "predict", "--input", str(inp), "--output", str(out), "--model", str(toy_model)])
    assert rc == 1
    err = capsys.readouterr().err
    for line_no in (2, 3, 4, 5):
        assert f"in.jsonl:{line_no}:" in err
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["idx"] for r in recs] == ["a", "e"]
    assert recs[0]["extra"] == 1 and len(recs[0]["prediction"]) == 3
    assert recs[0]["prediction"][0] == "K21" and recs[1]["prediction"][0] == "M54"


def test_predict_text_prints_names_and_api(toy_model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = _run(["icd", "predict", "--text", "болит поясница", "--model", str(toy_model), "--top", "2"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "M54 — Дорсалгия" in out
    from medmoe.icd import ICDCoder

    coder = ICDCoder.load(str(toy_model))
    preds = coder.predict(["изжога", "кашель и насморк"], top=3)
    assert [p[0][0] for p in preds] == ["K21", "J06"]
    assert all(abs(sum(pr for _, pr in p) - 1.0) < 1e-4 for p in preds)  # 3 codes here: all the mass
    assert coder.code_name("K21") == "Гастроэзофагеальный рефлюкс"
    assert _run(["icd", "predict", "--text", "back pain", "--model", str(toy_model)]) == 2
    assert _run(["icd", "predict", "--model", str(toy_model)]) == 2
