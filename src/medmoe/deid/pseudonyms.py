"""Consistent surrogates: keyed HMAC over a normalised value picks the replacement.

Why keyed and normalised: the same person must get the same surrogate in every document and every
grammatical case ("Иванова", "Ивановой" -> one lemma -> one surrogate, then inflected back to the case and
gender of the original), while nobody without the key can rebuild the mapping from a list of candidate names.
Identifiers get surrogates with valid check digits; dates move by a per-patient offset so intervals survive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from medmoe.deid.checksums import digits_of, inn_complete, oms_check, snils_check
from medmoe.deid.dates import format_like, parse_date
from medmoe.deid.entities import Entity
from medmoe.deid.morph import PATR_RE, facts, parse
from medmoe.deid.names_en import _CREDS, _PARTICLE, _TITLE, first_names, name_lexicon

SURROGATE_MEMO = 50_000  # surrogates remembered per Pseudonymizer (see `surrogate`)
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")  # pymorphy3 grammemes of the six Russian cases


@lru_cache(maxsize=1)
def surrogate_lists() -> dict[str, list[str]]:
    raw = resources.files("medmoe.deid").joinpath("data/surrogates.json").read_text(encoding="utf-8")
    data: dict[str, list[str]] = json.loads(raw)
    return data


def _restore_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].islower():
        return word.lower()
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def _same_ru(candidate: str, lemma: str, original: str) -> bool:
    """Whether a surrogate candidate is the original name part (same lemma, or the same word in any form)."""
    c = _norm(candidate)
    lem = _norm(lemma)
    o = _norm(original)
    # "Иванова" has lemma "иванов": a candidate "Иванов" is the same family; compare stems of -ов/-ин too
    return c in (lem, o) or c.rstrip("а") == lem.rstrip("а") or o.startswith(c) and len(o) - len(c) <= 2


# Endings of -ов/-ев/-ин/-ын surnames by gender and case (the textbook table; also used by `synth.deid`).
SURN_ENDINGS = {
    "masc": {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"},
    "femn": {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"},
}
GENDERS = ("masc", "femn")
# a possessive surname (-ов/-ев/-ин/-ын) in any case: the stem is the family, the ending says gender and case
_OV_IN = re.compile(r"(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)?")
# an adjectival surname (-ский/-цкий/-ской...) in any case
_ADJ_SURN = re.compile(r"(.+(?:ск|цк))(ий|ой|ого|ому|им|ом|ая|ую|ою)")
_ADJ_ENDINGS = {
    "ий": (("masc", "nomn"),),
    "ого": (("masc", "gent"), ("masc", "accs")),
    "ому": (("masc", "datv"),),
    "им": (("masc", "ablt"),),
    "ом": (("masc", "loct"),),
    "ая": (("femn", "nomn"),),
    "ую": (("femn", "accs"),),
    "ою": (("femn", "ablt"),),
    "ой": (("femn", "gent"), ("femn", "datv"), ("femn", "ablt"), ("femn", "loct")),  # "Вишневской": a woman;
}  # a man's "-ской" ("Луговской") is rarer and gets a small weight in `_surname`
TURKIC_PARTICLES = frozenset("оглы кызы улы уулу угли кизи".split())  # "Мамедов Рашад Рза оглы": "son of Рза"


@dataclass(frozen=True)
class _Word:
    """What one Russian name word can be: its role on its own and its readings (gender, case) -> weight.

    Why readings and not one parse: "Иванова" is a woman in the nominative or a man in the genitive, "Любови"
    is genitive, dative or locative, "Ли" is any case of either gender. Only the words of a name together say
    which (`_chain`), and every surrogate word must then agree in that gender and case.
    """

    role: str  # Name | Surn | Patr, judged from the word alone
    lemma: dict[str, str]  # gender -> lemma (the key of the surrogate; a surname's family is one lemma)
    readings: dict[tuple[str, str], float]  # (gender, case) -> weight, summing to 1
    fixed: bool = False  # an indeclinable surname ("Ли", "Черных", "Шевченко", "Кипиани")
    name_score: float = 0.0  # weight of its first-name readings (picks the given name of "Ли Любови")


def _spread(pairs, weight: float = 1.0) -> dict[tuple[str, str], float]:
    pairs = list(pairs)
    return {p: weight / len(pairs) for p in pairs} if pairs else {}


def _genders(grammemes) -> tuple[str, ...]:
    if "ms-f" in grammemes:
        return GENDERS
    return tuple(g for g in GENDERS if g in grammemes) or ("masc",)


def _readings(parses, role: str) -> tuple[dict[tuple[str, str], float], dict[str, str]]:
    """Singular (gender, case) readings of one role with their pymorphy3 weights, and the lemma per gender."""
    out: dict[tuple[str, str], float] = {}
    lemma: dict[str, str] = {}
    for p in parses:
        gr = p.tag.grammemes
        if role not in gr or "plur" in gr:
            continue
        case = next((c for c in CASES if c in gr), None)
        if case is None:
            continue
        for g in _genders(gr):
            out[(g, case)] = out.get((g, case), 0.0) + max(p.score, 1e-6)
            lemma.setdefault(g, p.normal_form.replace("ё", "е"))
    total = sum(out.values())
    return {k: v / total for k, v in out.items()}, lemma


def _max_score(parses, role: str) -> float:
    return max(
        (p.score for p in parses if role in p.tag.grammemes and "plur" not in p.tag.grammemes), default=0.0
    )


def _surname(key: str, parses) -> _Word:
    """A surname's family (its lemma, the same in every case and for both genders) and its readings."""
    m = _ADJ_SURN.fullmatch(key)
    if m:
        readings = _spread(_ADJ_ENDINGS[m.group(2)], 0.9 if m.group(2) == "ой" else 1.0)
        if m.group(2) == "ой":
            readings[("masc", "nomn")] = 0.1
        return _Word("Surn", {g: m.group(1) + "ий" for g in GENDERS}, readings)
    m = _OV_IN.fullmatch(key)
    if m:
        ending = m.group(2) or ""
        pairs = [(g, c) for g in GENDERS for c in CASES if SURN_ENDINGS[g][c] == ending]
        if ending == "ою":
            pairs = [("femn", "ablt")]
        return _Word("Surn", {g: m.group(1) for g in GENDERS}, _spread(pairs))
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    # indeclinable: -их/-ых ("Черных"), or a final vowel that is no case ending of a consonant-final word
    # ("Ли", "Шевченко", "Кипиани"; "Паку" is the dative of "Пак"). Consonant-final ones ("Григорян", "Пак")
    # decline for a man, so they are declinable here (a woman's reading of every case is among their readings)
    fixed = key.endswith(("их", "ых")) or (
        key[-1] in "оеиэыую"
        and not any(p.normal_form != key and p.normal_form[-1:] not in "аеёиоуыэюяь" for p in nouns)
    )
    if fixed:
        return _Word("Surn", {g: key for g in GENDERS}, _spread((g, c) for g in GENDERS for c in CASES), True)
    readings, lemma = _readings(parses, "Surn")
    if not readings:
        # a surname pymorphy3 does not know as one ("Пак", "Оганесян"): a man's declines like a noun, a
        # woman's does not decline at all
        masc = {c for p in nouns for c in CASES if c in p.tag.grammemes and "plur" not in p.tag.grammemes}
        readings = _spread([("masc", c) for c in sorted(masc or {"nomn"}, key=CASES.index)], 0.5)
        readings.update(_spread([("femn", c) for c in CASES], 0.5))
        base = nouns[0].normal_form if nouns else key
        lemma = {g: base for g in GENDERS}
    return _Word("Surn", {g: lemma.get(g, next(iter(lemma.values()), key)) for g in GENDERS}, readings)


