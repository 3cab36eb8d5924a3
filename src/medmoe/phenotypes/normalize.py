"""Tokens and match keys: the one place that decides when two words "are the same" for concept matching.

Why stems of lemmas rather than lemmas: Russian writes one finding as a noun phrase or as a predicate
("увеличение печени" / "печень увеличена", "снижение слуха" / "слух снижен"). pymorphy3 lemmatises the
noun to "увеличение" but the participle to the verb "увеличить", so lemmas alone never meet. We key
every word by the Snowball stem of its lemma, and for deverbal nouns (-ение/-ание) and participles we cut
the derivational "-ен-/-ан-" as well, so both sides land on "увелич". Adjective-noun agreement and case
endings disappear in the same step. English words are keyed by their Snowball stem ("seizures" ->
"seizur", "abnormal"/"abnormality" -> "abnorm").

Tokenisation is a regex, not razdel: we need character offsets into the original text and speed
(>= 50 notes/s on one core), and a hyphenated word ("психо-моторный", "X-сцепленный") stays one token
whose key ignores the hyphen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*|\d+(?:[.,]\d+)?|[^\w\s]", re.UNICODE)
_CYR_RE = re.compile(r"[а-яё]", re.IGNORECASE)

# Function words that do not count in a phrase's bag of keys ("отставание в развитии" = {отстав, развит}).
# Negation words ("не", "без", "no", "without") are deliberately NOT here: "судороги без лихорадки" and
# "лихорадка с судорогами" must not become the same bag.
RU_STOP = frozenset(
    "в во на с со к ко по о об обо от до из у за над под при и или а же ли для через между то это как "
    "также том той тех его ее её их более менее".split()  # "более" stems to "бол", the key of "боль"
)
# Nouns that only say where within a region ("боль в левой половине грудной клетки", "в области сердца",
# "в поясничном отделе"): they may sit in a phrase's gap like a modifier, other nouns may not.
RU_SPATIAL_NOUNS = frozenset("область половина отдел часть сторона поверхность зона проекция".split())
EN_STOP = frozenset("of the a an in on to and or at by for from as is are was were be been with its".split())


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its offsets; `key` is None for punctuation, `stop` marks function words."""

    text: str
    start: int
    end: int
    key: str | None
    stop: bool
    lemma: str
    adj: bool = False  # Russian adjective or participle (coordination: "психомоторного и речевого")
    noun: bool = False  # Russian noun: may not sit inside a phrase's gap ("увеличенное [расстояние] между глазами")
    person: bool = False  # a capitalised first name or patronymic: only exact part of a longer term ("феномен Рейно")


def _morph():
    # The one pymorphy3 analyser of the process, shared with medmoe.text.russian (dictionaries load once).
    from medmoe.text.russian import morph_analyzer

    return morph_analyzer()


@lru_cache(maxsize=1)
def _stemmers():
    import snowballstemmer  # the reference Snowball stemmers; imports in milliseconds (nltk takes seconds)

    return snowballstemmer.stemmer("russian"), snowballstemmer.stemmer("english")


def _cut_derivation(stem: str) -> str:
    # "увеличен" -> "увелич", "снижен" -> "сниж", "отставан" -> "отстав"; keep at least 4 letters.
    for suf in ("енн", "анн", "ен", "ан"):
        if stem.endswith(suf) and len(stem) - len(suf) >= 4:
            return stem[: -len(suf)]
    return stem


# Greek/Latin medical adjectives -> the noun's stem: "атрофический/атрофичен" ~ "атрофия",
# "гипоплазированный" ~ "гипоплазия", "диспластичный" ~ "дисплазия", "склеротический" ~ "склероз",
# "атактический" ~ "атаксия". Longest suffix first; the rest must keep >= 5 letters ("клинический" stays).
_ADJ_TO_NOUN = (("астическ", "аз"), ("отическ", "оз"), ("актическ", "акс"), ("астичн", "аз"), ("отичн", "оз"),
                ("ическ", ""), ("ичн", ""), ("ирова", ""))


