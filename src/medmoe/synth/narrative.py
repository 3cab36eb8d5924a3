"""Clinical case narratives (Russian and English) from a phenopacket, with gold phenotype spans.

Why: a phenotype recogniser needs notes whose truth is known. A note is written the way Russian and
English clinicians write them (жалобы, анамнез заболевания и жизни, объективный статус, заключение;
complaint, history, examination, assessment), mentions the present and the excluded features, and also
plants distractors the recogniser must NOT report: a relative's finding ("у матери низкорослость") and an
uncertain one ("Исключить ...", "Possible ...").

Honest measurement needs two disjoint wordings. `eval_wording=False` (development) uses the development
sentence templates and the team lexicon's phrases (what the recogniser is built from). `eval_wording=True`
uses a separate set of held-out templates and, for Russian, the held-out phrasings of
`synth/data/hpo_ru_eval_phrasings.tsv` (written apart from the lexicon, never read by the recogniser),
inflected with pymorphy3 to the case each template needs; terms without a held-out phrasing fall back to
a lexicon phrase. English has no held-out phrase file: its evaluation wording picks an HPO synonym
instead of the label, which the recogniser has seen, so English numbers measure templates and scopes,
not vocabulary.

Features with no wording in the requested language are not mentioned (and have no gold span).
"""

from __future__ import annotations

import csv
import random
import re
from functools import lru_cache
from pathlib import Path

from medmoe.paths import PACKAGE_DIR
from medmoe.synth.ru_inflect import RuPhrase as RuPhrase  # re-exported: it lived here first
from medmoe.synth.ru_inflect import analyse_ru
from medmoe.text.russian import morph_analyzer

EVAL_PHRASINGS = PACKAGE_DIR / "synth" / "data" / "hpo_ru_eval_phrasings.tsv"

P_TYPO = 0.04  # share of finding mentions written with one typo (both wordings)


# ----------------------------------------------------------------------------- wording sources


@lru_cache(maxsize=2)
def _ru_lexicon_phrases(team_file: str) -> dict[str, list[str]]:
    from medmoe.phenotypes.lexicon import read_team_lexicon

    out: dict[str, list[str]] = {}
    for e in read_team_lexicon(team_file).entries:
        out.setdefault(e.hpo_id, []).append(e.phrase)
    return out


@lru_cache(maxsize=2)
def load_eval_phrasings(path: str = str(EVAL_PHRASINGS)) -> dict[str, list[str]]:
    """Held-out Russian phrasings `hpo_id -> [phrasing]` (empty if the file is absent)."""
    p = Path(path)
    out: dict[str, list[str]] = {}
    if not p.is_file():
        return out
    with p.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            hid, ph = (row.get("hpo_id") or "").strip(), (row.get("phrasing") or "").strip()
            if hid.startswith("HP:") and ph:
                out.setdefault(hid, []).append(ph)
    return out


def _onto():
    from medmoe.knowledge.hpo import get_ontology

    return get_ontology()


def ru_phrasings(hpo_id: str, eval_wording: bool) -> tuple[list[str], bool]:
    """(candidate phrasings, are they held-out) for a term; current and alt ids both looked up."""
    from medmoe.phenotypes.lexicon import TEAM_LEXICON

    onto = _onto()
    ids = [hpo_id]
    cur = onto.resolve(hpo_id)
    if cur:
        ids += [cur] + list(onto.term(cur).alt_ids)
    if eval_wording:
        held = load_eval_phrasings()
        for i in ids:
            if held.get(i):
                return held[i], True
    lex = _ru_lexicon_phrases(str(TEAM_LEXICON))
    for i in ids:
        if lex.get(i):
            return lex[i], False
    return [], False


def _uninvert(label: str) -> str:
    """HPO's inverted labels read as prose: "Intellectual disability, mild" -> "mild intellectual disability"."""
    head, sep, mod = label.partition(", ")
    if sep and " " not in mod and "," not in mod:
        return f"{mod} {head[:1].lower()}{head[1:]}"
    return label


