"""Template baseline, verification pass (repair paths) and a tiny MoE model round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from medmoe.knowledge.cxr import load_kb
from medmoe.report.findings import parse_mesh
from medmoe.report.generator import ReportGenerator, full_check, repair
from medmoe.report.model import KIND, ReportModelConfig, train_report_model
from medmoe.report.template import TemplateGenerator

FS = "Opacity/lung/base/left/mild;Cardiomegaly/moderate;Pleural Effusion/right/small;no Pneumothorax"


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_template_report_is_correct_and_has_sections(lang: str) -> None:
    gen = ReportGenerator.load("template")
    res = gen.generate(FS, lang)
    head = ("FINDINGS:", "IMPRESSION:") if lang == "en" else ("ОПИСАНИЕ:", "ЗАКЛЮЧЕНИЕ:")
    assert res.text.startswith(head[0]) and f"\n{head[1]}" in res.text
    assert res.check_ok, res.check
    assert set(res.check) >= {"missing", "extra", "laterality_errors"}


def test_normal_study_uses_normal_statements() -> None:
    text = ReportGenerator.load("template").generate("normal", "en").text
    assert "The lungs are clear." in text and "No acute cardiopulmonary abnormality." in text
    ru = ReportGenerator.load("template").generate([], "ru").text
    assert "Тень сердца не расширена." in ru


def test_repair_fixes_wrong_side_hallucination_and_omission() -> None:
    kb = load_kb()
    fs = parse_mesh(FS).findings
    bad = ("FINDINGS: There is mild opacity at the right lung base. There is a small right pleural effusion. "
           "There is a nodule in the left upper lobe. The heart size is normal.\n"
           "IMPRESSION: Mild right basilar opacity. Small right pleural effusion.")
    before = full_check(bad, fs, "en", kb)
    assert before.laterality_errors and "nodule" in before.extra and before.missing
    assert any("normal statement" in e for e in before.extra)  # "heart size is normal" beside cardiomegaly
    fixed = repair(bad, fs, "en", kb)
    assert full_check(fixed, fs, "en", kb).ok, fixed
    assert "nodule" not in fixed and "heart size is normal" not in fixed


def test_repair_in_russian() -> None:
    kb = load_kb()
    fs = parse_mesh("Pneumothorax/left/moderate").findings
    bad = "ОПИСАНИЕ: Определяется пневмоторакс справа. Определяется плевральный выпот.\nЗАКЛЮЧЕНИЕ: Пневмоторакс справа."
    fixed = repair(bad, fs, "ru", kb)
    assert full_check(fixed, fs, "ru", kb).ok, fixed
    assert "слева" in fixed and "выпот" not in fixed


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_impression_must_name_every_significant_finding(lang: str) -> None:
    # QA: a large right effusion described in the findings section but dropped from the ЗАКЛЮЧЕНИЕ passed.
    kb = load_kb()
    fs = parse_mesh("Pleural Effusion/right/severe;Cardiomegaly/mild;Spine/degenerative").findings
    good = TemplateGenerator(kb).generate_text(fs, lang)
    assert full_check(good, fs, lang, kb).ok, good
    body, _, _ = good.partition("IMPRESSION:" if lang == "en" else "ЗАКЛЮЧЕНИЕ:")
    imp = {"en": "IMPRESSION: Mild cardiomegaly.", "ru": "ЗАКЛЮЧЕНИЕ: Незначительная кардиомегалия."}[lang]
    bad = body + imp
    chk = full_check(bad, fs, lang, kb)
    assert [m for m in chk.missing if "not in the impression" in m] == [
        "pleural_effusion (severe, right) (not in the impression)"], chk
    fixed = repair(bad, fs, lang, kb)
    assert full_check(fixed, fs, lang, kb).ok, fixed
    imp_fixed = fixed.split("\n")[-1].lower()
    assert ("effusion" in imp_fixed and "right" in imp_fixed) if lang == "en" else "выпот" in imp_fixed


def test_normal_impression_beside_significant_finding_is_replaced() -> None:
    kb = load_kb()
    fs = parse_mesh("Pneumothorax/left/moderate;Spine/degenerative").findings
    body = TemplateGenerator(kb).generate_text(fs, "en").partition("IMPRESSION:")[0]
    bad = body + "IMPRESSION: No acute cardiopulmonary abnormality."
    chk = full_check(bad, fs, "en", kb)
    assert any("not in the impression" in m for m in chk.missing) and any("normal statement" in e for e in chk.extra)
    fixed = repair(bad, fs, "en", kb)
    assert full_check(fixed, fs, "en", kb).ok and "No acute" not in fixed, fixed


def test_insignificant_findings_need_no_impression_line() -> None:
    kb = load_kb()
    fs = parse_mesh("Spine/degenerative").findings  # KB: not impression-worthy
    text = TemplateGenerator(kb).generate_text(fs, "en")
    assert "IMPRESSION: No acute" in text and full_check(text, fs, "en", kb).ok, text


def test_unknown_terms_raise() -> None:
    from medmoe.errors import InputError

    with pytest.raises(InputError, match="Blorp"):
        ReportGenerator.load("template").generate("Blorp/left", "en")


def test_tiny_moe_model_round_trip_and_verification(tmp_path: Path) -> None:
    from medmoe.checkpoint import load_model
    from medmoe.report.data import synthetic_cases

    cases = synthetic_cases(40, seed=1)
    cfg = ReportModelConfig(vocab_size=300, d_model=32, n_heads=2, d_ff=64, d_expert=64, n_experts=2,
                            n_layers=1, n_decoder_layers=1, steps=4, batch_size=8, max_tgt=40)
    out = train_report_model([(c.source, c.report) for c in cases], tmp_path / "m", cfg)
    assert (out / "model.safetensors").is_file() and (out / "tokenizer.json").is_file()
    assert load_model(out).config.n_decoder_layers == 1
    assert load_model(out, kind=KIND).metadata["train_pairs"] == 40
    gen = ReportGenerator.load(str(out), beam_size=2)
    res = gen.generate(FS, "en")
    # A 4-step model writes nonsense: the verification pass must still deliver a correct report.
    assert res.check_ok and res.path in ("repaired", "template_fallback")
    assert sum(gen.stats.values()) == 1


def test_template_generator_sentence_helpers() -> None:
    t = TemplateGenerator()
    f = parse_mesh("Nodule/lung/upper lobe/right/small").findings[0]
    assert t.sentence(f, "en") == "There is a small nodule in the right upper lobe."
    assert t.sentence(f, "ru") == "Определяется небольшой очаг в верхней доле правого лёгкого."


def test_shipped_default_model_generates_verified_reports() -> None:
    from medmoe.paths import SHIPPED_MODELS_DIR

    if not (SHIPPED_MODELS_DIR / "report-default" / "model.safetensors").is_file():
        pytest.skip("report-default is not shipped in this checkout")
    gen = ReportGenerator.load()
    for lang in ("en", "ru"):
        res = gen.generate("Pleural Effusion/left/small;Cardiomegaly/moderate;no Pneumothorax", lang)
        assert res.check_ok, (res.text, res.check)
        assert res.path in ("greedy", "beam", "repaired", "template_fallback")


def test_fine_tune_keeps_tokenizer_and_size(tmp_path: Path) -> None:
    from medmoe.checkpoint import load_model
    from medmoe.report.data import synthetic_cases

    cases = [(c.source, c.report) for c in synthetic_cases(20, seed=4)]
    cfg = ReportModelConfig(vocab_size=300, d_model=32, n_heads=2, d_ff=64, d_expert=64, n_experts=2,
                            n_layers=1, n_decoder_layers=1, steps=2, batch_size=4, max_tgt=40)
    base = train_report_model(cases, tmp_path / "base", cfg)
    tuned = train_report_model(cases[:6], tmp_path / "tuned", ReportModelConfig(steps=2, batch_size=4, max_tgt=40),
                               init=base)
    a, b = load_model(base), load_model(tuned)
    assert b.config.d_model == 32 and b.metadata["init"] == str(base)
    assert a.tokenizer.get_vocab() == b.tokenizer.get_vocab()
