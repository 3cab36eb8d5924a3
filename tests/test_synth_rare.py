"""The synthetic rare-disease patient generator on the bundled HPO release."""

from __future__ import annotations

import json

import pytest

from medmoe.errors import ConfigError, InputError
from medmoe.knowledge.annotations import get_annotations
from medmoe.synth.rare import (
    X_LINKED_RECESSIVE,
    RarePatientSampler,
    RareSynthConfig,
    iso_age,
    parse_iso_age,
    preset,
    validate_phenopacket,
)


@pytest.fixture(scope="module")
def ann():  # noqa: ANN201
    return get_annotations()


def test_same_seed_same_patients(ann) -> None:  # noqa: ANN001
    a = [vars(p) for p in RarePatientSampler(preset("validation", seed=7), ann).stream(30)]
    b = [vars(p) for p in RarePatientSampler(preset("validation", seed=7), ann).stream(30)]
    c = [vars(p) for p in RarePatientSampler(preset("validation", seed=8), ann).stream(30)]
    assert a == b and a != c


def test_phenopacket_is_valid_and_round_trips(ann) -> None:  # noqa: ANN001
    from medmoe.rare.io import case_from_phenopacket

    s = RarePatientSampler(preset("realistic", seed=3), ann)
    for i, p in enumerate(s.stream(20)):
        pp = s.to_phenopacket(p, f"case-{i}")
        validate_phenopacket(pp)
        case = case_from_phenopacket(json.loads(json.dumps(pp)), "mem", "x")
        assert case.patient.id == f"case-{i}" and case.gold == [p.disease_id]
        assert case.patient.present == p.present and case.patient.excluded == p.excluded
        assert case.patient.sex == p.sex
        if p.age_years is not None:
            assert case.patient.age_years == pytest.approx(p.age_years, abs=1 / 12 + 1e-6)
    with pytest.raises(InputError, match="Phenopacket"):
        validate_phenopacket({"id": "x", "metaData": {"phenopacketSchemaVersion": "2.0"}, "bogus": 1})


def test_clean_patients_are_annotation_subsets(ann) -> None:  # noqa: ANN001
    s = RarePatientSampler(preset("clean", seed=1), ann)
    for p in s.stream(50):
        terms = set(ann.diseases[p.disease_id].terms())
        assert p.present and set(p.present) <= terms and not p.excluded and not p.noise


def test_noise_excluded_and_imprecision_follow_the_ontology(ann) -> None:  # noqa: ANN001
    onto = ann.onto
    cfg = RareSynthConfig(seed=2, p_ancestor=1.0, p_descendant=0.0, noise_rate=3.0, excluded_rate=3.0,
                          p_wrong_excluded=0.0, p_missing=0.0)
    s = RarePatientSampler(cfg, ann)
    n_noise = n_exc = 0
    for p in s.stream(60):
        closure = s.closure(p.disease_id)
        annotated = ann.diseases[p.disease_id].terms()
        for t in p.present:
            if t in p.noise:
                assert t not in closure  # noise is unexplained by the disease
                n_noise += 1
            else:  # imprecision: an ancestor of some annotation (or the annotation if it had no parent left)
                assert any(t in onto.ancestors(a) for a in annotated)
        for t in p.excluded:
            assert not (onto.descendants(t) & closure)  # "no X" never contradicts the disease
            n_exc += 1
    assert n_noise > 60 and n_exc > 60


def test_sex_follows_inheritance(ann) -> None:  # noqa: ANN001
    xlr = [d for d, v in ann.diseases.items() if X_LINKED_RECESSIVE in v.inheritance][:40]
    s = RarePatientSampler(RareSynthConfig(seed=0, p_unknown_sex=0.0), ann)
    sexes = [s.sample(d).sex for d in xlr for _ in range(3)]
    assert sexes.count("male") > 0.75 * len(sexes)


def test_config_validation_and_ages() -> None:
    with pytest.raises(ConfigError, match="p_missing"):
        RareSynthConfig(p_missing=1.5)
    with pytest.raises(ConfigError, match="max_present"):
        RareSynthConfig(min_present=5, max_present=2)
    with pytest.raises(ConfigError, match="preset"):
        preset("nope")
    assert iso_age(5.25) == "P5Y3M" and iso_age(0.01) == "P4D"
    assert parse_iso_age("P5Y3M") == pytest.approx(5.25)
    assert parse_iso_age("garbage") is None