def en_phrasings(hpo_id: str, eval_wording: bool) -> list[str]:
    onto = _onto()
    cur = onto.resolve(hpo_id)
    if cur is None:
        return []
    t = onto.term(cur)
    if not eval_wording:
        return [_uninvert(t.name)]
    scopes = t.synonym_scopes or ["EXACT"] * len(t.synonyms)
    syns = [s for s, sc in zip(t.synonyms, scopes, strict=False) if sc == "EXACT" and not s.isupper() and len(s) > 3]
    return syns or [_uninvert(t.name)]


# ----------------------------------------------------------------------------- templates
# Each template set: {"slot": [template, ...]}; {L} is a list of phrases in the case the slot names.

RU_DEV = {
    "complaints": [("accs", "на {L}."), ("accs", "{L}.")],
    "history": [("accs", "С раннего возраста родители отмечают {L}."),
                ("nomn", "с первого года жизни отмечается {L}.")],
    "exam": [("nomn", "При осмотре выявлены: {L}."), ("nomn", "Объективно: {L}.")],
    "neg": [("gent", "{L} не выявлено."), ("gent", "Без признаков {L}."), ("gent", "{L} нет.")],
    "conclusion": [("nomn", "{L}. Рекомендована консультация генетика.")],
    "family": [("nomn", "Наследственность: у {R} {T}."), ("nomn", "У {R} отмечается {T}.")],
    "uncertain": [("accs", "Исключить {T}."), ("accs", "Подозрение на {T}.")],
    "intro": ["{P} {A}. Поступает для обследования.", "{P} {A}, госпитализирован{a} планово."],
    "life": ["ребенок от {n}-й беременности, роды в срок.",
             "рос и развивался с особенностями, привит по возрасту."],
    "sections": ["Жалобы", "Анамнез заболевания", "Анамнез жизни", "Объективный статус", "Заключение"],
}
RU_EVAL = {
    "complaints": [("accs", "При поступлении предъявляет жалобы на {L}."),
                   ("nomn", "Со слов матери, ребенка беспокоят {L}.")],
    "history": [("nomn", "Из анамнеза известно, что постепенно нарастали {L}."),
                ("nomn", "Болеет с раннего детства, когда впервые обратили на себя внимание {L}.")],
    "exam": [("nomn", "При объективном осмотре обращают на себя внимание {L}."),
             ("nomn", "Физикальное обследование: {L}."), ("nomn", "Status localis: {L}.")],
    "neg": [("gent", "Признаков {L} на момент осмотра не обнаружено."),
            ("accs", "Пациент отрицает {L}."), ("gent", "{L} не отмечается."),
            ("gent", "Данных за наличие {L} не получено.")],
    "conclusion": [("nomn", "Клинический диагноз предварительный; ведущие проявления: {L}."),
                   ("nomn", "Резюме: {L}; показано медико-генетическое консультирование.")],
    "family": [("nomn", "Семейный анамнез: {T} у {R}."), ("nomn", "Известно, что у {R} диагностирована {T}.")],
    "uncertain": [("nomn", "Не исключается {T}."), ("nomn", "Под вопросом {T}.")],
    "intro": ["{P}, {A}, направлен{a} на консультацию генетика.", "Осмотрен{a} {P2}, возраст {A}."],
    "life": ["беременность {n}-я, протекала на фоне угрозы прерывания.",
             "Перенесенные заболевания: ОРВИ, ветряная оспа. Аллергоанамнез не отягощен."],
    "sections": ["Жалобы при поступлении", "История настоящего заболевания", "Анамнез жизни",
                 "Данные объективного обследования", "Заключение"],
}
RU_RELATIVES = ["матери", "отца", "старшего брата", "бабушки по линии матери", "дяди по линии отца", "сестры"]

