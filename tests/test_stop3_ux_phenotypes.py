"""Stop 3: a synonym that drops its term's qualifier ("urinary tract infections" of *Recurrent urinary tract
infections*, "disoriented" of the sleep disorder *Confusional arousal*) needs a cue in its clause; common acute
findings do not open the rare-disease differential (the bundled urosepsis note passed the gate)."""

from __future__ import annotations

import pytest

from medmoe.paths import PACKAGE_DIR
from medmoe.phenotypes import PhenotypeRecognizer, concepts
from medmoe.phenotypes.qualifiers import needed_cues
from medmoe.rare.gate import ACUTE_ILLNESS_TERMS, GateConfig, assess

RECURRENT_UTI, CONFUSION, CONFUSIONAL_AROUSAL = "HP:0000010", "HP:0001289", "HP:0025237"
RECURRENT_HICCUPS, FRACTURE, RECURRENT_FRACTURES = "HP:0100247", "HP:0020110", "HP:0002757"
NOTES = PACKAGE_DIR / "assets" / "examples" / "notes"

LEXICON = f"""hpo_id\tlabel_en\tlabel_ru\tsynonyms_ru\tsource
{RECURRENT_UTI}\tRecurrent urinary tract infections\tрецидивирующие инфекции мочевыводящих путей\tинфекция мочевыводящих путей | частые ИМВП | ИМВП\tteam
{CONFUSION}\tConfusion\tспутанность сознания\tдезориентация\tteam
"""


@pytest.fixture(scope="module")
def en() -> PhenotypeRecognizer:
    return PhenotypeRecognizer("en")


@pytest.fixture(scope="module")
def ru(tmp_path_factory: pytest.TempPathFactory) -> PhenotypeRecognizer:
    p = tmp_path_factory.mktemp("lex") / "hpo_ru.tsv"
    p.write_text(LEXICON, encoding="utf-8")
    return PhenotypeRecognizer("ru", team_lexicon=p)


def ids(rec: PhenotypeRecognizer, text: str) -> set[str]:
    return set(concepts(rec.recognize(text)))


@pytest.mark.parametrize(
    ("text", "recurrent"),
    [
        ("78-year-old woman with a urinary tract infection treated at home.", False),
        ("History of urinary tract infections.", False),
        ("Recurrent fevers, a urinary tract infection last week.", False),  # the cue must share the clause
        ("Recurrent urinary tract infections since childhood.", True),
        ("She has frequent urinary tract infections.", True),
        ("Repeated urinary tract infections despite prophylaxis.", True),
    ],
)
def test_english_recurrent_terms_need_a_recurrence_cue(
    en: PhenotypeRecognizer, text: str, recurrent: bool
) -> None:
    assert (RECURRENT_UTI in ids(en, text)) is recurrent


def test_other_recurrent_terms_follow_the_same_rule(en: PhenotypeRecognizer) -> None:
    assert RECURRENT_HICCUPS not in ids(en, "Hiccups after the meal.")
    assert RECURRENT_HICCUPS in ids(en, "Recurrent hiccups for a month.")


@pytest.mark.parametrize(
    ("text", "recurrent"),
    [
        ("Инфекция мочевыводящих путей, лечилась амбулаторно.", False),
        ("Инфекции мочевыводящих путей неоднократно.", True),  # the cue sits elsewhere in the clause
        ("Частые ИМВП с детства.", True),
        ("В анамнезе ИМВП.", True),  # an acronym abbreviates the full label, qualifier included
    ],
)
def test_russian_recurrent_terms_need_a_recurrence_cue(
    ru: PhenotypeRecognizer, text: str, recurrent: bool
) -> None:
    assert (RECURRENT_UTI in ids(ru, text)) is recurrent


def test_russian_fractures_in_the_history_are_fractures_not_recurrent_fractures() -> None:
    found = ids(PhenotypeRecognizer("ru"), "Переломы в анамнезе.")
    assert FRACTURE in found and RECURRENT_FRACTURES not in found
    assert RECURRENT_FRACTURES in ids(PhenotypeRecognizer("ru"), "Неоднократные переломы.")


def test_confusion_is_confusion_not_a_sleep_disorder(en: PhenotypeRecognizer) -> None:
    assert ids(en, "Today rigors, new confusion.") == {"HP:0025145", CONFUSION}
    assert CONFUSIONAL_AROUSAL not in ids(en, "Examination: drowsy, disoriented.")
    assert CONFUSIONAL_AROUSAL in ids(en, "Disoriented on waking at night.")


def test_needed_cues_only_for_qualified_labels() -> None:
    assert needed_cues(("Recurrent pneumonia",), "Pulmonary infection")
    assert not needed_cues(("Recurrent pneumonia",), "Frequent pneumonia")
    assert not needed_cues(("Recurrent fractures",), "Increased fracture rate")  # implies recurrence itself
    assert not needed_cues(("Pneumonia",), "Pulmonary infection")
    # whole words only: drowsiness ("сонливость") and the carotid ("сонная") artery are not sleep settings
    assert not needed_cues(("Drowsiness", "сонливость"), "дремотное состояние")
    assert not needed_cues(("Carotid artery stenosis", "стеноз сонной артерии"), "стеноз ВСА")
    assert needed_cues(("Sleep paralysis",), "Inability to move or speak")
    assert not needed_cues(("Obstructive sleep apnea", "обструктивное апноэ сна"), "СОАС")


def test_bundled_urosepsis_note_gets_no_rare_disease_differential() -> None:
    from medmoe.knowledge.annotations import get_annotations

    ic = get_annotations().ic
    rec = PhenotypeRecognizer("auto")

    def gate(name: str) -> bool:
        ms = rec.recognize((NOTES / name).read_text(encoding="utf-8"))
        return assess([m.id for m in ms if not m.excluded], ic).ok

    assert not gate("en_sepsis.txt")
    assert gate("ru_rare_marfan.txt")  # the rare-disease consultation still gets one


def test_acute_illness_findings_are_not_specific() -> None:
    assert ACUTE_ILLNESS_TERMS <= GateConfig().common
    ic = dict.fromkeys(ACUTE_ILLNESS_TERMS, 9.0)
    assert assess(sorted(ACUTE_ILLNESS_TERMS), ic).specific == []
