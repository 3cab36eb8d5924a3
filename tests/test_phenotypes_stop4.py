"""Stop 4: phenotype extraction reads real clinical wording (located pain, one-sided facial droop, trigger
phrases, English adjective forms, Russian word families). Each case names the wrong reading it guards against."""

from __future__ import annotations

import pytest

from medmoe.knowledge.hpo import get_ontology
from medmoe.phenotypes import PhenotypeRecognizer, concepts
from medmoe.phenotypes.located_pain import REGIONS, located_pain_entries
from medmoe.phenotypes.normalize import en_analyse, ru_analyse

PAIN, CHEST_PAIN, ABDOMINAL_PAIN, LOW_BACK_PAIN = "HP:0012531", "HP:0100749", "HP:0002027", "HP:0003419"
KNEE_PAIN, LIMB_PAIN, HEADACHE = "HP:0030839", "HP:0009763", "HP:0002315"
UNILATERAL_FACIAL_PALSY, FACIAL_PALSY, DOWNTURNED_MOUTH = "HP:0012799", "HP:0010628", "HP:0002714"
HYPOTHERMIA, FALLS, NAUSEA, FEVER, COUGH = "HP:0002045", "HP:0002527", "HP:0002018", "HP:0001945", "HP:0012735"
CONFUSION, CONFUSIONAL_AROUSAL, SCLERITIS = "HP:0001289", "HP:0025237", "HP:0100532"


@pytest.fixture(scope="module")
def ru() -> PhenotypeRecognizer:
    return PhenotypeRecognizer("ru")


@pytest.fixture(scope="module")
def en() -> PhenotypeRecognizer:
    return PhenotypeRecognizer("en")


def present(rec: PhenotypeRecognizer, text: str) -> set[str]:
    return {h for h, excluded in concepts(rec.recognize(text)).items() if not excluded}


@pytest.mark.parametrize(("text", "term"), [
    ("Давящая боль за грудиной при ходьбе.", CHEST_PAIN),
    ("Болит живот, больше справа.", ABDOMINAL_PAIN),
    ("В пояснице ноющие боли.", LOW_BACK_PAIN),
    ("Периодически болит голова.", HEADACHE),
])
def test_russian_pain_with_location_is_the_located_term(ru: PhenotypeRecognizer, text: str, term: str) -> None:
    got = present(ru, text)
    assert term in got and PAIN not in got


@pytest.mark.parametrize(("text", "term"), [
    ("Crushing pain behind the breastbone.", CHEST_PAIN),
    ("Aching in the lower back for a week.", LOW_BACK_PAIN),
    ("Both knees hurt on stairs.", KNEE_PAIN),
])
def test_english_pain_with_location_is_the_located_term(en: PhenotypeRecognizer, text: str, term: str) -> None:
    got = present(en, text)
    assert term in got and PAIN not in got


def test_pain_without_location_stays_pain(ru: PhenotypeRecognizer, en: PhenotypeRecognizer) -> None:
    assert present(ru, "Беспокоит сильная боль.") == {PAIN}
    assert present(en, "Severe pain since yesterday.") == {PAIN}


def test_reviewed_lexicon_wording_wins_over_generated_pain_phrases(ru: PhenotypeRecognizer) -> None:
    # "боли в руках и ногах" is the team lexicon's *Limb pain*; the generated arm/leg phrases must not take it
    assert present(ru, "Боли в руках и ногах.") == {LIMB_PAIN}
    generated = {e.phrase for e in located_pain_entries("ru", [])}
    assert "боль за грудиной" in generated


def test_located_pain_table_names_current_pain_terms() -> None:
    onto = get_ontology()
    for hid in REGIONS:
        assert onto.resolve(hid) == hid, hid
        assert PAIN in onto.ancestors(hid) or hid in (HEADACHE,), (hid, onto.name(hid))


def test_one_side_of_the_mouth_drooping_is_facial_palsy_not_a_mouth_shape(ru: PhenotypeRecognizer) -> None:
    got = present(ru, "Объективно: опущен правый угол рта, речь невнятная.")
    assert UNILATERAL_FACIAL_PALSY in got and DOWNTURNED_MOUTH not in got
    assert UNILATERAL_FACIAL_PALSY in present(ru, "Угол рта опущен слева.")
    # no side named: the congenital mouth shape of a dysmorphology note stays what it was
    assert present(ru, "Опущенные углы рта, гипертелоризм.") >= {DOWNTURNED_MOUTH}
    assert UNILATERAL_FACIAL_PALSY not in present(ru, "Опущенные углы рта.")