EN_DEV = {
    "complaints": ["{L}."],
    "history": ["Parents report {L} since early childhood."],
    "exam": ["{L}.", "On examination: {L}."],
    "neg": ["No {L}.", "There is no {L}.", "{L} was not observed."],
    "conclusion": ["{L}."],
    "family": ["Family history: the {R} has {T}."],
    "uncertain": ["Rule out {T}."],
    "intro": ["A {A}-year-old {S} was referred for evaluation."],
    "sections": ["Complaints", "History", "Examination", "Assessment"],
}
EN_EVAL = {
    "complaints": ["The family is concerned about {L}."],
    "history": ["Past history is notable for {L}.", "Over the years the parents noticed {L}."],
    "exam": ["On physical examination we observed {L}.", "Physical exam was remarkable for {L}."],
    "neg": ["The patient denies {L}.", "Negative for {L}.", "Without {L}.", "Exam was negative for {L}."],
    "conclusion": ["The leading findings are {L}.", "In summary, the main findings are {L}."],
    "family": ["The {R} was diagnosed with {T}.", "Her {R} also had {T}."],
    "uncertain": ["Possible {T}, to be confirmed.", "Suspected {T}."],
    "intro": ["This {A}-year-old {S} presents to the genetics clinic."],
    "sections": ["Presenting concerns", "Background", "Physical findings", "Impression"],
}
EN_RELATIVES = ["mother", "father", "older brother", "maternal grandmother", "paternal uncle", "sister"]


# ----------------------------------------------------------------------------- note builder


class _Doc:
    """Text built piece by piece, recording gold spans as phrases are placed."""

    def __init__(self, rng: random.Random | None = None, p_typo: float = 0.0) -> None:
        self.rng = rng
        self.p_typo = p_typo  # share of finding mentions with one typo in a long word (real notes have them)
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.pending = ""  # a section heading, written only if the section gets content

    def add(self, s: str) -> None:
        if self.pending:
            p, self.pending = self.pending, ""
            self.add(p)
        self.parts.append(s)
        self.n += len(s)

    def term(self, s: str, hpo_id: str | None, excluded: bool) -> None:
        if self.pending:
            self.add("")
        if hpo_id is not None and self.rng is not None and self.rng.random() < self.p_typo:
            s = typo(s, self.rng)
        if hpo_id is not None:
            self.spans.append({"id": hpo_id, "excluded": excluded, "start": self.n, "end": self.n + len(s)})
        self.add(s)

    def fill(self, template: str, items: list[tuple[str, str | None]], excluded: bool, lang: str,
             extra: dict[str, str] | None = None) -> None:
        """Place `items` (surface, id) as a list at {L} (or one item at {T}); other slots from `extra`."""
        extra = extra or {}
        i = 0
        while i < len(template):
            if template.startswith("{L}", i) or template.startswith("{T}", i):
                self._list(items, excluded, lang, capital=(i == 0))
                i += 3
            elif template[i] == "{":
                j = template.index("}", i)
                self.add(extra[template[i + 1:j]])
                i = j + 1
            else:
                j = template.find("{", i)
                j = len(template) if j < 0 else j
                self.add(template[i:j])
                i = j
        self.add(" ")

    def result(self) -> tuple[str, list[dict]]:
        """The note (one trailing newline) and its gold spans sorted by position."""
        return "".join(self.parts).rstrip() + "\n", sorted(self.spans, key=lambda s: (s["start"], s["end"]))

    def _list(self, items: list[tuple[str, str | None]], excluded: bool, lang: str, capital: bool) -> None:
        conj = " и " if lang == "ru" else (" or " if excluded else " and ")
        for k, (surface, hid) in enumerate(items):
            if k:
                self.add(conj if k == len(items) - 1 else ", ")
            if k == 0 and capital:
                surface = surface[:1].upper() + surface[1:]
            self.term(surface, hid, excluded)