@lru_cache(maxsize=100_000)
def _analyse_ru(word: str) -> _Word:
    """A Russian name word on its own: patronymic, first name (a dictionary name reading that outweighs its
    surname readings: "Роман", "Любовь"; not "Ахмедов", whose only name reading is a plural) or surname."""
    key = word.lower()
    parses = parse(key)
    f = facts(key)
    name_score = _max_score(parses, "Name") if f.known else 0.0
    if f.patr >= 0.3 or PATR_RE.search(key):
        readings, lemma = _readings(parses, "Patr")
        if not readings:  # a patronymic pymorphy3 does not know: its ending says the gender
            fem = re.search(r"(?:вн|чн)\w*$", key) is not None
            readings, lemma = {("femn" if fem else "masc", "nomn"): 1.0}, {}
        lemma = {g: lemma.get(g, key) for g in GENDERS}
        return _Word("Patr", lemma, readings, name_score=name_score)
    # an -ов/-ин word is a first name only when that is most of its readings ("Марина", "Валентин")
    if name_score > _max_score(parses, "Surn") and not (_OV_IN.fullmatch(key) and f.name < 0.5):
        readings, lemma = _readings(parses, "Name")
        base = next(iter(lemma.values()), key.replace("ё", "е"))
        return _Word("Name", {g: lemma.get(g, base) for g in GENDERS}, readings, name_score=name_score)
    w = _surname(key, parses)
    return _Word(w.role, w.lemma, w.readings, w.fixed, name_score)