def test_facial_droop_side_decides_between_unilateral_and_plain_palsy(en: PhenotypeRecognizer) -> None:
    assert UNILATERAL_FACIAL_PALSY in present(en, "New left facial droop.")
    got = present(en, "New facial droop.")
    assert FACIAL_PALSY in got and UNILATERAL_FACIAL_PALSY not in got


@pytest.mark.parametrize("text", [
    "Заболела после переохлаждения.",
    "Насморк появился после сильного переохлаждения.",
    "Кашель на фоне переохлаждения.",
])
def test_russian_trigger_phrase_is_context_not_a_finding(ru: PhenotypeRecognizer, text: str) -> None:
    assert HYPOTHERMIA not in present(ru, text)


def test_trigger_scope_is_only_the_phrase_after_the_cue(ru: PhenotypeRecognizer, en: PhenotypeRecognizer) -> None:
    assert COUGH in present(ru, "Кашель на фоне переохлаждения.")
    assert NAUSEA in present(ru, "После еды тошнота.")  # "еды" is the trigger, the nausea is a finding
    got = present(ru, "После падения появилась головная боль.")
    assert HEADACHE in got and FALLS not in got
    got = present(en, "Headache following a fall.")
    assert HEADACHE in got and FALLS not in got
    assert FEVER not in present(en, "Seizures triggered by fever.")
    assert HYPOTHERMIA in present(ru, "При поступлении гипотермия, температура 34,8.")


@pytest.mark.parametrize(("text", "term"), [
    ("The patient is disoriented to time and place.", CONFUSION),
    ("Febrile to 39.2 overnight.", FEVER),
    ("Hypotensive and tachycardic on arrival.", "HP:0001649"),
    ("Anemic on admission labs.", "HP:0001903"),
    ("Tachypneic at rest.", "HP:0002789"),
    ("Kyphotic posture.", "HP:0002808"),
    ("Microcephalic infant.", "HP:0000252"),
])
def test_english_adjective_forms_meet_their_noun_terms(en: PhenotypeRecognizer, text: str, term: str) -> None:
    assert term in present(en, text)


def test_disoriented_at_night_is_still_the_sleep_term(en: PhenotypeRecognizer) -> None:
    assert CONFUSIONAL_AROUSAL in present(en, "Disoriented on waking at night.")
    assert CONFUSIONAL_AROUSAL not in present(en, "Disoriented in the emergency department.")


def test_english_word_family_keys() -> None:
    def key(w: str) -> str:
        return en_analyse(w)[1]

    assert key("cyanotic") == key("cyanosis") and key("paretic") == key("paresis")
    assert key("septic") == key("sepsis") and key("epileptic") == key("epilepsy")
    assert key("disoriented") == key("disorientation") and key("febrile") == key("fever")
    assert key("bloody") != key("blood")  # HPO keeps "Bloody urine" apart from "Blood in urine"
    assert key("diabetic") == key("diabetes")


def test_russian_word_families(ru: PhenotypeRecognizer) -> None:
    assert ru_analyse("дезориентирован")[1] == ru_analyse("дезориентация")[1]
    assert ru_analyse("склерит")[1] != ru_analyse("склера")[1]  # an inflammation is not its organ
    assert CONFUSION in present(ru, "Больной дезориентирован во времени.")
    assert SCLERITIS not in present(ru, "Склеры чистые.")
    assert SCLERITIS in present(ru, "Передний склерит справа.")


def test_contrast_separates_findings(en: PhenotypeRecognizer) -> None:
    # "hypotonic" and "hypotonia" share a key now: a bag must not reach over "but" to make *Hypotonic seizure*
    got = concepts(en.recognize("She denies seizures but has hypotonia."))
    assert got == {"HP:0001250": True, "HP:0001252": False}


def test_causal_words_are_not_triggers(ru: PhenotypeRecognizer, en: PhenotypeRecognizer) -> None:
    assert PAIN in present(ru, "Нарушение сна из-за болей.")
    assert "HP:0100806" in present(en, "Hypotension due to sepsis.")


@pytest.mark.parametrize(("text", "term"), [
    ("Температура 38,5, озноб.", FEVER),
    ("Вечером поднялась температура до 39.", FEVER),
    ("t° 37,4 третью неделю.", "HP:0011134"),
    ("Temperature 34.9 C on arrival.", "HP:0002045"),
    ("Temp 101.8 F overnight.", FEVER),
])
def test_body_temperature_values_name_the_finding(ru: PhenotypeRecognizer, en: PhenotypeRecognizer,
                                                  text: str, term: str) -> None:
    rec = en if text[0].isascii() else ru
    assert term in present(rec, text)