def typo(s: str, rng: random.Random) -> str:
    """One realistic typo (swap, drop, double or replace a letter) inside one word of >= 8 letters."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]{8,}", s)]
    if not words:
        return s
    a, b = rng.choice(words)
    i = rng.randrange(a + 2, b - 2)
    kind = rng.randrange(4)
    if kind == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if kind == 1:
        return s[:i] + s[i + 1:]
    if kind == 2:
        return s[:i] + s[i] + s[i:]
    letters = "аеиоуыя" if s[i].lower() in "аеиоуыяэюё" else "нтсрвлкмдп"
    if not ("а" <= s[i].lower() <= "я"):
        letters = "aeiou" if s[i].lower() in "aeiou" else "nrstlcdm"
    return s[:i] + rng.choice(letters) + s[i + 1:]


def _features(packet: dict) -> tuple[list[str], list[str]]:
    present: list[str] = []
    excluded: list[str] = []
    for f in packet.get("phenotypicFeatures") or []:
        hid = ((f.get("type") or {}).get("id") or "").strip()
        if hid:
            (excluded if f.get("excluded") else present).append(hid)
    return present, excluded


def _age_years(packet: dict) -> float | None:
    subj = packet.get("subject") or {}
    iso = ((subj.get("timeAtLastEncounter") or {}).get("age") or {}).get("iso8601duration")
    if not iso:
        return None
    from medmoe.synth.rare import parse_iso_age

    return parse_iso_age(iso)


def _subject(packet: dict) -> tuple[str, float | None, bool]:
    """(sex "MALE" | "FEMALE" | "", age in years or None, child: under 18 or age unknown)."""
    sex = ((packet.get("subject") or {}).get("sex") or "").upper()
    years = _age_years(packet)
    return sex, years, years is None or years < 18


def _split_present(present: list[str], rng: random.Random) -> tuple[list[str], list[str], list[str], list[str]]:
    """Present terms once each in random order, and their split: complaints (1-3), history (0-2), examination."""
    pres = list(dict.fromkeys(present))
    rng.shuffle(pres)
    n_c = min(len(pres), rng.randint(1, 3))
    n_h = min(len(pres) - n_c, rng.randint(0, 2))
    return pres, pres[:n_c], pres[n_c:n_c + n_h], pres[n_c + n_h:]


def _ru_age(years: float | None) -> str:
    if years is None:
        return "возраст не указан"
    if years < 1:
        months = max(1, round(years * 12))
        word = morph_analyzer().parse("месяц")[0].make_agree_with_number(months).word
        return f"{months} {word}"
    y = int(years)
    word = "лет" if 11 <= y % 100 <= 14 else {1: "год", 2: "года", 3: "года", 4: "года"}.get(y % 10, "лет")
    return f"{y} {word}"


def _distractors(packet_ids: list[str], pool: list[str], rng: random.Random, k: int) -> list[str]:
    """Terms unrelated to the patient's (neither ancestors nor descendants), for family/uncertain lines."""
    onto = _onto()
    related: set[str] = set()
    for h in packet_ids:
        cur = onto.resolve(h)
        if cur:
            related |= onto.ancestors(cur) | onto.descendants(cur)
    cands = [h for h in pool if onto.resolve(h) and not (onto.ancestors(onto.resolve(h)) & related)]
    rng.shuffle(cands)
    return cands[:k]


def _chunks(items: list, rng: random.Random, max_len: int = 3) -> list[list]:
    out = []
    i = 0
    while i < len(items):
        n = rng.randint(1, max_len)
        out.append(items[i:i + n])
        i += n
    return out


def write_narrative(packet: dict, lang: str, rng: random.Random, eval_wording: bool = False) -> tuple[str, list[dict]]:
    """A clinical note for a phenopacket and its gold spans `{"id", "excluded", "start", "end"}`.

    `lang` is "ru" or "en"; `eval_wording=True` uses the held-out templates and phrasings (see module doc).
    Spans are character offsets into the returned text, sorted by start; relatives' and uncertain
    findings planted as distractors have no span.
    """
    if lang not in ("ru", "en"):
        from medmoe.errors import ConfigError

        raise ConfigError(f"write_narrative.lang: must be 'ru' or 'en', got {lang!r}")
    present, excluded = _features(packet)
    if lang == "ru":
        return _write_ru(packet, present, excluded, rng, eval_wording)
    return _write_en(packet, present, excluded, rng, eval_wording)