@lru_cache(maxsize=100_000)
def _inflect(word: str, role: str, gender: str, case: str) -> str:
    if role == "Surn" and word.lower().endswith(("ов", "ев", "ёв", "ин", "ын")):
        # surrogate surnames are all of the -ов/-ин type, declined by the textbook table (pymorphy3
        # sometimes prefers a plural common-noun reading of a rare surname)
        return (word + SURN_ENDINGS[gender if gender in SURN_ENDINGS else "masc"][case]).lower()
    parses = parse(word.lower())
    # the reading of the surrogate's own gender: "Арина" is a woman's name, not the genitive of "Арин"
    p = next(
        (
            x
            for x in parses
            if role in x.tag.grammemes and gender in _genders(x.tag.grammemes) and "sing" in x.tag.grammemes
        ),
        next((x for x in parses if role in x.tag.grammemes), parses[0]),
    )
    want = {case}
    if role == "Patr":
        want.add(gender)
    inflected = p.inflect(want) or p.inflect({case})
    return inflected.word if inflected else word.lower()


# a Russian name word (hyphenated parts stay one word), a word hyphenated across a line end ("Гри-\nгорян"), an
# initial ("И.", or a capital alone: "Иванов И И")
_RU_TOKEN = re.compile(
    r"(?P<broken>[А-ЯЁа-яё]+-[ \t]*\n[ \t]*[а-яё]+)|(?P<init>[А-ЯЁA-Zа-яё]\.|[А-ЯЁа-яё](?![А-ЯЁа-яё.]))"
    r"|(?P<word>[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)"
)


@lru_cache(maxsize=100_000)
def _plain_word(word: str) -> bool:
    """A lowercase dictionary word with no first-name, surname or patronymic reading ("врачом")."""
    last = word.split("-")[-1]
    if not last.islower() or not facts(last).known:
        return False
    return not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in parse(last))


@lru_cache(maxsize=100_000)
def _as_role(word: str, role: str) -> _Word:
    """A word in the role its place in the name gives it ("Гульназ Магомедовна": Гульназ is a first name,
    whatever pymorphy3 guesses; "Ермолаев П.Ж.": Ермолаев is a surname, not the plural of Ермолай)."""
    key = word.lower()
    own = _analyse_ru(word)
    if own.role == role:
        return own
    parses = parse(key)
    if role == "Surn":
        w = _surname(key, parses)
        return _Word("Surn", w.lemma, w.readings, w.fixed, own.name_score)
    readings, lemma = _readings(parses, role)
    if not readings:
        readings = _spread((g, c) for g in GENDERS for c in CASES)
    base = key.replace("ё", "е")
    return _Word(
        role, {g: lemma.get(g, base) for g in GENDERS}, readings, name_score=max(own.name_score, 1.0)
    )