# Relational adjectives -> their noun, so "тонус мышц" ~ "мышечный тонус", "размер печени" ~ "печеночный
# размер", "деформация стоп" ~ "стопная деформация". General Russian word formation (not tuned per term).
RELATIONAL_ADJ: dict[str, str] = {
    "мышечный": "мышца", "костный": "кость", "кожный": "кожа", "почечный": "почка", "печеночный": "печень",
    "сердечный": "сердце", "глазной": "глаз", "ушной": "ухо", "носовой": "нос", "зубной": "зуб",
    "черепной": "череп", "головной": "голова", "позвоночный": "позвоночник", "суставной": "сустав",
    "лицевой": "лицо", "ротовой": "рот", "грудной": "грудь", "тазовый": "таз", "бедренный": "бедро",
    "плечевой": "плечо", "кистевой": "кисть", "стопный": "стопа", "глазничный": "глазница",
    "роговичный": "роговица", "хрусталиковый": "хрусталик", "сетчаточный": "сетчатка", "слуховой": "слух",
    "речевой": "речь", "весовой": "вес", "ростовой": "рост", "мозговой": "мозг", "мозжечковый": "мозжечок",
    "легочный": "легкое", "кишечный": "кишечник", "желудочный": "желудок", "ногтевой": "ноготь",
    "волосяной": "волос", "пальцевой": "палец", "реберный": "ребро", "челюстной": "челюсть",
    "губной": "губа", "язычный": "язык", "небный": "небо", "селезеночный": "селезенка", "брюшной": "живот",
    "венозный": "вена", "артериальный": "артерия", "нервный": "нерв", "мочевой": "моча", "слезный": "слеза",
    "ночной": "ночь",
}


def _adj_to_noun(stem: str) -> str:
    for suf, rep in _ADJ_TO_NOUN:
        if stem.endswith(suf):
            out = stem[: -len(suf)] + rep
            return out if len(out) >= 5 else stem
    return stem


def _verb_to_noun(stem: str) -> str:
    # "увеличивается" ~ "увеличение", "отстает" ~ "отставание", "похудел" ~ "похудание", "снижается" ~
    # "снижение": drop the imperfective -ива-/-ыва- and the verb's theme vowel (or -ет/-ит).
    for suf in ("ива", "ыва"):
        if stem.endswith(suf) and len(stem) - 3 >= 4:
            return stem[:-3]
    for suf in ("ет", "ит", "а", "я", "е", "и"):
        if stem.endswith(suf) and len(stem) - len(suf) >= 4:
            return stem[: -len(suf)]
    return stem


def _ru_noun_key(lemma: str, stem: str) -> str:
    """Keys of nouns the stemmer treats badly: "-ит" inflammations keep their whole lemma (the stemmer cuts
    "-ит" as if it were a verb ending, so "склерит" met "склера" and "миозит" met "миоз"); "-ация" nouns lose
    the suffix so that they meet their "-ированный" participles ("дезориентация" ~ "дезориентирован",
    "деформация" ~ "деформированный")."""
    if lemma.endswith("ит") and stem == lemma[:-2]:
        return lemma
    for suf in ("ац", "яц"):
        if stem.endswith(suf) and len(stem) - len(suf) >= 5:
            return stem[: -len(suf)]
    return stem


@lru_cache(maxsize=200_000)
def ru_analyse(word: str) -> tuple[str, str, bool]:
    """(lemma, key, is_adjective) of a lower-case Russian word; cached: clinical text repeats its words."""
    w = word.replace("ё", "е").replace("‐", "-")
    if "-" in w:
        parts = [x for x in w.split("-") if x]
        if len(parts) > 1 and not parts[0].endswith(("о", "е")):
            # two inflected words ("дистресса-синдрома"): key each part, so case endings go away;
            # a combining form ("психо-моторный", "нервно-психический") is keyed as one joined word.
            subs = [ru_analyse(x) for x in parts]
            return w, "".join(k for _, k, _ in subs), subs[-1][2]
        w = w.replace("-", "")
    ru, _ = _stemmers()
    p = _morph().parse(w)[0]
    pos = p.tag.POS
    lemma = p.normal_form.replace("ё", "е")
    adj = pos in ("ADJF", "PRTF")
    if pos in ("PRTF", "PRTS"):
        return lemma, _verb_to_noun(_adj_to_noun(_cut_derivation(ru.stemWord(w)))), adj
    if pos in ("ADJF", "ADJS") and lemma.endswith(("енный", "анный")):
        return lemma, _cut_derivation(ru.stemWord(lemma)), adj
    if pos == "NOUN" and lemma.endswith(("ение", "ание")):
        return lemma, _cut_derivation(ru.stemWord(lemma)), adj
    if pos in ("VERB", "INFN", "GRND"):
        return lemma, _verb_to_noun(ru.stemWord(lemma)), adj
    if pos in ("ADJF", "ADJS"):
        if lemma in RELATIONAL_ADJ:
            return lemma, ru.stemWord(RELATIONAL_ADJ[lemma]), adj
        return lemma, _adj_to_noun(ru.stemWord(lemma)), adj
    if pos == "NOUN":
        return lemma, _ru_noun_key(lemma, ru.stemWord(lemma)), adj
    return lemma, ru.stemWord(lemma), adj