def _ru_item(hid: str, case: str, negate: bool, rng: random.Random, eval_wording: bool
             ) -> tuple[str, bool] | None:
    """(surface, is_clause) for one term in a case; a clause is used as a sentence of its own."""
    cands, held = ru_phrasings(hid, eval_wording)
    order = list(cands)
    rng.shuffle(order)
    # abbreviations ("ЗПРР") are used, but rarely: notes spell most findings out
    order.sort(key=lambda p: p.isupper() and rng.random() < 0.9)
    if held:  # a held-out phrasing that cannot take this case/negation: fall back to the lexicon's
        lex, _ = ru_phrasings(hid, False)
        order += sorted(lex, key=lambda _p: rng.random())
    for ph in order:
        a = analyse_ru(ph)
        if a.nominal and case in a.forms:
            return a.forms[case], False
        if not a.nominal and (not negate or a.negated):
            return (a.negated if negate else a.text), True
    return None


def _write_ru(packet: dict, present: list[str], excluded: list[str], rng: random.Random,
              eval_wording: bool) -> tuple[str, list[dict]]:
    T = RU_EVAL if eval_wording else RU_DEV
    doc = _Doc(rng, P_TYPO)
    sex, years, child = _subject(packet)
    who = {("MALE", True): "Мальчик", ("FEMALE", True): "Девочка", ("MALE", False): "Пациент",
           ("FEMALE", False): "Пациентка"}.get((sex, child), "Ребенок" if child else "Пациент")
    who2 = {"Мальчик": "мальчик", "Девочка": "девочка", "Пациент": "пациент", "Пациентка": "пациентка",
            "Ребенок": "ребенок"}[who]
    fem = who in ("Девочка", "Пациентка")
    doc.add(rng.choice(T["intro"]).format(P=who, P2=who2, A=_ru_age(years), a="а" if fem else "") + "\n")

    pres, complaints, history, exam = _split_present(present, rng)
    sec = T["sections"]
    clauses_present: list[tuple[str, str]] = []

    def section(slot: str, heading: str, hids: list[str], negate: bool = False) -> None:
        doc.pending = f"\n{heading}: "
        for chunk in _chunks(hids, rng):
            case, tpl = rng.choice(T[slot])
            items: list[tuple[str, str | None]] = []
            for h in chunk:
                got = _ru_item(h, case, negate, rng, eval_wording)
                if got is None:
                    continue
                surface, is_clause = got
                if is_clause:
                    (clauses_neg if negate else clauses_present).append((surface, h))
                else:
                    items.append((surface, h))
            if items:
                doc.fill(tpl, items, negate, "ru")

    clauses_neg: list[tuple[str, str]] = []
    section("complaints", sec[0], complaints)
    section("history", sec[1], history)
    doc.pending = ""
    doc.add(f"\n{sec[2]}: ")
    doc.add(rng.choice(T["life"]).format(n=rng.randint(1, 4)) + " ")
    pool = list(_ru_lexicon_phrases(_team_file()))
    dis = _distractors(present + excluded, pool, rng, 2)
    if dis and rng.random() < 0.7:
        case, tpl = rng.choice(T["family"])
        got = _ru_item(dis[0], case, False, rng, eval_wording)
        if got and not got[1]:
            doc.fill(tpl, [(got[0], None)], False, "ru", {"R": rng.choice(RU_RELATIVES)})
    section("exam", sec[3], exam)
    # Clause-like phrasings ("печень увеличена") stand as sentences of their own in the examination.
    for surface, h in clauses_present:
        doc.term(surface[:1].upper() + surface[1:], h, False)
        doc.add(". ")
    negs = list(dict.fromkeys(excluded))
    rng.shuffle(negs)
    if negs:
        for chunk in _chunks(negs, rng):
            case, tpl = rng.choice(T["neg"])
            items = []
            for h in chunk:
                got = _ru_item(h, case, True, rng, eval_wording)
                if got is None:
                    continue
                if got[1]:
                    clauses_neg.append((got[0], h))
                else:
                    items.append((got[0], h))
            if items:
                doc.fill(tpl, items, True, "ru")
    for surface, h in clauses_neg:
        doc.term(surface[:1].upper() + surface[1:], h, True)
        doc.add(". ")
    doc.pending = f"\n{sec[4]}: "
    if pres:
        case, tpl = rng.choice(T["conclusion"])
        items = []
        for h in pres[: rng.randint(1, 3)]:
            got = _ru_item(h, case, False, rng, eval_wording)
            if got and not got[1]:
                items.append((got[0], h))
        if items:
            doc.fill(tpl, items, False, "ru")
    if len(dis) > 1 and rng.random() < 0.6:
        case, tpl = rng.choice(T["uncertain"])
        got = _ru_item(dis[1], case, False, rng, eval_wording)
        if got and not got[1]:
            doc.fill(tpl, [(got[0], None)], False, "ru")
    return doc.result()