def _roles(tokens: list[str], n_initials: int, hint: str) -> list[_Word]:
    """Each word's role in the name as written: the word before a patronymic is a first name; beside
    initials every other word is a surname; several words without a patronymic hold one first name (the
    most name-like) and surnames; a single word keeps its own role unless its field names it ("Имя: Роман")."""
    if len(tokens) == 1 and hint in ("Name", "Surn", "Patr"):
        return [_as_role(tokens[0], hint)]
    out = [_analyse_ru(t) for t in tokens]
    roles = [w.role for w in out]
    for i, r in enumerate(roles):
        if r == "Patr" and i > 0 and roles[i - 1] not in ("Patr", "Part"):
            roles[i - 1] = "Name"
    if n_initials:
        roles = ["Patr" if r == "Patr" and "Name" in roles else "Surn" for r in roles]
    elif len(tokens) >= 2 and "Patr" not in roles:
        names = [i for i, r in enumerate(roles) if r == "Name"]
        if len(names) >= 2:  # "Ли Любови": the better first name stays one, the others are surnames
            keep = max(names, key=lambda i: (out[i].name_score, -i))
            roles = ["Surn" if i in names and i != keep else r for i, r in enumerate(roles)]
        elif not names:  # "Гульназ Ахмедова": a word that is no possessive or fixed surname is the name
            cands = [i for i, w in enumerate(out) if not _OV_IN.fullmatch(tokens[i].lower()) and not w.fixed]
            if cands and len(cands) < len(tokens):
                roles[cands[0]] = "Name"
    return [_as_role(t, r) for t, r in zip(tokens, roles)]


def _chain(words: list[_Word]) -> tuple[str, str]:
    """The gender and case of one person's name: the reading most of its words support (weights summed), so
    "Ли Любови" is feminine genitive and "Иванова Анна Петровна" feminine nominative, not a man's genitive."""
    score: dict[tuple[str, str], float] = {}
    for w in words:
        weight = 2.0 if w.role == "Patr" else 1.0  # "-овны" is surely feminine genitive; "Лейсан" is a guess
        for k, v in w.readings.items():
            score[k] = score.get(k, 0.0) + weight * v
    if not score:
        return "masc", "nomn"
    return max(score, key=lambda k: (round(score[k], 6), -CASES.index(k[1]), k[0] == "masc"))


def _split_like(word: str, template: str) -> str:
    """A surrogate hyphenated across a line end where the original was ("Гри-\\nгорян" -> "Пан-\\nфилов")."""
    head, _, tail = template.partition("-")
    cut = min(max(2, len(head)), len(word) - 2) if len(word) > 3 else len(word)
    sep = template[len(head) : len(template) - len(tail.lstrip(" \t\n"))]
    return word[:cut] + sep + word[cut:]


_EN_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_EN_PARTICLE = re.compile(rf"{_PARTICLE}|binte|bint|bte", re.IGNORECASE)
# words inside a name span that are no name: titles, credentials, generational suffixes, a DICOM "PN" label
_EN_KEEP_CASED = re.compile(rf"{_CREDS}|Jr|Sr|JR|SR|II|III|IV|PN")
_EN_KEEP_ANY = re.compile(rf"{_TITLE}|{_EN_PARTICLE.pattern}", re.IGNORECASE)


def _en_keep(word: str) -> bool:
    return bool(_EN_KEEP_CASED.fullmatch(word) or _EN_KEEP_ANY.fullmatch(word))


def _en_first_name(word: str) -> bool:
    """A lone word is a first name if the lexicon knows it as one and not as a surname ("Faith", "Ava";
    not "Walker"), or it is one of the given names that are evidence on their own ("Siobhan")."""
    w = word[:1].upper() + word[1:].lower()
    lex = name_lexicon()
    return w in first_names() or (w in lex.firsts and w not in lex.surnames)


