"""PhenotypeRecognizer on small hand-written notes (a tiny team lexicon written by the test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from medmoe.errors import ConfigError, InputError
from medmoe.phenotypes import PhenotypeRecognizer, concepts
from medmoe.phenotypes.normalize import edit_distance_le1, phrase_keys

SEIZURE, HEPATOMEGALY, MICROCEPHALY, SHORT = "HP:0001250", "HP:0002240", "HP:0000252", "HP:0004322"
ID, GDD, SPEECH, HYPOTONIA = "HP:0001249", "HP:0001263", "HP:0000750", "HP:0001252"

LEXICON = f"""hpo_id\tlabel_en\tlabel_ru\tsynonyms_ru\tsource
{SEIZURE}\tSeizure\tсудороги\tсудорожный синдром | эпилептические приступы\tteam
{HEPATOMEGALY}\tHepatomegaly\tгепатомегалия\tувеличение печени\tteam
{MICROCEPHALY}\tMicrocephaly\tмикроцефалия\tмалый размер головы\tteam
{SHORT}\tShort stature\tнизкорослость\tнизкий рост\tteam
{ID}\tIntellectual disability\tумственная отсталость\tинтеллектуальная недостаточность\tteam
{GDD}\tGlobal developmental delay\tзадержка психомоторного развития\tЗПМР\tteam
{SPEECH}\tDelayed speech and language development\tзадержка речевого развития\tЗРР\tteam
broken row without tabs
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("lex") / "hpo_ru.tsv"
    p.write_text(LEXICON, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def ru(lexicon: Path) -> PhenotypeRecognizer:
    return PhenotypeRecognizer("ru", team_lexicon=lexicon)


@pytest.fixture(scope="module")
def en() -> PhenotypeRecognizer:
    return PhenotypeRecognizer("en")


def found(rec: PhenotypeRecognizer, text: str) -> dict[str, bool]:
    ms = rec.recognize(text)
    for m in ms:
        assert text[m.start:m.end] == m.text  # offsets index the original text
    return concepts(ms)


def test_russian_morphology_and_word_order(ru: PhenotypeRecognizer) -> None:
    assert found(ru, "Печень увеличена на 3 см.") == {HEPATOMEGALY: False}
    assert found(ru, "Выявлено увеличение печени.") == {HEPATOMEGALY: False}
    assert found(ru, "Жалобы на эпилептические приступы и низкий рост.") == {SEIZURE: False, SHORT: False}
    # adjective-noun agreement in another case
    assert found(ru, "Признаков умственной отсталости нет.") == {ID: True}


def test_russian_negation_cues(ru: PhenotypeRecognizer) -> None:
    assert found(ru, "Без судорог.") == {SEIZURE: True}
    assert found(ru, "Судорог не выявлено.") == {SEIZURE: True}
    assert found(ru, "Судороги отрицает.") == {SEIZURE: True}
    assert found(ru, "Гепатомегалия отсутствует.") == {HEPATOMEGALY: True}
    assert found(ru, "Судорог не отмечается, гепатомегалии нет.") == {SEIZURE: True, HEPATOMEGALY: True}
    assert found(ru, "Печень не увеличена.") == {HEPATOMEGALY: True}
    # the scope ends at a positive cue: "отмечается" re-affirms
    assert found(ru, "Судорог нет, отмечается микроцефалия.") == {SEIZURE: True, MICROCEPHALY: False}
    assert found(ru, "Отмечаются судороги, гепатомегалия не выявлена.") == {SEIZURE: False, HEPATOMEGALY: True}
    assert found(ru, "Судорожный синдром в анамнезе отрицается.") == {SEIZURE: True}
    assert found(ru, "Жалоб на судороги не предъявляет.") == {SEIZURE: True}
    assert found(ru, "Без гепатомегалии, жалобы на судороги.") == {HEPATOMEGALY: True, SEIZURE: False}
    # post-posed "нет" closes at the comma even when nothing before it was recognised
    assert found(ru, "Задержки мочи нет, судороги.") == {SEIZURE: False}
    assert found(ru, "Нет судорог, гепатомегалии.") == {SEIZURE: True, HEPATOMEGALY: True}


def test_russian_uncertainty_and_family_are_dropped(ru: PhenotypeRecognizer) -> None:
    assert found(ru, "Подозрение на микроцефалию.") == {}
    assert found(ru, "Исключить гепатомегалию.") == {}
    assert found(ru, "Гепатомегалия исключена.") == {HEPATOMEGALY: True}  # ruled out, not uncertain
    assert found(ru, "С целью исключения гепатомегалии проведено УЗИ.") == {}
    assert found(ru, "У матери низкорослость.") == {}
    assert found(ru, "У старшего брата судороги. У пациента микроцефалия.") == {MICROCEPHALY: False}
    assert found(ru, "Родители отмечают у ребенка судороги.") == {SEIZURE: False}
    keep = PhenotypeRecognizer("ru", keep_uncertain=True, team_lexicon=ru.team_lexicon)
    assert found(keep, "Подозрение на микроцефалию.") == {MICROCEPHALY: False}


def test_russian_typos_abbreviations_hyphens_coordination(ru: PhenotypeRecognizer) -> None:
    assert found(ru, "Гепатомеголия.") == {HEPATOMEGALY: False}  # one letter wrong in a long word
    assert found(ru, "Прием гепатомегал. препаратов.") == {}  # a clipped abbreviation is not the finding
    assert found(ru, "Микроцефалея, ЗРР.") == {MICROCEPHALY: False, SPEECH: False}
    assert found(ru, "Задержка психо-моторного развития.") == {GDD: False}
    # two findings sharing one noun; and a list joined by "и" is two findings, not one
    assert found(ru, "Задержка психомоторного и речевого развития.") == {GDD: False, SPEECH: False}
    assert found(ru, "Низкорослость и увеличение печени.") == {SHORT: False, HEPATOMEGALY: False}


def test_longest_match_wins(ru: PhenotypeRecognizer) -> None:
    ms = ru.recognize("Умственная отсталость.")
    assert [m.id for m in ms] == [ID]
    assert ms[0].label == "Intellectual disability" and ms[0].label_ru == "умственная отсталость"


def test_babelon_translation_extends_lexicon(tmp_path: Path, lexicon: Path) -> None:
    bab = tmp_path / "hp-ru.babelon.tsv"
    bab.write_text(
        "# curie_map: {}\n"
        "source_language\ttranslation_language\tsubject_id\tpredicate_id\tsource_value\ttranslation_value\t"
        "translation_status\n"
        "en\tru\tHP:0001252\trdfs:label\tHypotonia\tмышечная гипотония\tOFFICIAL\n"
        "en\tru\tHP:0000252\trdfs:label\tMicrocephaly\tмикроцефалия (малая голова)\tOFFICIAL\n"
        "en\tde\tHP:0001290\trdfs:label\tGeneralized hypotonia\tgeneralisierte muskelhypotonie\tOFFICIAL\n"
        "en\tru\tHP:0000368\trdfs:label\tLow-set ears\tнизко посаженные уши\tNOT_TRANSLATED\n",
        encoding="utf-8")
    rec = PhenotypeRecognizer("ru", translation_file=bab, team_lexicon=lexicon)
    assert found(rec, "Выраженная мышечная гипотония.") == {HYPOTONIA: False}
    assert found(rec, "Низко посаженные уши.") == {}
    assert rec.recognize("Микроцефалия.")[0].label_ru == "микроцефалия (малая голова)"  # official label wins
    plain = PhenotypeRecognizer("ru", team_lexicon=lexicon)
    assert found(plain, "Выраженная мышечная гипотония.") == {}
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="babelon"):
        PhenotypeRecognizer("ru", translation_file=bad, team_lexicon=lexicon)