def _team_file() -> str:
    from medmoe.phenotypes.lexicon import TEAM_LEXICON

    return str(TEAM_LEXICON)


def _en_surface(hid: str, rng: random.Random, eval_wording: bool) -> str | None:
    cands = en_phrasings(hid, eval_wording)
    if not cands:
        return None
    s = rng.choice(cands)
    return " ".join(w if w.isupper() else w.lower() for w in s.split())


def _write_en(packet: dict, present: list[str], excluded: list[str], rng: random.Random,
              eval_wording: bool) -> tuple[str, list[dict]]:
    T = EN_EVAL if eval_wording else EN_DEV
    doc = _Doc(rng, P_TYPO)
    sex, years, child = _subject(packet)
    s_word = {("MALE", True): "boy", ("FEMALE", True): "girl", ("MALE", False): "man",
              ("FEMALE", False): "woman"}.get((sex, child), "child" if child else "patient")
    doc.add(rng.choice(T["intro"]).format(A=int(years) if years is not None else "unknown", S=s_word) + "\n")
    pres, complaints, history, exam = _split_present(present, rng)
    sec = T["sections"]

    def block(slot: str, hids: list[str], negate: bool) -> None:
        for chunk in _chunks(hids, rng):
            items = [(s, h) for h in chunk if (s := _en_surface(h, rng, eval_wording))]
            if items:
                doc.fill(rng.choice(T[slot]), items, negate, "en")

    doc.pending = f"{sec[0]}: "
    block("complaints", complaints, False)
    doc.pending = f"\n{sec[1]}: "
    block("history", history, False)
    dis = _distractors(present + excluded, [h for h in _ru_lexicon_phrases(_team_file())], rng, 2)
    if dis and rng.random() < 0.7:
        s = _en_surface(dis[0], rng, eval_wording)
        if s:
            doc.fill(rng.choice(T["family"]), [(s, None)], False, "en", {"R": rng.choice(EN_RELATIVES)})
    doc.pending = f"\n{sec[2]}: "
    block("exam", exam, False)
    negs = list(dict.fromkeys(excluded))
    rng.shuffle(negs)
    block("neg", negs, True)
    doc.pending = f"\n{sec[3]}: "
    if pres:
        items = [(s, h) for h in pres[: rng.randint(1, 3)] if (s := _en_surface(h, rng, eval_wording))]
        if items:
            doc.fill(rng.choice(T["conclusion"]), items, False, "en")
    if len(dis) > 1 and rng.random() < 0.6:
        s = _en_surface(dis[1], rng, eval_wording)
        if s:
            doc.fill(rng.choice(T["uncertain"]), [(s, None)], False, "en")
    return doc.result()
