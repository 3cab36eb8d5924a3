"""One finding on both sides is two facts: the check, the repair and the metric must see each side."""

from __future__ import annotations

import pytest

from medmoe.knowledge.cxr import load_kb
from medmoe.report.check import check_report
from medmoe.report.evaluate import score_case
from medmoe.report.findings import parse_findings
from medmoe.report.generator import ReportGenerator, full_check, repair
from medmoe.report.labeler import label_report

QA = "Pneumothorax/left;Pneumothorax/right/large"
# What the MoE model wrote for QA: the large right pneumothorax is only in the impression.
ONE_SIDE_IN_BODY = ("FINDINGS: The lungs are clear. There is left pneumothorax. The cardiac silhouette is within "
                    "normal limits.\nIMPRESSION: Left pneumothorax and large right pneumothorax.")


def _fs(s: str) -> list:
    return parse_findings(s).findings


def test_one_side_left_out_is_missing() -> None:
    chk = check_report(_fs(QA), label_report("There is left pneumothorax.", "en"))
    assert chk.missing == ["pneumothorax (severe, right)"]
    assert not chk.laterality_errors


def test_wrong_side_is_still_a_laterality_error() -> None:
    chk = check_report(_fs("Pneumothorax/left"), label_report("There is right pneumothorax.", "en"))
    assert chk.laterality_errors and not chk.missing


def test_severity_is_checked_per_side() -> None:
    chk = check_report(_fs(QA), label_report("Large left pneumothorax. Right pneumothorax.", "en"))
    assert chk.severity_errors


def test_bilateral_mention_states_both_sides() -> None:
    fs = _fs("Pleural Effusion/left;Pleural Effusion/right")
    assert check_report(fs, label_report("There are bilateral pleural effusions.", "en")).ok
    assert not check_report(_fs("Pleural Effusion/left"),
                            label_report("There are bilateral pleural effusions.", "en")).ok


def test_full_check_flags_a_side_only_in_the_impression() -> None:
    chk = full_check(ONE_SIDE_IN_BODY, _fs(QA), "en", load_kb())
    assert any("not in the findings section" in m for m in chk.missing)


def test_repair_adds_the_left_out_side() -> None:
    kb = load_kb()
    fixed = repair(ONE_SIDE_IN_BODY, _fs(QA), "en", kb)
    assert full_check(fixed, _fs(QA), "en", kb).ok, fixed


def test_metric_counts_the_left_out_side() -> None:
    s = score_case(_fs(QA), ONE_SIDE_IN_BODY, "en")
    assert (s.tp, s.fn) == (1, 1)


@pytest.mark.parametrize("lang", ["en", "ru"])
@pytest.mark.parametrize("findings", [QA, "Pleural Effusion/left;Pleural Effusion/right/large"])
def test_generated_reports_describe_both_sides(findings: str, lang: str) -> None:
    for gen in (ReportGenerator.load("template"), ReportGenerator.load()):
        rep = gen.generate(findings, lang)
        assert rep.check_ok, (rep.text, rep.check)
        assert score_case(rep.findings, rep.text, lang).fn == 0, rep.text


def test_impression_names_each_side() -> None:
    from medmoe.report.check import impression_omissions

    kb = load_kb()
    left_only = label_report("Left pneumothorax.", "en")
    assert impression_omissions(_fs(QA), left_only, kb) == ["pneumothorax (severe, right)"]
    assert impression_omissions(_fs(QA), label_report("Bilateral pneumothoraces.", "en"), kb) == []
    assert impression_omissions(_fs("Pneumothorax/left"), label_report("Pneumothorax.", "en"), kb) == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_qa_pneumothorax_is_in_the_impression(lang: str) -> None:
    """QA P4: the model wrote 'small left pneumothorax at the right lung base' (read as both sides); the
    repair dropped that line and, before the impression check, added nothing back."""
    from medmoe.report.template import split_sections

    fs = "Pleural Effusion/right/moderate;Pneumothorax/left/small;Atelectasis/lung/base/right"
    for gen in (ReportGenerator.load("template"), ReportGenerator.load()):
        rep = gen.generate(fs, lang)
        imp = label_report(" ".join(split_sections(rep.text, lang)[1]), lang)
        assert rep.check_ok and any(m.finding == "pneumothorax" and m.laterality == "left" for m in imp), rep.text


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_no_lungs_clear_beside_pneumothorax(lang: str) -> None:
    kb = load_kb()
    fs = _fs("Pneumothorax/left/large")
    for gen in (ReportGenerator.load("template"), ReportGenerator.load()):
        rep = gen.generate("Pneumothorax/left/large", lang)
        assert rep.check_ok and not any(st in rep.text for st in kb.structures["lungs"].normal[lang]), rep.text
    body = f"{'FINDINGS:' if lang == 'en' else 'ОПИСАНИЕ:'} {kb.structures['lungs'].normal[lang][0]}"
    assert full_check(body, fs, lang, kb).extra  # the verifier flags the contradiction
