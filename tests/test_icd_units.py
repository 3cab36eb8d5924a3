"""ICD coding parts without the shared data: names, input checks, n-gram export, fetch (no network)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from medmoe.errors import MedmoeError
from medmoe.icd.data import check_text, read_records
from medmoe.icd.names import chapter, code_name, is_valid_code, load_names
from medmoe.icd.ngram import NgramConfig, NgramScorer, fit_ngram, hits, ngram_features
from medmoe.icd.train import blend, log_blend, stratified_holdout

RUMEDTOP3_CODES = (
    "D23 D25 D50 E01 E03 E04 E05 E06 E11 E22 E27 E28 E66 E74 E89 F41 G20 G25 G30 G35 G37 G40 G43 G44 G50 "
    "G52 G54 G56 G62 G90 G96 G98 H65 H81 I10 I11 I20 I25 I49 I67 I83 J00 J01 J02 J06 J18 J20 J30 J31 J32 "
    "J35 J41 J42 J44 J45 J84 K21 K26 K29 K52 K58 K64 K80 K81 L20 L21 L30 L40 L50 L70 L71 M02 M05 M06 M10 "
    "M13 M15 M17 M19 M42 M51 M53 M54 M75 M77 N20 N28 N30 N34 N39 N40 N41 N76 N80 N81 N83 N84 N86 N91 N92 "
    "N93 N94 N95 N97 Z00"
).split()


def test_names_cover_all_rumedtop3_codes_and_chapters() -> None:
    names = load_names()
    assert len(RUMEDTOP3_CODES) == 105
    missing = [c for c in RUMEDTOP3_CODES if not names.get(c)]
    assert missing == []
    assert code_name("M54") == "Дорсалгия"
    assert chapter("M54") == "XIII" and chapter("J06") == "X" and chapter("Z00") == "XXI"
    assert code_name("A09").startswith("[")  # valid but not in the table: chapter title
    assert code_name("hello") == "" and chapter("M5") is None
    assert is_valid_code("K29") and not is_valid_code("k29") and not is_valid_code("K29.1")


def test_check_text_refuses_empty_and_non_russian() -> None:
    assert check_text("Боль в пояснице") is None
    assert check_text("Боль в спине, прием ibuprofen") is None
    assert "empty" in (check_text("   ") or "")
    assert "not Russian" in (check_text("back pain for two weeks") or "")
    assert "no letters" in (check_text("120/80") or "")
    assert "string" in (check_text(None) or "")


def test_read_records_reports_each_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "train.jsonl"
    lines = [
        json.dumps({"idx": "a", "symptoms": "Боль в пояснице", "code": "M54"}, ensure_ascii=False),
        "{not json",
        json.dumps({"idx": "b", "symptoms": "", "code": "M54"}),
        json.dumps({"idx": "c", "symptoms": "кашель", "code": "XYZ"}, ensure_ascii=False),
        json.dumps({"idx": "d", "code": "M54"}),
        json.dumps({"idx": "e", "symptoms": "cough and fever", "code": "J06"}),
        json.dumps({"idx": "f", "symptoms": "Кашель, насморк", "code": "J06"}, ensure_ascii=False),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good, bad = read_records(p, labelled=True)
    assert [r["idx"] for _, r in good] == ["a", "f"]
    where = {b.where.rsplit(":", 1)[1]: b.reason for b in bad}
    assert set(where) == {"2", "3", "4", "5", "6"}
    assert "invalid JSON" in where["2"] and "empty" in where["3"] and "unknown code 'XYZ'" in where["4"]
    assert "symptoms" in where["5"] and "not Russian" in where["6"]


def _toy() -> tuple[list[str], np.ndarray]:
    texts = [
        "боль в пояснице",
        "боли в спине и пояснице",
        "поясница болит",
        "кашель и насморк",
        "насморк, кашель, температура",
        "сильный кашель",
        "изжога после еды",
        "изжога и отрыжка",
        "жжение за грудиной, изжога",
    ] * 2
    y = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2] * 2)
    return texts, y


def test_exported_ngram_model_matches_sklearn_and_learns() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts, y = _toy()
    cfg = NgramConfig(n_min=2, n_max=4, min_df=1, C=10.0)
    part = fit_ngram(texts, y, n_classes=4, cfg=cfg)  # class 3 absent: still a column, never predicted
    scorer = NgramScorer(cfg, part["vocab"], part["idf"], part["weight_VC"], part["bias_C"])
    # the numpy transform equals sklearn's TfidfVectorizer with the same analyzer
    vec = TfidfVectorizer(
        analyzer=lambda t: ngram_features(t, cfg),
        sublinear_tf=True,
        vocabulary={g: i for i, g in enumerate(part["vocab"])},
    )
    vec.idf_ = part["idf"]
    X = vec.transform(["болит поясница, кашель"]).toarray()[0]
    cols, vals = scorer.transform_one("болит поясница, кашель")
    dense = np.zeros_like(X)
    dense[cols] = vals
    np.testing.assert_allclose(dense, X, atol=1e-6)
    p = scorer.predict_proba(["боль в пояснице слева", "кашель сухой", "изжога"])
    assert p.shape == (3, 4)
    np.testing.assert_allclose(p.sum(1), 1.0, atol=1e-6)
    assert list(p.argmax(1)) == [0, 1, 2]
    assert p[:, 3].max() < 1e-6
    assert hits(p, np.array([0, 1, -1]), 3).tolist() == [1.0, 1.0, 0.0]


def test_svm_word_and_lemma_blocks_export_scaled_scores() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    texts, y = _toy()
    for kind in ("words", "lemmas"):
        cfg = NgramConfig(kind=kind, model="svc", C=0.5, min_df=1, temperature=3.0)
        assert "в пояснице" in ngram_features("В пояснице", cfg) or kind == "lemmas"
        part = fit_ngram(texts, y, n_classes=3, cfg=cfg)
        scorer = NgramScorer(cfg, part["vocab"], part["idf"], part["weight_VC"], part["bias_C"])
        vec = TfidfVectorizer(analyzer=lambda t, c=cfg: ngram_features(t, c), sublinear_tf=True)
        X = vec.fit_transform(texts)
        svm = LinearSVC(C=0.5).fit(X, y)
        new = ["кашель сухой", "изжога ночью"]
        z = 3.0 * svm.decision_function(vec.transform(new))
        want = np.exp(z - z.max(1, keepdims=True))
        np.testing.assert_allclose(scorer.predict_proba(new), want / want.sum(1, keepdims=True), atol=1e-4)
        np.testing.assert_allclose(np.exp(scorer.log_proba(new)).sum(1), 1.0, atol=1e-6)


def test_log_blend_is_a_normalised_weighted_geometric_mean() -> None:
    a, b = np.log(np.array([[0.8, 0.2]])), np.log(np.array([[0.2, 0.8]]))
    np.testing.assert_allclose(log_blend([a, b], [1.0, 1.0]), [[0.5, 0.5]])
    np.testing.assert_allclose(log_blend([a, None], [0.3, 0.7]), [[0.8, 0.2]])
    p = log_blend([a, b], [3.0, 1.0])
    assert p[0, 0] > 0.5 and abs(p.sum() - 1) < 1e-12
    with pytest.raises(MedmoeError):
        log_blend([a, b], [0.0, 0.0])


def test_bag_moe_learns_toy_codes_and_routes_per_note() -> None:
    import torch

    from medmoe.icd.model import routing_by_chapter_bag
    from medmoe.icd.train import ICDTrainConfig, bag_log_proba, train_bag_moe

    torch.manual_seed(0)
    texts, y = _toy()
    cfg = NgramConfig(min_df=1)
    part = fit_ngram(texts, y, n_classes=3, cfg=cfg)
    sc = NgramScorer(cfg, part["vocab"], part["idf"], part["weight_VC"], part["bias_C"])
    rows = [sc.transform_one(t) for t in texts]
    tcfg = ICDTrainConfig(
        d_model=16,
        d_expert=16,
        n_experts=4,
        epochs=40,
        batch_size=6,
        dropout=0.1,
        feature_dropout=0.1,
        lr=1e-2,
    )
    m = train_bag_moe(tcfg, rows, y, len(part["vocab"]), 3, seed=0)
    lp = bag_log_proba([m], [sc.transform_one(t) for t in ["боль в пояснице слева", "кашель", "изжога"]])
    assert lp.shape == (3, 3) and list(lp.argmax(1)) == [0, 1, 2]
    r = routing_by_chapter_bag(m, rows, ["XIII"] * 6 + ["X"] * 6 + ["XI"] * 6)
    assert set(r) == {"X", "XI", "XIII"} and all(abs(sum(v) - 1) < 0.01 for v in r.values())


def test_holdout_is_stratified_and_blend_is_convex() -> None:
    y = np.array([0] * 10 + [1] * 20 + [2])
    fit, held = stratified_holdout(y, 0.2, seed=0)
    assert sorted(np.concatenate([fit, held]).tolist()) == list(range(len(y)))
    assert np.bincount(y[held], minlength=3).tolist() == [2, 4, 0]
    a, b = np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]])
    np.testing.assert_allclose(blend(a, b, 0.25), [[0.25, 0.75]])
    assert blend(None, b, 0.3) is b and blend(a, None, 0.3) is a


def test_fetch_writes_atomically_and_rejects_non_jsonl(tmp_path: Path) -> None:
    from medmoe.icd.fetch import fetch_rumedbench

    src = tmp_path / "src"
    src.mkdir()
    for split in ("train", "dev", "test"):
        (src / f"{split}_v1.jsonl").write_text(
            json.dumps({"idx": split, "symptoms": "кашель", "code": "J06"}, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    out = fetch_rumedbench(tmp_path / "dest", base_url=src.as_uri())
    assert [p.name for p in out] == ["RuMedTop3_train.jsonl", "RuMedTop3_dev.jsonl", "RuMedTop3_test.jsonl"]
    assert json.loads(out[1].read_text(encoding="utf-8"))["idx"] == "dev"
    (src / "dev_v1.jsonl").write_text("<html>captive portal</html>\n")
    with pytest.raises(MedmoeError, match="not JSON"):
        fetch_rumedbench(tmp_path / "dest2", base_url=src.as_uri())
    with pytest.raises(MedmoeError, match="cannot download"):
        fetch_rumedbench(tmp_path / "dest3", base_url=(tmp_path / "nowhere").as_uri())