def test_english(en: PhenotypeRecognizer) -> None:
    text = ("The patient has seizures and global developmental delay. No hepatomegaly, microcephaly or "
            "hypotonia. Mother has short stature. Possible cleft palate.")
    assert found(en, text) == {SEIZURE: False, GDD: False, HEPATOMEGALY: True, MICROCEPHALY: True,
                               HYPOTONIA: True}
    assert found(en, "She denies seizures but has hypotonia.") == {SEIZURE: True, HYPOTONIA: False}
    assert found(en, "Hepatomegaly was absent.") == {HEPATOMEGALY: True}
    assert found(en, "Negative for microcephaly.") == {MICROCEPHALY: True}


def test_auto_language_and_bad_lang(lexicon: Path) -> None:
    rec = PhenotypeRecognizer("auto", team_lexicon=lexicon)
    assert found(rec, "Судороги.") == {SEIZURE: False}
    assert found(rec, "Seizures.") == {SEIZURE: False}
    assert rec.recognize("") == []
    with pytest.raises(ConfigError):
        PhenotypeRecognizer("de")


def test_keys_and_edit_distance() -> None:
    assert phrase_keys("увеличение печени") == phrase_keys("печень увеличена")[::-1]
    assert set(phrase_keys("снижение слуха")) == set(phrase_keys("слух снижен"))
    assert set(phrase_keys("снижение мышечного тонуса")) == set(phrase_keys("тонус мышц снижен"))
    assert set(phrase_keys("атрофия зрительного нерва")) == set(phrase_keys("зрительный нерв атрофичен"))
    assert set(phrase_keys("гипоплазия мозжечка")) == set(phrase_keys("мозжечок гипоплазирован"))
    assert edit_distance_le1("гепатомегал", "гепатомегол")
    assert edit_distance_le1("abcd", "abdc") and edit_distance_le1("abcd", "abc")
    assert not edit_distance_le1("abcd", "badc")


def test_measurements(ru: PhenotypeRecognizer, en: PhenotypeRecognizer) -> None:
    from medmoe.phenotypes.measurements import find_measurements

    assert found(ru, "Рост 98 см (ниже 3-го перцентиля).") == {SHORT: False}
    assert found(ru, "Окружность головы -2,5 SDS.") == {MICROCEPHALY: False}
    assert found(ru, "У матери рост ниже 3 перцентиля.") == {}
    assert found(en, "Head circumference below the 3rd centile.") == {MICROCEPHALY: False}
    assert list(find_measurements("рост на 50 перцентиле, вес ниже 10 перцентиля, рост 120 см")) == []
    assert [h for _, _, h in find_measurements("окружность головы выше 97-го перцентиля")] == ["HP:0000256"]