class Pseudonymizer:
    """Surrogates for every entity type from one secret key (32 bytes)."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("Pseudonymizer: key must have at least 16 bytes")
        self._key = hmac.new(key, b"medmoe-deid-pseudonyms-v1", hashlib.sha256).digest()
        self.lists = surrogate_lists()
        # initial letters of the first-name pools, computed once (every initial of every name draws from them)
        self._initials = {
            "ru": sorted({w[0] for w in self.lists["ru_male"] + self.lists["ru_female"]}),
            "en": sorted({w[0] for w in self.lists["en_first"]}),
        }
        self._memo: dict[tuple[str, ...], str] = {}

    def h(self, kind: str, value: str) -> int:
        """Keyed 64-bit draw; `hmac.digest` is the one-shot C path (same bytes as `hmac.new(...).digest()`)."""
        d = hmac.digest(self._key, f"{kind}\x00{value}".encode(), "sha256")
        return int.from_bytes(d[:8], "big")

    def pick(self, kind: str, value: str, options: list[str]) -> str:
        return options[self.h(kind, value) % len(options)]

    def pick_avoid(self, kind: str, value: str, options: list[str], bad) -> str:
        """A keyed pick that never returns an option for which `bad(option)` holds.

        Why: with small surrogate lists the keyed choice can coincide with the original ("Вадимович" ->
        "Вадимович"), which would leave a real name part in the output. Re-draws are deterministic (the same
        key and value always give the same surrogate); the first draw is `pick`'s, so existing mappings stay.
        """
        for k in range(64):
            opt = options[self.h(kind if k == 0 else f"{kind}#redraw{k}", value) % len(options)]
            if not bad(opt):
                return opt
        good = [o for o in options if not bad(o)]
        return good[self.h(kind, value) % len(good)] if good else options[0]

    def _digits(self, kind: str, value: str, n: int, avoid: str = "") -> str:
        """n keyed digits; never equal to `avoid` (the original digits), so a short id cannot survive."""
        for r in range(64):
            out, i = "", 0
            while len(out) < n:
                out += str(self.h(f"{kind}#{i}" if r == 0 else f"{kind}#{r}#{i}", value)).zfill(19)[:18]
                i += 1
            if out[:n] != avoid or n == 0:
                return out[:n]
        return out[:n]

    # ---------------------------------------------------------------------------------------- names
    def _letter(self, letter: str, lang: str) -> str:
        """The surrogate initial for an initial; never the original letter (an initial is a name part too)."""
        return self.pick_avoid(
            "initial", letter.lower(), self._initials[lang], lambda c: c.lower() == letter.lower()
        )

    def _ru_word(self, token: str, w: _Word, gender: str, case: str) -> str:
        """The surrogate of one Russian name word in the name's gender and case, of the word's own kind: a
        first name for a first name (same surrogate initial as its "И."), a patronymic for a patronymic, an
        -ов/-ин surname for a declinable surname, an indeclinable one for "Ли" or "Черных"."""
        lists = self.lists
        lemma = w.lemma.get(gender) or next(iter(w.lemma.values()))
        if w.role in ("Name", "Patr"):
            pool = (
                lists["ru_patr"]
                if w.role == "Patr"
                else lists["ru_female" if gender == "femn" else "ru_male"]
            )
            letter = self._letter(lemma[:1], "ru")
            same = [x for x in pool if x[0] == letter] or pool
            kind = "patr" if w.role == "Patr" else "first"
            pick = self.pick_avoid(kind, lemma, same, lambda x: _same_ru(x, lemma, token))
            return _inflect(pick, w.role, gender, case)
        if w.fixed:
            return self.pick_avoid(
                "surn_fixed", lemma, lists["ru_surnames_fixed"], lambda x: _same_ru(x, lemma, token)
            ).lower()

        def bad(x: str) -> bool:
            return _same_ru(x, lemma, token) or _norm(_inflect(x, "Surn", gender, case)) == _norm(token)

        return _inflect(self.pick_avoid("surn", lemma, lists["ru_surnames"], bad), "Surn", gender, case)

    def _name_ru(self, text: str, hint: str = "") -> str:
        """Replace the words of a Russian name, keeping everything else as written: spaces, dots, line
        breaks, hyphens, letter case, particles ("оглы"), and each word's role, gender and case."""
        matches = list(_RU_TOKEN.finditer(text))
        kinds = [m.lastgroup for m in matches]
        words = [
            m.group() if k == "word" else re.sub(r"-\s*\n\s*", "", m.group()) for m, k in zip(matches, kinds)
        ]
        # the father's name before "оглы"/"кызы" is a man's first name in the nominative, outside the chain
        father = {
            i
            for i in range(len(matches) - 1)
            if kinds[i] != "init" and words[i + 1].lower() in TURKIC_PARTICLES
        }
        keep = {i for i, w in enumerate(words) if w.lower() in TURKIC_PARTICLES}
        if any(w[:1].isupper() for w, k in zip(words, kinds) if k != "init"):
            # a lowercase common word inside a capitalised name is no part of it ("ЛОР-врачом Кочетковой Ф.М.",
            # "Гузелия, напоминаем"): it stays, and it does not vote on the gender and case
            keep |= {i for i, (w, k) in enumerate(zip(words, kinds)) if k == "word" and _plain_word(w)}
        person = [i for i in range(len(matches)) if kinds[i] != "init" and i not in father | keep]
        heads = [words[i].split("-")[-1] for i in person]  # a double surname declines in its last part
        analysed = _roles(heads, kinds.count("init"), hint)
        gender, case = _chain(analysed)
        out: list[str] = []
        pos = 0
        for i, m in enumerate(matches):
            out.append(text[pos : m.start()])
            pos = m.end()
            token = words[i]
            if kinds[i] == "init":
                letter = self._letter(token[0], "ru")
                new = (letter.lower() if token[0].islower() else letter) + token[1:]
            elif i in keep:
                new = token
            else:
                if i in father:
                    role, g, c = "Name", "masc", "nomn"
                else:
                    role, g, c = analysed[person.index(i)].role, gender, case
                new = "-".join(
                    _restore_case(part, self._ru_word(part, _as_role(part, role), g, c))
                    for part in token.split("-")
                )
            out.append(_split_like(new, m.group()) if kinds[i] == "broken" else new)
        out.append(text[pos:])
        return "".join(out)

    def _en_roles(self, text: str, toks: list[re.Match[str]], kinds: list[str], hint: str) -> list[str]:
        """first | last | keep per token. HL7/DICOM "FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX^DEGREE" by component;
        "SURNAME, Given" (or "/") by part; otherwise the last name word (an ALL-CAPS word among capitalised
        ones, a word after "bin"/"van") is the surname; a lone word: the field, its neighbours or the lexicon."""
        names = [i for i, k in enumerate(kinds) if k == "name"]
        roles = ["keep" if k == "keep" else "first" for k in kinds]
        if "^" in text:
            for i in names:
                comp = text[: toks[i].start()].count("^")
                roles[i] = "last" if comp == 0 else "first" if comp <= 2 else "keep"
            return roles
        for sep in (",", "/"):
            parts = [text[: toks[i].start()].count(sep) for i in names]
            if len(set(parts)) >= 2:
                for i, part in zip(names, parts):
                    roles[i] = "last" if part == parts[0] else "first"
                return roles
        if len(names) == 1:
            (i,) = names
            if hint in ("Name", "Surn"):
                roles[i] = "first" if hint == "Name" else "last"
            elif len(kinds) > 1 or not _en_first_name(toks[i].group()):
                roles[i] = "last"  # "J. Smith", "Dr Jones", "Smith MD"
            return roles
        caps = [i for i in names if toks[i].group().isupper()]
        lasts = set(caps) if caps and len(caps) < len(names) else {names[-1]} if names else set()
        lasts |= {
            j
            for j in names
            if any(kinds[k] == "keep" and _EN_PARTICLE.fullmatch(toks[k].group()) for k in range(j))
        }
        for i in lasts:
            roles[i] = "last"
        return roles

    def _en_word(self, word: str, role: str) -> str:
        lists = self.lists
        if role == "last":
            return self.pick_avoid(
                "en_last", word.lower(), lists["en_last"], lambda w: w.lower() == word.lower()
            )
        letter = self._letter(word[0], "en")  # "John Smith" and "J. Smith" share the surrogate initial
        same = [w for w in lists["en_first"] if w[0] == letter] or lists["en_first"]
        return self.pick_avoid("en_first", word.lower(), same, lambda w: w.lower() == word.lower())

    def _name_en(self, text: str, hint: str = "") -> str:
        """Replace the name words of a Latin-script name; separators, titles, credentials, particles and the
        number of parts stay ("PEREZ MORA^LUCIA^M^^^MD" -> "TATUM CARROW^REESE^K^^^MD" in shape)."""
        toks = list(_EN_WORD.finditer(text))
        kinds = ["init" if len(m.group()) == 1 else "keep" if _en_keep(m.group()) else "name" for m in toks]
        roles = self._en_roles(text, toks, kinds, hint)
        out: list[str] = []
        pos = 0
        for m, kind, role in zip(toks, kinds, roles):
            out.append(text[pos : m.start()])
            pos = m.end()
            t = m.group()
            if kind == "init":
                new = self._letter(t, "en")
                out.append(new.lower() if t.islower() else new)
            elif role == "keep":
                out.append(t)
            else:
                out.append(
                    "-".join(
                        p if _EN_PARTICLE.fullmatch(p) else _restore_case(p, self._en_word(p, role))
                        for p in t.split("-")
                    )
                )  # "al-Rashid" -> "al-Jessop"
        out.append(text[pos:])
        return "".join(out)

    def name(self, text: str, hint: str = "") -> str:
        """The surrogate of a name span; `hint` ("Name", "Surn", "Patr") is the role its field gives a
        one-word span ("Имя: Роман", a `фамилия` column), which the word alone cannot tell."""
        if re.search(r"[А-ЯЁа-яё]", text):
            return self._name_ru(text, hint)
        return self._name_en(text, hint)

    # ------------------------------------------------------------------------------------ identifiers
    def _replace_digits(self, value: str, digits: str) -> str:
        it = iter(digits)
        return "".join(next(it) if ch.isdigit() else ch for ch in value)

    def identifier(self, value: str, subtype: str) -> str:
        d = digits_of(value)
        if subtype == "snils" and len(d) == 11:
            first = self._digits("snils", d, 9, avoid=d[:9])
            return self._replace_digits(value, first + snils_check(first))
        if subtype == "inn" and len(d) in (10, 12):
            n_inn = len(d) - 1 - (len(d) == 12)
            new = inn_complete(self._digits("inn", d, n_inn, avoid=d[:n_inn]))
            return self._replace_digits(value, new)
        if subtype == "oms" and len(d) == 16:
            first = self._digits("oms", d, 15, avoid=d[:15])
            return self._replace_digits(value, first + oms_check(first))
        if subtype == "ip":
            if ":" in value:
                return f"2001:db8::{self.h('ip', value) % 65536:x}"
            return f"192.0.2.{self.h('ip', value) % 254 + 1}"
        new_digits = self._digits(f"id:{subtype}", d, len(d), avoid=d)
        out = self._replace_digits(value, new_digits) if d else value
        letters = [c for c in out if c.isalpha()]
        if letters and subtype in ("record", "number", ""):
            rnd = self.h("idletters", value)
            out = "".join(
                (chr(ord("A") + (rnd >> i) % 26) if c.isascii() else chr(ord("А") + (rnd >> i) % 32))
                if c.isalpha() and c.isupper()
                else c
                for i, c in enumerate(out)
            )
        return out

    def phone(self, value: str) -> str:
        d = digits_of(value)
        keep = 1 if value.lstrip().startswith(("+7", "8", "7", "+1")) and len(d) == 11 else 0
        core = d[-10:] if len(d) >= 10 else d
        new = d[:keep] + self._digits("phone", core, len(d) - keep, avoid=d[keep:])
        return self._replace_digits(value, new)

    def email(self, value: str) -> str:
        return f"user{self.h('email', value.lower()) % 10**6:06d}@example.org"

    def url(self, value: str) -> str:
        return f"https://example.org/{self.h('url', value.lower()) % 16**6:06x}"

    def address(self, value: str) -> str:
        key = re.sub(r"\W+", " ", value.lower()).strip()
        n = self.h("addr", key)
        if re.search(r"[А-ЯЁа-яё]", value):
            if re.fullmatch(r"\d{6}", value.strip()):
                return str(100000 + n % 500000)
            city = self.lists["ru_cities"][n % len(self.lists["ru_cities"])]
            street = self.lists["ru_streets"][(n >> 8) % len(self.lists["ru_streets"])]
            flat = f", кв. {(n >> 24) % 200 + 1}" if re.search(r"кв\.|квартира|\d+-\d+$", value) else ""
            return f"г. {city}, ул. {street}, д. {(n >> 16) % 90 + 1}{flat}"
        city = self.lists["en_cities"][n % len(self.lists["en_cities"])]
        street = self.lists["en_streets"][(n >> 8) % len(self.lists["en_streets"])]
        return f"{(n >> 16) % 900 + 100} {street} St, {city}"

    def org(self, value: str) -> str:
        form = re.match(r"(ООО|ОАО|ЗАО|ПАО|АО|ГБУЗ|ГБУ|ФГБУ|ГАУЗ|МБОУ|LLC|Inc\.?)\s*", value)
        word = self.pick("org", value.lower(), self.lists["org_words"])
        return f"{form.group(1) + ' ' if form else ''}«{word}-{self.h('orgn', value.lower()) % 100}»"

    # ------------------------------------------------------------------------------------------ dates
    def date_shift_days(self, patient_key: str) -> int:
        n = self.h("date-shift", patient_key) % 730
        return n - 365 if n < 365 else n - 364  # never 0: [-365, -1] or [1, 365]

    def date(self, value: str, patient_key: str, lang: str) -> str:
        parsed = parse_date(value, lang)
        if parsed is None:
            return "[DATE]"
        days = self.date_shift_days(patient_key)
        if parsed.kind == "year" or not parsed.has_day:
            # a year or a month alone must change: move it by the shift rounded to whole years/months, never 0
            # (a birth year kept by a 100-day shift would be no pseudonym at all)
            step = 1 if days > 0 else -1
            if parsed.kind == "year":
                years = step * max(1, round(abs(days) / 365))
                return format_like(parsed, parsed.when.replace(year=parsed.when.year + years))
            months = step * max(1, round(abs(days) / 30.4))
            m0 = parsed.when.year * 12 + parsed.when.month - 1 + months
            return format_like(parsed, dt.date(m0 // 12, m0 % 12 + 1, 1))
        return format_like(parsed, parsed.when + dt.timedelta(days=days))

    # ---------------------------------------------------------------------------------------- dispatch
    def surrogate(self, ent: Entity, value: str, patient_key: str, lang: str) -> str:
        """The surrogate of one detected value, memoised per instance: notes repeat their names, dates and
        numbers, and a surrogate is a pure function of the key and (type, subtype, value; for dates also
        the patient and the language), so a cached answer is the same string."""
        memo_key = (
            (ent.type, ent.subtype, value, patient_key, lang)
            if ent.type == "DATE"
            else (ent.type, ent.subtype, value)
        )
        hit = self._memo.get(memo_key)
        if hit is None:
            if len(self._memo) >= SURROGATE_MEMO:
                self._memo.clear()  # bounded: a long-running service does not grow without limit
            hit = self._memo[memo_key] = self._surrogate(ent, value, patient_key, lang)
        return hit

    def _surrogate(self, ent: Entity, value: str, patient_key: str, lang: str) -> str:
        t = ent.type
        if t == "NAME":
            return self.name(value, ent.subtype.removeprefix("role:"))
        if t == "DATE":
            return self.date(value, patient_key, lang)
        if t == "PHONE":
            return self.phone(value)
        if t == "EMAIL":
            return self.email(value)
        if t == "URL":
            return self.identifier(value, "ip") if ent.subtype == "ip" else self.url(value)
        if t == "ADDRESS":
            return self.address(value)
        if t == "ORG":
            return self.org(value)
        return self.identifier(value, ent.subtype)


def key_fingerprint(key: bytes) -> str:
    """A short public id of a key for audit records (SHA-256 of a derived value, never the key)."""
    return hashlib.sha256(b"medmoe-key-id\x00" + key).hexdigest()[:16]
