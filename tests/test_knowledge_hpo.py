"""The HPO parser and annotation reader, on a tiny ontology the test writes, plus the bundled release."""

from __future__ import annotations

from pathlib import Path

import pytest

from medmoe.knowledge.annotations import parse_frequency, parse_hpoa
from medmoe.knowledge.hpo import Ontology, get_ontology

OBO = """format-version: 1.2
data-version: hp/releases/2099-01-01

[Term]
id: HP:0000001
name: All

[Term]
id: HP:0000118
name: Phenotypic abnormality
is_a: HP:0000001 ! All

[Term]
id: HP:0000005
name: Mode of inheritance
is_a: HP:0000001 ! All

[Term]
id: HP:0000006
name: Autosomal dominant inheritance
is_a: HP:0000005 ! Mode of inheritance

[Term]
id: HP:0000707
name: Abnormality of the nervous system
is_a: HP:0000118 ! Phenotypic abnormality

[Term]
id: HP:0000478
name: Abnormality of the eye
is_a: HP:0000118 ! Phenotypic abnormality

[Term]
id: HP:0001250
name: Seizure
alt_id: HP:0002279
def: "A seizure is an intermittent abnormality of nervous system physiology." [PMID:1]
synonym: "Epileptic seizure" EXACT []
synonym: "Fits" RELATED layperson []
is_a: HP:0000707 ! Abnormality of the nervous system

[Term]
id: HP:0009999
name: Neuro-ocular thing
is_a: HP:0000707
is_a: HP:0000478 {source="x"} ! Abnormality of the eye

[Term]
id: HP:0000489
name: obsolete Old seizure
is_obsolete: true
replaced_by: HP:0001250

[Term]
id: HP:0000490
name: obsolete Gone
is_obsolete: true

[Typedef]
id: part_of
name: part of
"""

HPOA = """#description: test
#version: 2099-01-01
database_id\tdisease_name\tqualifier\thpo_id\treference\tevidence\tonset\tfrequency\tsex\tmodifier\taspect\tbiocuration
OMIM:1\tDisease one\t\tHP:0001250\tPMID:1\tPCS\t\tHP:0040281\t\t\tP\tx
OMIM:1\tDisease one\t\tHP:0001250\tPMID:2\tPCS\t\t1/2\t\t\tP\tx
OMIM:1\tDisease one\tNOT\tHP:0000478\tPMID:1\tPCS\t\t\t\t\tP\tx
OMIM:1\tDisease one\t\tHP:0000006\tPMID:1\tPCS\t\t\t\t\tI\tx
ORPHA:2\tDisease two\t\tHP:0000489\tPMID:1\tTAS\t\t30%\tFEMALE\t\tP\tx
ORPHA:2\tDisease two\t\tHP:0009999\tPMID:1\tTAS\t\t\t\t\tP\tx
ORPHA:2\tDisease two\t\tHP:0000490\tPMID:1\tTAS\t\t\t\t\tP\tx
DECIPHER:3\tDropped\t\tHP:0001250\tPMID:1\tTAS\t\t\t\t\tP\tx
OMIM:4\tOnly inheritance\t\tHP:0000006\tPMID:1\tTAS\t\t\t\t\tI\tx
"""


@pytest.fixture()
def tiny(tmp_path: Path) -> Ontology:
    p = tmp_path / "hp.obo"
    p.write_text(OBO, encoding="utf-8")
    return get_ontology(p)


def test_terms_synonyms_and_graph(tiny: Ontology) -> None:
    assert tiny.version == "2099-01-01"
    assert len(tiny) == 8 and "HP:0000489" in tiny.obsolete
    t = tiny.term("HP:0001250")
    assert t.name == "Seizure" and t.synonyms == ["Epileptic seizure", "Fits"]
    assert t.synonym_scopes == ["EXACT", "RELATED"]
    assert t.definition.startswith("A seizure is")
    assert tiny.term("HP:0009999").parents == ["HP:0000707", "HP:0000478"]
    assert tiny.ancestors("HP:0009999") == {"HP:0009999", "HP:0000707", "HP:0000478", "HP:0000118", "HP:0000001"}
    assert tiny.descendants("HP:0000707") == {"HP:0000707", "HP:0001250", "HP:0009999"}
    assert tiny.organ_systems("HP:0009999") == ["HP:0000478", "HP:0000707"]
    assert tiny.organ_systems("HP:0000006") == []
    assert tiny.is_phenotype("HP:0001250") and not tiny.is_phenotype("HP:0000006")
    assert tiny.depth("HP:0001250") == 3


def test_alt_and_obsolete_ids_resolve(tiny: Ontology) -> None:
    assert tiny.term("HP:0002279").id == "HP:0001250"       # alt_id
    assert tiny.term("HP:0000489").id == "HP:0001250"       # obsolete with replaced_by
    assert tiny.resolve("HP:0000490") is None                # obsolete without heir
    assert tiny.term("HP:0000490").is_obsolete
    assert tiny.resolve("HP_0001250") == "HP:0001250"
    with pytest.raises(KeyError):
        tiny.term("HP:1234567")
    assert tiny.resolve_many(["HP:0002279", "HP:0001250", "HP:1234567"]) == (["HP:0001250"], ["HP:1234567"])


def test_frequencies() -> None:
    assert parse_frequency("HP:0040281") == (0.9, True)
    assert parse_frequency("3/4") == (0.75, True)
    assert parse_frequency("45%") == (0.45, True)
    assert parse_frequency("") == (0.5, False)
    assert parse_frequency("1/0")[1] is False


def test_hpoa_reading_and_information_content(tiny: Ontology, tmp_path: Path) -> None:
    p = tmp_path / "phenotype.hpoa"
    p.write_text(HPOA, encoding="utf-8")
    ann = parse_hpoa(p, tiny)
    assert sorted(ann.diseases) == ["OMIM:1", "ORPHA:2"]   # DECIPHER dropped, no-phenotype disease dropped
    d1 = ann.diseases["OMIM:1"]
    assert [a.term for a in d1.phenotypes] == ["HP:0001250"]
    assert d1.phenotypes[0].frequency == pytest.approx((0.9 + 0.5) / 2)  # two sources averaged
    assert d1.excluded == ["HP:0000478"] and d1.inheritance == ["HP:0000006"]
    d2 = ann.diseases["ORPHA:2"]
    seizure = d2.phenotypes[0]
    assert seizure.term == "HP:0001250" and seizure.frequency == pytest.approx(0.3) and seizure.sex == "female"
    assert d2.phenotypes[1].frequency_known is False
    assert ann.dropped_terms == 1                              # the obsolete term without heir
    # Both diseases reach Seizure -> IC 0; only ORPHA:2 reaches the eye branch -> ln 2.
    assert ann.ic["HP:0001250"] == pytest.approx(0.0)
    assert ann.ic["HP:0000478"] == pytest.approx(0.6931, abs=1e-3)
    assert ann.ic["HP:0000006"] == pytest.approx(0.6931, abs=1e-3)  # unreached: IC of one disease


def test_bundled_release_loads() -> None:
    onto = get_ontology()
    assert len(onto) > 15000
    assert onto.term("HP:0001166").name == "Arachnodactyly"
    assert onto.organ_systems("HP:0001166") == ["HP:0033127", "HP:0040064"]  # musculoskeletal, limbs
    assert len(onto.top_level_branches()) >= 20