@lru_cache(maxsize=50_000)
def surface_stem(word: str) -> str:
    """Snowball stem of the word itself (no lemma): the typo fallback when pymorphy3 guesses a misspelt
    word into another part of speech ("микроцефалея" -> verb "микроцефалеть")."""
    ru, en = _stemmers()
    w = word.lower().replace("ё", "е").replace("-", "")
    return ru.stemWord(w) if is_russian(w) else en.stemWord(w)


@lru_cache(maxsize=200_000)
def ru_is_noun(word: str) -> bool:
    """A noun, and not also a plausible adjective: "в правом ухе" reads "правом" as the noun "право" first,
    and a noun may not sit inside a phrase's gap, so "боль в правом ухе" missed *Ear pain*."""
    parses = _morph().parse(word.replace("ё", "е"))
    return parses[0].tag.POS == "NOUN" and not any(
        p.tag.POS in ("ADJF", "PRTF") and p.score >= 0.1 for p in parses)


# English Greek/Latin word families, on Snowball stems, applied in order (each at most once): "-osis",
# "-esis", "-psis", "-lysis" nouns meet their "-otic", "-etic", "-ptic", "-lytic" adjectives ("cyanosis" ~
# "cyanotic", "paresis" ~ "paretic", "sepsis"/"epilepsy" ~ "septic"/"epileptic", "paralysed" ~ "paralytic",
# "edema" ~ "edematous", "hypoplasia" ~ "hypoplastic"),
# "-ia"/"-y" nouns their "-ic" adjectives ("anemia" ~ "anemic", "tachycardia" ~ "tachycardic",
# "microcephaly" ~ "microcephalic", "dyspnea" ~ "dyspneic", "itchy" ~ "itch"), "-us" nouns theirs ("icterus"
# ~ "icteric"), "-ous" adjectives theirs ("nauseous" ~ "nausea"). The rest must keep >= 4 letters (5 for "-us", "-e"), so short words ("tonic", "status") stay.
# "-y" is cut only after h/g/l (-phy, -gy, -ly, "itchy"), not in "bloody" ~ "blood" or "hairy" ~ "hair",
# where HPO keeps the adjective and the noun apart ("Bloody urine" is macroscopic hematuria).
_EN_FAMILIES: tuple[tuple[tuple[str, str, int], ...], ...] = (
    (("lys", "lyt", 4), ("lyz", "lyt", 4), ("ysi", "yt", 4), ("psi", "pt", 4), ("osi", "ot", 4), ("esi", "et", 4),
     ("mat", "ma", 4), ("plast", "plas", 4)),
    (("ia", "", 4), ("ic", "", 4), ("ea", "e", 4), ("ous", "", 4), ("us", "", 5), ("hi", "h", 4), ("gi", "g", 4),
     ("li", "l", 4)),
    (("e", "", 5),),
)
# Adjectives whose noun has another root (Latin adjective, Germanic noun) or irregular participles, as
# RELATIONAL_ADJ does for Russian.
EN_RELATIONAL: dict[str, str] = {"febrile": "fever", "feverish": "fever", "pyrexial": "pyrexia", "swollen": "swelling"}


def en_family_key(stem: str) -> str:
    """The key of an English Snowball stem after the word-family rules above."""
    for group in _EN_FAMILIES:
        for suf, rep, keep in group:
            if stem.endswith(suf) and len(stem) - len(suf) + len(rep) >= keep:
                stem = stem[: -len(suf)] + rep
                break
    return stem


@lru_cache(maxsize=200_000)
def en_analyse(word: str) -> tuple[str, str]:
    """(stem, key) of a lower-case English word. The key is the Snowball stem after the word-family rules;
    an "-ation" noun is keyed by the stem of the word without that suffix, so that it meets its participle:
    Snowball cuts "disoriented" to "disori" but "disorientation" to "disorient"."""
    _, en = _stemmers()
    w = word.replace("‐", "-").replace("-", "").replace("’", "'")
    w = EN_RELATIONAL.get(w, w)
    s = en.stemWord(w)
    if w.endswith("ation") and len(w) >= 9:
        return s, en_family_key(en.stemWord(w[:-5]))
    return s, en_family_key(s)