def test_normal_temperature_and_other_numbers_name_nothing(ru: PhenotypeRecognizer) -> None:
    assert present(ru, "Температура 36,6. ТТГ 4,5. Т4 св. 12.") == set()
    assert concepts(ru.recognize("Температура не повышалась.")) == {FEVER: True}


def test_more_russian_and_english_wording(ru: PhenotypeRecognizer, en: PhenotypeRecognizer) -> None:
    assert "HP:0002829" in present(ru, "Ломота в суставах.")  # "ломота" is a pain word
    assert "HP:0030766" in present(ru, "Острая боль в правом ухе.")  # "правом" is not the noun "право" here
    assert NAUSEA in present(en, "Nauseous since the morning.")
    assert "HP:0000017" in present(ru, "Мочеиспускание по ночам до 4 раз.")  # "ночное" ~ "по ночам"


@pytest.mark.parametrize(("text", "term"), [
    ("Seeing double when tired.", "HP:0000651"),
    ("Always thirsty, peeing a lot.", "HP:0001959"),
    ("Hair falling out in clumps.", "HP:0001596"),
    ("Says the room is spinning.", "HP:0002321"),
])
def test_lay_english_wording(en: PhenotypeRecognizer, text: str, term: str) -> None:
    got = present(en, text)
    assert term in got and FALLS not in got


def test_lay_table_never_overrides_hpo_synonyms() -> None:
    from medmoe.phenotypes.lay_wording import LAY_EN, lay_entries
    from medmoe.phenotypes.lexicon import Entry

    onto = get_ontology()
    assert all(onto.resolve(h) == h and onto.is_phenotype(h) for h in LAY_EN)
    taken = [Entry("HP:0000001", "seeing double", 1)]
    assert "seeing double" not in {e.phrase for e in lay_entries(taken)}


def test_function_words_and_spatial_nouns(ru: PhenotypeRecognizer) -> None:
    assert present(ru, "Одышка при ходьбе более 50 метров.") == {"HP:0002875"}  # "более" is not "боль"
    assert present(ru, "Давящая боль в левой половине грудной клетки.") == {CHEST_PAIN}


def test_stop4_hand_written_sentences_score() -> None:
    """81 hand-written ru/en sentences (tests/data/phenotypes_dev_stop4.jsonl, gold written before each set was
    first run; both sets were then looked at, so this is a regression guard, not a held-out score). Exact
    concept + polarity, micro F1: 0.66 and 0.60 before stop 4, 0.88 after (issue-8 notes, stop 4)."""
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in
            (Path(__file__).parent / "data" / "phenotypes_dev_stop4.jsonl").read_text(encoding="utf-8").splitlines()]
    recs = {"ru": PhenotypeRecognizer("ru"), "en": PhenotypeRecognizer("en")}
    tp = fp = fn = 0
    for r in rows:
        gold = {(h, False) for h in r["present"]} | {(h, True) for h in r["excluded"]}
        got = set(concepts(recs[r["lang"]].recognize(r["text"])).items())
        tp, fp, fn = tp + len(gold & got), fp + len(got - gold), fn + len(gold - got)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.78, f"F1 {f1:.3f} (tp={tp} fp={fp} fn={fn})"


@pytest.mark.parametrize(("text", "term"), [
    ("Опущено левое веко.", "HP:0007687"),
    ("Ptosis on the left.", "HP:0007687"),
    ("Гипоплазия правой почки.", "HP:0012583"),
    ("Right facial palsy.", UNILATERAL_FACIAL_PALSY),
])
def test_side_named_with_the_finding_gives_the_unilateral_term(ru: PhenotypeRecognizer, en: PhenotypeRecognizer,
                                                               text: str, term: str) -> None:
    assert term in present(en if text.isascii() else ru, text)


def test_side_of_another_finding_does_not_make_a_term_unilateral(ru: PhenotypeRecognizer,
                                                                en: PhenotypeRecognizer) -> None:
    assert "HP:0000508" in present(ru, "Слабость в левой руке, птоз.")
    got = present(en, "Left ptosis and renal hypoplasia.")
    assert "HP:0007687" in got and "HP:0000089" in got and "HP:0012583" not in got
    assert "HP:0001712" in present(en, "Left ventricular hypertrophy.")  # the side is part of the term
