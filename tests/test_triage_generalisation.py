"""Red-flag rules on wording they were not first written for: the extension lexicon, past/family/hypothetical
mentions, negation inside patterns, vital signs in more spellings, and the hand-written dev/test files.

The sentences here are written for these tests (not copied from the hand-written sets), so each checks
that a *family* of phrasings works, not one memorised line.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medmoe.errors import ConfigError
from medmoe.triage.context import is_historical
from medmoe.triage.rules import LEVELS, RedFlagRules, merge_lexicons, normalize, vitals
from triagelevels import flag_level

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rules() -> RedFlagRules:
    return RedFlagRules.load()


@pytest.mark.parametrize("text,lang,flag", [
    ("Mum says it's like a brick pressing on his chest, and he's gone grey.", "en", "chest_pain_acs"),
    ("He's clutching his chest and pouring with sweat.", "en", "chest_pain_acs"),
    ("69-year-old woman, aching jaw and left arm, cold sweat, no chest pain at all.", "en", "acs_atypical"),
    ("Жена говорит: схватился за сердце, весь мокрый.", "ru", "chest_pain_acs"),
    ("Ломит между лопаток, холодный липкий пот, тяжело дышать.", "ru", "acs_atypical"),
    ("Her smile looks lopsided and her speech is jumbled.", "en", "stroke_face_speech"),
    ("Рот съехал на бок, слова путает.", "ru", "stroke_face_speech"),
    ("My left leg went completely numb all of a sudden.", "en", "stroke_sudden_weakness"),
    ("Partner can't wake him, he's breathing but not responding.", "en", "altered_consciousness"),
    ("Pt on chemo, temp 38.4.", "en", "neutropenic_fever"),
    ("После курса химии температура 38,2, знобит.", "ru", "neutropenic_fever"),
    ("Bad sciatica and now numb around the back passage.", "en", "cauda_equina"),
    ("Поясницу ломит, онемела промежность.", "ru", "cauda_equina"),
    ("Right foot is cold and white, can't feel my toes.", "en", "acute_limb_ischaemia"),
    ("Back from a long-haul flight, calf swollen, now short of breath.", "en", "pulmonary_embolism_signs"),
    ("Неделю после операции на колене, кашляет с кровью.", "ru", "pulmonary_embolism_signs"),
    ("Toddler swallowed a button battery an hour ago.", "en", "poisoning"),
    ("Took a whole packet of sleeping pills.", "en", "poisoning"),
    ("I want to end it all tonight.", "en", "suicidal_ideation"),
    ("She has a rash that won't fade under a glass and a fever.", "en", "meningococcal_or_meningism"),
    ("Knocked out playing rugby, sick twice since.", "en", "loss_of_consciousness"),
    ("Heavily pregnant, waters have broken, contractions every 4 minutes.", "en", "pregnancy_bleeding_or_pain"),
    ("Stung by a bee, throat feels tight and voice is croaky.", "en", "anaphylaxis"),
    ("Diabetic, BM 1.9, sweaty and vague.", "en", "hypoglycemia"),
    ("Glucose 45 mg/dL, shaky.", "en", "hypoglycemia"),
    ("Pregnant, 35 weeks, BP 164/104, headache.", "en", "severe_hypertension_in_pregnancy"),
    ("Rolled my ankle, can't put any weight on it.", "en", "possible_fracture"),
    ("Собака укусила за ногу.", "ru", "wound_or_bite"),
    ("Knee hot, swollen and stiff since yesterday.", "en", "hot_swollen_joint"),
    ("Flashes and a shower of floaters in the right eye.", "en", "eye_urgent"),
    ("28 weeks pregnant, fewer kicks than usual today.", "en", "reduced_fetal_movements"),
])
def test_new_wording_fires_the_red_flag(rules: RedFlagRules, text: str, lang: str, flag: str) -> None:
    assert flag in flag_level(rules, text, lang)[1]


@pytest.mark.parametrize("text,lang", [
    ("Heart attack in 2016, stented; no problems since.", "en"),
    ("History of stroke, here for a blood pressure check.", "en"),
    ("Known stable angina, needs a repeat prescription.", "en"),
    ("Father died of a heart attack at 60, wants his cholesterol checked.", "en"),
    ("Advice given: should the chest pain return, call an ambulance.", "en"),
    ("If she develops a rash that does not fade, come back.", "en"),
    ("Fitted as a child, seizure-free for years.", "en"),
    ("Перенесенный инсульт 3 года назад, сейчас жалоб нет.", "ru"),
    ("Мать умерла от инфаркта, хочет обследоваться.", "ru"),
    ("В анамнезе: инфаркт, инсульт. Сейчас жалоб нет.", "ru"),
    ("При повторении судорог вызвать скорую.", "ru"),
    ("Комар укусил, губы не отекают, дыхание свободное.", "ru"),
    ("Bumped head on a shelf, didn't black out, hasn't vomited.", "en"),
])
def test_past_family_hypothetical_and_negated_do_not_fire(rules: RedFlagRules, text: str, lang: str) -> None:
    assert flag_level(rules, text, lang)[0] != "emergency"


@pytest.mark.parametrize("text,lang", [
    ("Heart attack in 2016, now crushing chest pain and sweating.", "en"),
    ("Chest pain like his previous MI, sweaty and grey.", "en"),
    ("Инфаркт в 2019, сейчас давящая боль за грудиной и холодный пот.", "ru"),
    ("Инсульт был два года назад, но сегодня внезапно перекосило лицо.", "ru"),
])
def test_history_in_one_clause_does_not_hide_a_current_red_flag(rules: RedFlagRules, text: str, lang: str) -> None:
    assert flag_level(rules, text, lang)[0] == "emergency"


def test_is_historical_is_clause_scoped() -> None:
    text = normalize("Stroke 2 years ago, now slurred speech")
    assert is_historical(text, 0, len("stroke"))
    i = text.index("slurred")
    assert not is_historical(text, i, i + len("slurred speech"))


@pytest.mark.parametrize("text,key,value", [
    ("fever of 38.6", "temp", 38.6), ("temp 102F", "temp", 38.9), ("38.5 C", "temp", 38.5),
    ("BM 2.1", "glucose", 2.1), ("glucose 40 mg/dl", "glucose", 2.2), ("blood sugar 27", "glucose", 27.0),
    ("sats 89% on air", "spo2", 89.0), ("heart racing at 180", "hr", 180.0), ("pulse of 38", "hr", 38.0),
    ("сатурация по пульсоксиметру 88", "spo2", 88.0),
])
def test_vital_sign_spellings(text: str, key: str, value: float) -> None:
    assert vitals(text)[key] == value


def test_pulse_oximeter_is_not_a_pulse() -> None:
    assert "hr" not in vitals("сатурация по пульсоксиметру 88")


def test_pregnancy_lowers_the_blood_pressure_threshold(rules: RedFlagRules) -> None:
    assert flag_level(rules, "BP 165/112, headache.", "en")[0] == "urgent"
    assert flag_level(rules, "Pregnant, BP 165/112, headache.", "en")[0] == "emergency"


def test_merge_lexicons_adds_patterns_and_flags_but_never_redefines() -> None:
    base = {"concepts": {"a": {"en": ["alpha"]}}, "flags": [{"id": "fa", "level": "urgent", "label_ru": "а",
                                                             "label_en": "a", "all": ["a"]}]}
    ext = {"concepts": {"a": {"en": ["aleph"]}, "b": {"en": ["beta"]}},
           "flags": [{"id": "fb", "level": "emergency", "label_ru": "б", "label_en": "b", "all": ["b"]}]}
    merged = merge_lexicons(base, ext)
    assert merged["concepts"]["a"]["en"] == ["alpha", "aleph"] and base["concepts"]["a"]["en"] == ["alpha"]
    r = RedFlagRules(merged)
    assert r.level("aleph", "en")[0] == "urgent" and r.level("beta", "en")[0] == "emergency"
    with pytest.raises(ConfigError):
        merge_lexicons(base, {"flags": base["flags"]})


def test_a_lexicon_given_by_path_gets_no_extension_unless_asked(tmp_path: Path) -> None:
    lex = tmp_path / "lex.json"
    lex.write_text(json.dumps({"concepts": {"x": {"en": ["xyz"]}}, "flags": [
        {"id": "fx", "level": "urgent", "label_ru": "x", "label_en": "x", "all": ["x"]}]}), encoding="utf-8")
    assert [f.id for f in RedFlagRules.load(lex).flags] == ["fx"]


@pytest.mark.parametrize("name", ["triage_handwritten_en.jsonl", "triage_handwritten_ru_b3.jsonl"])
def test_handwritten_dev_test_files_are_well_formed(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows) >= 100
    for r in rows:
        assert r["level"] in LEVELS and r["split"] in ("dev", "test") and r["lang"] in ("ru", "en") and r["text"].strip()
    for split in ("dev", "test"):
        levels = {r["level"] for r in rows if r["split"] == split}
        assert levels == set(LEVELS)


def test_train_only_scenarios_never_reach_the_held_out_half() -> None:
    from medmoe.synth.triage import TRAIN_ONLY, generate

    assert not {r["scenario"] for r in generate(600, "eval", seed=2)} & set(TRAIN_ONLY)
    train = generate(600, "train", seed=2, ru_share=0.5)
    assert {r["scenario"] for r in train} & set(TRAIN_ONLY)
    assert 0.35 < sum(r["lang"] == "en" for r in train) / len(train) < 0.65


@pytest.mark.parametrize("text,level", [
    ("Перед поездкой: головокружения, болей в груди, судорог нет.", "routine"),
    ("Кашля, одышки, потери сознания не было.", "routine"),
    ("Сознание теряла? Нет; в обморок не падала, голова не кружится.", "routine"),
    ("Давящая боль в груди, холодный пот, одышки нет.", "emergency"),
    ("Болей в груди нет, но сегодня потерял сознание.", "emergency"),
    ("Сильная боль в груди не проходит, липкий пот.", "emergency"),
])
def test_russian_negated_list_covers_only_genitive_items(rules: RedFlagRules, text: str, level: str) -> None:
    assert flag_level(rules, text, "ru")[0] == level


@pytest.mark.parametrize("name", ["triage_handwritten_en.jsonl", "triage_handwritten_ru_b3.jsonl"])
def test_rules_on_the_new_handwritten_sets_do_not_regress(rules: RedFlagRules, name: str) -> None:
    """Regression guard at the levels measured at Stop 4 (dev halves tuned on: recall 1.0; test halves scored once)."""
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for split, min_recall in (("dev", 1.0), ("test", 0.95)):
        part = [r for r in rows if r["split"] == split]
        levels = [rules.level(r["text"], r["lang"])[0] for r in part]
        em = [lv == "emergency" for r, lv in zip(part, levels, strict=True) if r["level"] == "emergency"]
        routine_to_em = [lv == "emergency" for r, lv in zip(part, levels, strict=True) if r["level"] == "routine"]
        assert sum(em) / len(em) >= min_recall
        assert sum(routine_to_em) / len(routine_to_em) <= 0.1
