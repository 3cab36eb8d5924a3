"""A pain word with a location phrase names the located pain term: "боль за грудиной" is *Chest pain*.

Why a table of body regions and not more lexicon rows: notes say where it hurts in many ways ("давящая боль
за грудиной", "болит живот", "ломит кости", "ноют мышцы", "pain behind the breastbone", "his knees hurt",
"earache"), and a lexicon that lists whole phrases per term misses most combinations, so the recogniser
matched the bare word and reported *Pain* (HP:0012531). Here each located pain term (a descendant of *Pain*,
or *Headache*/*Pharyngalgia*) lists the ways of naming its region; every pain word is combined with every
region phrase, and the phrase index (a bag of keys, free word order, small gaps) does the rest: "боль в
правом подреберье", "в пояснице ноющие боли". A longer match wins over the bare pain word, and where no
location is named the finding stays *Pain*.

Region phrases carry their preposition when the region noun alone could mean something else ("за
грудиной", "behind the breastbone"): prepositions are function words in Russian keys, so the Russian
phrase is a bag of the pain word and the region noun(s); English "behind"/"under" are content words.
"""

from __future__ import annotations

from collections.abc import Iterable

from medmoe.phenotypes.lexicon import PRIO_SYNONYM, Entry, unclaimed

PAIN_WORDS: dict[str, tuple[str, ...]] = {
    "ru": ("боль", "болит", "болят", "заболел", "ноет", "ноют", "ломит", "ломота", "колет", "болезненность"),
    "en": ("pain", "ache", "aching", "hurts", "hurt", "sore", "tenderness"),
}

# hpo_id -> (Russian region phrases, English region phrases). Most specific region first is not needed:
# a region with more words wins by length ("в нижней части спины" over "в спине").
REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "HP:0100749": (("за грудиной", "в груди", "в грудной клетке", "в области грудины", "в области сердца",
                    "в сердце"),
                   ("behind the breastbone", "behind the sternum", "in the chest", "chest", "breastbone",
                    "retrosternal", "substernal")),
    "HP:0002027": (("в животе", "живот", "в брюшной полости", "в подреберье", "в правом подреберье",
                    "в левом подреберье", "в подвздошной области", "внизу живота", "в околопупочной области"),
                   ("in the abdomen", "abdomen", "abdominal", "belly", "tummy", "stomach")),
    "HP:0410019": (("в эпигастрии", "под ложечкой", "в подложечной области", "в эпигастральной области"),
                   ("epigastric", "in the epigastrium")),
    "HP:0003419": (("в пояснице", "в поясничной области", "в нижней части спины", "поясница",
                    "в пояснично-крестцовом отделе"),
                   ("in the lower back", "lower back", "low back", "lumbar", "small of the back")),
    "HP:0003418": (("в спине", "спина", "в позвоночнике", "между лопатками"),
                   ("in the back", "back", "spine", "between the shoulder blades")),
    "HP:0030833": (("в шее", "шея", "в шейном отделе"), ("in the neck", "neck")),
    "HP:0002315": (("голова", "в голове", "в затылке", "в висках", "в лобной области", "во лбу"),
                   ("in the head", "head", "temples", "forehead")),
    "HP:0033050": (("в горле", "горло"), ("throat", "in the throat", "on swallowing")),
    "HP:0030766": (("в ухе", "в ушах", "ухо", "уши"), ("in the ear", "ear", "ears")),
    "HP:0200026": (("в глазах", "в глазу", "глаза", "глаз"), ("in the eye", "eye", "eyes")),
    "HP:0040264": (("в челюсти", "челюсть"), ("jaw", "in the jaw")),
    "HP:0002653": (("в костях", "кости"), ("in the bones", "bones", "bone")),
    "HP:0003326": (("в мышцах", "мышцы"), ("in the muscles", "muscles", "muscle")),
    "HP:0002829": (("в суставах", "суставы"), ("in the joints", "joints", "joint")),
    "HP:0030834": (("в плече", "в плечах", "плечо", "плечи", "в плечевом суставе"),
                   ("shoulder", "shoulders", "in the shoulder")),
    "HP:0030835": (("в локте", "в локтевом суставе", "локоть"), ("elbow", "elbows")),
    "HP:0030836": (("в запястье", "в лучезапястном суставе", "запястье"), ("wrist", "wrists")),
    "HP:0046505": (("в кисти", "в кистях", "кисти"), ("hand", "hands")),
    "HP:0012513": (("в руках", "в руке", "руки", "рука"), ("arm", "arms", "in the arm")),
    "HP:0012514": (("в ногах", "в ноге", "ноги", "нога", "в голенях", "в голени", "в икрах", "в икроножных мышцах"),
                   ("leg", "legs", "calf", "calves", "shin", "shins")),
    "HP:0030838": (("в тазобедренном суставе", "в тазобедренных суставах", "в бедре"), ("hip", "hips")),
    "HP:0030839": (("в колене", "в коленях", "в коленном суставе", "в коленных суставах", "колени", "колено"),
                   ("knee", "knees")),
    "HP:0030840": (("в голеностопе", "в голеностопном суставе", "в лодыжке", "голеностоп"), ("ankle", "ankles")),
    "HP:0025238": (("в стопе", "в стопах", "в ступне", "стопы", "в пятке", "в пятках"),
                   ("foot", "feet", "heel", "heels")),
    "HP:0030157": (("в боку", "в правом боку", "в левом боку"), ("flank", "in the side")),
    "HP:0034267": (("в малом тазу", "в области таза", "внизу живота и в малом тазу"), ("pelvic", "in the pelvis")),
    "HP:0031520": (("в паху", "в паховой области"), ("groin", "in the groin")),
    "HP:0033839": (("в яичке", "в яичках", "в мошонке"), ("testicle", "testicles", "testicular", "scrotum")),
    "HP:0034265": (("в молочной железе", "в молочных железах"),
                   ("breast", "breasts")),
    "HP:0500005": (("в заднем проходе", "в анусе", "в области ануса"), ("anal", "anus", "in the rectum")),
}


def located_pain_entries(lang: str, existing: Iterable[Entry] = ()) -> list[Entry]:
    """Every pain word of `lang` combined with every region phrase, as synonyms of the located term; a
    combination whose words already name a term in `existing` is left out ("боль в руках и ногах" stays
    the lexicon's *Limb pain*)."""
    col = 0 if lang == "ru" else 1
    return unclaimed((Entry(hid, f"{word} {region}", PRIO_SYNONYM)
                      for hid, regions in REGIONS.items() for region in regions[col] for word in PAIN_WORDS[lang]),
                     existing)
