"""Lay English wording that HPO's synonyms lack: how patients and triage notes say common findings.

Why: English matching indexes HPO labels and synonyms, which are written by and for clinicians ("Diplopia",
"Polydipsia"); a note that quotes the patient ("seeing double", "always thirsty", "hair falling out") found
nothing, or worse the wrong term ("falling" -> *Falls*). Each phrase here is a plain synonym of one term;
a phrase whose words HPO already gives some term is left out (`lexicon.unclaimed`), so this table only
fills gaps. Russian lay wording lives in the team lexicon (`knowledge/data/hpo_ru.tsv`).
"""

from __future__ import annotations

from collections.abc import Iterable

from medmoe.phenotypes.lexicon import PRIO_SYNONYM, Entry, unclaimed

LAY_EN: dict[str, tuple[str, ...]] = {
    "HP:0001824": ("losing weight", "lost weight"),  # Weight loss
    "HP:0001959": ("always thirsty", "very thirsty", "constantly thirsty", "thirsty all the time"),  # Polydipsia
    "HP:0000651": ("seeing double", "sees double"),  # Diplopia
    "HP:0000365": ("hard of hearing", "trouble hearing"),  # Hearing impairment
    "HP:0001337": ("hands shake", "shaky hands", "shaking hands", "trembling hands"),  # Tremor
    "HP:0003401": ("pins and needles",),  # Paresthesia
    "HP:0000508": ("drooping eyelid", "droopy eyelid"),  # Ptosis
    "HP:0001596": ("hair falling out", "losing hair"),  # Alopecia
    "HP:0000988": ("rash",),  # Skin rash
    "HP:0002014": ("loose stools", "runny stools"),  # Diarrhea
    "HP:0100785": ("can't sleep", "cannot sleep", "unable to sleep"),  # Insomnia
    "HP:0001962": ("heart pounding", "heart fluttering"),  # Palpitations
    "HP:0000017": ("up at night to pee", "getting up at night to urinate", "peeing at night"),  # Nocturia
    "HP:0100515": ("peeing a lot", "peeing often", "urinating often"),  # Pollakisuria
    "HP:0002015": ("trouble swallowing", "food sticking in the throat"),  # Dysphagia
    "HP:0002321": ("room spinning", "room is spinning"),  # Vertigo
    "HP:0001945": ("running a temperature", "running a fever", "high temperature"),  # Fever
    "HP:0002573": ("blood in the stool", "blood in stools"),  # Hematochezia
    "HP:0000805": ("bed-wetting", "wets the bed"),  # Enuresis
    "HP:0004396": ("off his food", "off her food", "off food"),  # Poor appetite
    "HP:0002094": ("breathless", "out of breath"),  # Dyspnea
    "HP:0000975": ("sweaty", "sweating a lot"),  # Hyperhidrosis
    "HP:0030828": ("wheezy",),  # Wheezing
}


def lay_entries(existing: Iterable[Entry] = ()) -> list[Entry]:
    """`LAY_EN` as index entries, without those whose words `existing` entries already have."""
    return unclaimed((Entry(hid, p, PRIO_SYNONYM) for hid, ps in LAY_EN.items() for p in ps), existing)
