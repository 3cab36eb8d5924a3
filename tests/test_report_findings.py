"""MeSH-style and structured findings parsing; unknown terms are reported, never dropped."""

from __future__ import annotations

import pytest

from medmoe.errors import InputError
from medmoe.knowledge.cxr import load_kb
from medmoe.report.findings import Finding, linearize, parse_findings, parse_mesh, parse_structured


def test_mesh_with_qualifiers() -> None:
    p = parse_mesh("Opacity/lung/base/left/mild;Cardiomegaly/mild")
    assert p.findings == [Finding("opacity", "lung_base", "left", "mild"), Finding("cardiomegaly", severity="mild")]
    assert p.unknown == [] and not p.normal


def test_mesh_multi_part_terms_and_sizes() -> None:
    p = parse_mesh("Spine/degenerative; Pleural Effusion/bilateral/small; Costophrenic Angle/blunted/right")
    assert [f.finding for f in p.findings] == ["degenerative_spine", "pleural_effusion", "blunted_costophrenic_angle"]
    assert p.findings[1].laterality == "bilateral" and p.findings[1].severity == "mild"
    assert p.findings[2].laterality == "right"


def test_fixed_side_location_implies_side() -> None:
    assert parse_mesh("Opacity/lung/middle lobe").findings[0].laterality == "right"
    assert parse_mesh("Nodule/lingula").findings[0].laterality == "left"


def test_normal_and_negatives() -> None:
    assert parse_mesh("normal").normal
    p = parse_mesh("Cardiomegaly;no Pneumothorax")
    assert p.findings[1] == Finding("pneumothorax", present=False)


def test_unknown_terms_reported() -> None:
    p = parse_mesh("Opacity/lung/zzz;Foo Bar/left")
    assert any("'zzz'" in u for u in p.unknown)
    assert any("Foo Bar" in u for u in p.unknown)
    with pytest.raises(InputError, match="Foo Bar"):
        parse_findings("Opacity;Foo Bar/left")


def test_structured_accepts_ids_and_synonyms() -> None:
    p = parse_structured([{"finding": "Pleural Effusion", "laterality": "Left", "severity": "small"},
                          {"finding": "pneumothorax", "present": False},
                          {"finding": "opacity", "location": "upper lobe", "laterality": "right"}])
    assert p.findings[0] == Finding("pleural_effusion", None, "left", "mild")
    assert not p.findings[1].present
    assert p.findings[2].location == "upper_lobe"


def test_structured_errors_name_the_item() -> None:
    p = parse_structured([{"finding": "opacity", "laterality": "up"}, {"findingz": 1}, {"finding": "x"}])
    assert any("finding #1" in u and "laterality" in u for u in p.unknown)
    assert any("finding #2" in u for u in p.unknown)
    assert any("finding #3" in u for u in p.unknown)
    with pytest.raises(InputError):
        parse_findings('[{"finding": "opacity", "severity": "huge"}]')


def test_linearize_is_canonical() -> None:
    fs = parse_mesh("Opacity/lung/base/left/mild;no Pneumothorax").findings
    assert linearize(fs, "ru") == "<ru> + opacity @lung_base left mild | - pneumothorax"
    assert linearize([], "en") == "<en> normal"


def test_kb_covers_chexpert_and_relations() -> None:
    kb = load_kb()
    chexpert = {f.chexpert for f in kb.findings.values() if f.chexpert}
    for label in ("Cardiomegaly", "Lung Opacity", "Edema", "Consolidation", "Pneumonia", "Atelectasis",
                  "Pneumothorax", "Pleural Effusion", "Pleural Other", "Fracture", "Support Devices",
                  "Enlarged Cardiomediastinum", "Lung Lesion"):
        assert label in chexpert
    assert "calcinosis" in kb.ancestors("calcified_granuloma")
    assert kb.incompatible("hyperinflation", "hypoinflation")
    assert kb.findings["pleural_effusion"].ru == "плевральный выпот"