def is_russian(word: str) -> bool:
    return bool(_CYR_RE.search(word))


PERSON_KEY = "\x00person"  # the key of a person's name: matches no phrase, and is never typo-corrected
_DEID_TAGS = frozenset("name names person patient doctor date id phone address org email url location fio фио "
                       "имя фамилия".split())


@lru_cache(maxsize=100_000)
def ru_person_tag(word: str) -> str:
    """"Name", "Patr" or "Surn" when pymorphy3 reads a Russian word mainly as a person's name, else "".

    Why: a first name's stem can equal a short abbreviation ("Олеся" -> "ол", острый лейкоз) or be one
    typo away from a term; a capitalised name must never become a phenotype."""
    w = word.lower().replace("ё", "е")
    if not _morph().word_is_known(w):
        return ""  # guessed parses turn unknown terms into names ("гепатомегалия" ~ "Мария")
    parses = _morph().parse(w)
    mass = {"Name": 0.0, "Patr": 0.0, "Surn": 0.0}
    for p in parses:
        for g in mass:
            if g in p.tag.grammemes:
                mass[g] += p.score
                break
    top = next((g for g in mass if g in parses[0].tag.grammemes), "")
    if top and mass[top] >= 0.3:
        return top
    return next((g for g in ("Name", "Patr") if mass[g] >= 0.5), "")


def tokenize(text: str, names: bool = True) -> list[Token]:
    """Tokens of `text` with offsets and match keys (language chosen per word by its alphabet).

    Short all-capital words ("ЗПРР", "ДМЖП", "ASD") are abbreviations: keyed by their letters, never
    lemmatised (pymorphy3 would guess nonsense lemmas for them).
    """
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        if s[0].isdigit():
            out.append(Token(s, m.start(), m.end(), s, False, s))
            continue
        if not s[0].isalpha():
            out.append(Token(s, m.start(), m.end(), None, False, s))
            continue
        low = s.lower()
        if names and text[m.start() - 1:m.start()] == "[" and text[m.end():m.end() + 1] == "]" and (
                low in _DEID_TAGS or s.isupper()):
            # a de-identification tag ("[NAME]", "[ФИО]") stands for personal data, never for a finding
            out.append(Token(s, m.start(), m.end(), PERSON_KEY, False, low))
            continue
        if names and s[0].isupper() and not s.isupper() and is_russian(low) and ru_person_tag(low) in ("Name", "Patr"):
            # a capitalised first name or patronymic ("Олеся", "Петровна") is a person, not a term
            lemma, key, adj = ru_analyse(low)
            out.append(Token(s, m.start(), m.end(), key, False, lemma, adj, True, True))
            continue
        if s.isupper() and 2 <= len(s) <= 6 and "-" not in s:
            out.append(Token(s, m.start(), m.end(), low.replace("ё", "е"), False, low))
            continue
        if is_russian(low) and text[m.end():m.end() + 1] == "." and _clipped(text, m.end(), low):
            # a clipped word ("гипотенз. терапия", "щит. ж-зы") is an abbreviation, not the finding
            out.append(Token(s, m.start(), m.end(), "." + low, False, low))
            continue
        if is_russian(low):
            lemma, key, adj = ru_analyse(low)
            noun = ru_is_noun(low) and lemma not in RU_SPATIAL_NOUNS
            out.append(Token(s, m.start(), m.end(), key, low in RU_STOP, lemma, adj, noun))
        else:
            lemma, key = en_analyse(low)
            out.append(Token(s, m.start(), m.end(), key, low in EN_STOP, low))
    return out


def _clipped(text: str, end: int, low: str) -> bool:
    """A word followed by "." and a lower-case word that pymorphy3 does not know: a clipped abbreviation."""
    nxt = text[end + 1:end + 3].lstrip()
    return bool(nxt) and nxt[0].islower() and not _morph().word_is_known(low.replace("ё", "е"))


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The content keys of a lexicon phrase, in order (function words and punctuation dropped)."""
    # names=False: a lexicon phrase is a term even where pymorphy3 reads one of its words as a name
    return tuple(t.key for t in tokenize(phrase, names=False) if t.key is not None and not t.stop)


def edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion, substitution or adjacent swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]
