"""Negation, uncertainty and family-history scopes (NegEx-style, for Russian and English notes).

Why rules and not a model: the cue vocabulary of clinical negation is small and closed ("не выявлено",
"без", "отрицает", "no", "denies", ...), errors are easy to explain to a clinician, and the rules run at
text speed. A cue opens a scope forward (to the end of the sentence or the next positive cue such as
"отмечается", "но", "has", "but") and, for post-posed cues ("судорог не отмечалось", "seizures were
absent"), backward to the start of the clause. Mentions in an uncertainty scope ("подозрение на",
"исключить", "possible") are dropped; mentions in a family scope ("у матери", "mother has") are dropped
(they are not the patient's); mentions in a negation scope become `excluded`. A trigger cue ("после
переохлаждения", "на фоне ОРВИ", "провоцируется", "following a fall", "triggered by") makes the noun phrase
right after it context, not a finding: that mention is dropped too (`TRIG`). Causal words ("из-за", "due to")
are not trigger cues: "hypotension due to sepsis" has the sepsis.

Pattern elements match a token's lemma or lower-case text; "~x" matches words starting with x, "=x"
only the exact word x (to tell "исключить" = rule out from "исключен" = ruled out). The negation cue words
come from medmoe's shared vocabulary (`medmoe.text.negation`); the lemma phrases, uncertainty, family and
positive cues below are specific to phenotype scopes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from medmoe.phenotypes.normalize import Token
from medmoe.text import negation as _neg

NEG, UNC, FAM, POS, STOP_FAM, TRIG = "neg", "unc", "fam", "pos", "stopfam", "trig"


def _shared_negation(lang: str) -> list[tuple[str, str, str]]:
    """medmoe's shared negation cues (`medmoe.text.negation`) in this module's pattern syntax: listed word
    forms as exact words (matched against the text or the lemma), a "*" stem as a "~" prefix. The scope
    rules (direction, what ends a scope, family and uncertainty cues) are this module's own."""
    out: dict[str, tuple[str, str, str]] = {}
    groups = (_neg.NOT, _neg.NEGATORS, _neg.DENIAL, _neg.POSTPOSED, _neg.EXCLUSION)
    cues = [("", c) for g in groups for c in g[lang]]
    cues += [("не " if lang == "ru" else "not ", c) for c in _neg.NEGATED_VERBS[lang]]
    if lang == "ru":
        cues += [("", c) for c in _neg.ABSENCE_NOUNS_RU]
    for prefix, c in cues:
        if lang == "ru" and c.pattern == "не":
            continue  # bare "не" is handled in `classify` (only right before a finding)
        words = [c.forms] if c.forms else [(prefix + c.pattern,)]
        for w in words[0]:
            pat = " ".join("~" + x[:-1] if x.endswith("*") else x for x in (prefix + w if c.forms else w).split())
            out.setdefault(pat, (pat, NEG, c.direction))
    return list(out.values())


_RU_RELATIVES = ("мать", "отец", "брат", "сестра", "бабушка", "дедушка", "тетя", "дядя", "родственник", "сибс",
                 "родитель", "мама", "папа", "сын", "дочь", "двоюродный", "родной", "старший", "младший")

# Family cues need the construction, not just the word: "родители отмечают у ребенка ..." is the patient's.
# (pattern, kind, direction): direction "pre" (scope forward), "post" (backward), "both".
_RU: list[tuple[str, str, str]] = [
    # uncertainty first: "не исключается" must not read as a negation
    ("не исключаться", UNC, "both"), ("не исключить", UNC, "both"), ("нельзя исключить", UNC, "both"),
    ("=исключить", UNC, "pre"), ("=исключите", UNC, "pre"), ("подозрение", UNC, "pre"),
    ("подозревать", UNC, "pre"), ("=вероятно", UNC, "pre"), ("=возможно", UNC, "pre"),
    ("предположительно", UNC, "pre"), ("сомнительный", UNC, "pre"), ("под вопрос", UNC, "post"),
    ("?", UNC, "post"), ("=дифференцировать", UNC, "pre"),
    ("дифференциальный диагноз", UNC, "pre"), ("исключение", UNC, "pre"), ("предполагаться", UNC, "pre"),
    ("предположить", UNC, "pre"), ("заподозрить", UNC, "pre"),
    *_shared_negation("ru"),
    # lemma phrases of "не" + verb beyond the shared stems (this tokenizer has lemmas: "не быть" covers
    # "не было/не был/не была" where a stem "бы*" would match far too much)
    ("отрицаться", NEG, "both"),
    ("не предъявлять", NEG, "both"), ("не получить", NEG, "both"), ("не переносить", NEG, "both"),
    ("не болеть", NEG, "both"), ("не возникать", NEG, "both"), ("не появляться", NEG, "both"), ("не наблюдать", NEG, "both"), ("не проявляться", NEG, "both"), ("не выявить", NEG, "both"),
    ("не выявляться", NEG, "both"), ("не отмечаться", NEG, "both"), ("не отмечать", NEG, "both"),
    ("не наблюдаться", NEG, "both"), ("не обнаружить", NEG, "both"), ("не обнаруживаться", NEG, "both"),
    ("не определяться", NEG, "both"), ("не иметься", NEG, "both"), ("не быть", NEG, "both"),
    ("не регистрироваться", NEG, "both"), ("не зарегистрировать", NEG, "both"), ("не выражен", NEG, "both"),
    ("не беспокоить", NEG, "both"), ("не страдать", NEG, "pre"), ("не диагностировать", NEG, "both"),
    ("не подтвердиться", NEG, "both"), ("не найти", NEG, "both"), ("не описать", NEG, "both"),
    ("не фиксироваться", NEG, "both"), ("не прослеживаться", NEG, "both"), ("не визуализироваться", NEG, "both"),
    ("признак нет", NEG, "both"), ("данных за нет", NEG, "both"),
    *[(f"у {r}", FAM, "both") for r in _RU_RELATIVES],
    *[(f"{r} {v}", FAM, "pre") for r in _RU_RELATIVES for v in ("страдать", "болеть", "иметь")],
    ("семейный анамнез", FAM, "pre"), ("наследственность", FAM, "pre"), ("по линия", FAM, "both"),
    ("в семья", FAM, "pre"),
    # trigger: what follows is the setting of a complaint ("заболела после переохлаждения"), not a finding.
    # Not causal words ("из-за", "вследствие"): "нарушение сна из-за болей" still has the pain.
    ("после", TRIG, "pre"), ("на фон", TRIG, "pre"), ("провоцироваться", TRIG, "pre"),
    ("спровоцировать", TRIG, "pre"),
    ("со слово", STOP_FAM, "pre"), ("у ребенок", STOP_FAM, "pre"), ("у пациент", STOP_FAM, "pre"),
    ("у больной", STOP_FAM, "pre"), ("у пробанд", STOP_FAM, "pre"),
    *[(c.pattern, POS, "pre") for c in _neg.CONTRAST["ru"]], ("отмечаться", POS, "pre"),
    ("отмечать", POS, "pre"), ("выявить", POS, "pre"), ("выявляться", POS, "pre"), ("иметься", POS, "pre"),
    ("наблюдаться", POS, "pre"), ("определяться", POS, "pre"), ("беспокоить", POS, "pre"),
    ("жалоба", POS, "pre"), ("страдать", POS, "pre"), ("есть", POS, "pre"), ("сохраняться", POS, "pre"),
    ("обнаружить", POS, "pre"), ("диагностировать", POS, "pre"), ("при этом", POS, "pre"),
    ("зарегистрировать", POS, "pre"), ("фиксироваться", POS, "pre"), ("обращать", POS, "pre"),
    ("визуализироваться", POS, "pre"), ("прослеживаться", POS, "pre"), ("присутствовать", POS, "pre"),
]

_EN: list[tuple[str, str, str]] = [
    ("cannot be excluded", UNC, "post"), ("can not be excluded", UNC, "post"), ("cannot be ruled out", UNC, "post"),
    ("rule out", UNC, "pre"), ("r / o", UNC, "pre"), ("possible", UNC, "pre"), ("possibly", UNC, "pre"),
    ("probable", UNC, "pre"), ("probably", UNC, "pre"), ("suspected", UNC, "both"), ("suspicion", UNC, "pre"),
    ("suspect", UNC, "pre"), ("questionable", UNC, "pre"), ("query", UNC, "pre"), ("concern for", UNC, "pre"),
    ("may", UNC, "pre"), ("might", UNC, "pre"), ("?", UNC, "post"), ("differential", UNC, "pre"),
    *_shared_negation("en"), ("did not show", NEG, "pre"),
    ("mother", FAM, "both"), ("father", FAM, "both"), ("brother", FAM, "both"), ("sister", FAM, "both"),
    ("sibling", FAM, "both"), ("siblings", FAM, "both"), ("aunt", FAM, "both"), ("uncle", FAM, "both"),
    ("grandmother", FAM, "both"), ("grandfather", FAM, "both"), ("cousin", FAM, "both"),
    ("family history", FAM, "pre"), ("maternal", FAM, "both"), ("paternal", FAM, "both"),
    ("after", TRIG, "pre"), ("following", TRIG, "pre"), ("triggered by", TRIG, "pre"),
    ("precipitated by", TRIG, "pre"), ("provoked by", TRIG, "pre"), ("brought on by", TRIG, "pre"),
    ("according to", STOP_FAM, "pre"), ("the patient", STOP_FAM, "pre"), ("the child", STOP_FAM, "pre"),
    ("the proband", STOP_FAM, "pre"), ("reports", STOP_FAM, "pre"), ("reported", STOP_FAM, "pre"),
    ("noticed", STOP_FAM, "pre"), ("describes", STOP_FAM, "pre"), ("in the child", STOP_FAM, "pre"),
    *[(c.pattern, POS, "pre") for c in _neg.CONTRAST["en"]], ("yet", POS, "pre"), ("has", POS, "pre"), ("had", POS, "pre"), ("have", POS, "pre"), ("shows", POS, "pre"),
    ("showed", POS, "pre"), ("presents", POS, "pre"), ("presented", POS, "pre"), ("reports", POS, "pre"),
    ("reported", POS, "pre"), ("noted", POS, "pre"), ("there", POS, "pre"), ("with", POS, "pre"),
    ("which", POS, "pre"), ("while", POS, "pre"), ("whereas", POS, "pre"), ("except", POS, "pre"),
    ("demonstrates", POS, "pre"), ("revealed", POS, "pre"), ("reveals", POS, "pre"), ("exhibits", POS, "pre"),
]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    direction: str
    start: int  # token indices in the sentence, end exclusive
    end: int


def _compile(rules: list[tuple[str, str, str]]) -> list[tuple[tuple[str, ...], str, str]]:
    out = [(tuple(p.split()), kind, d) for p, kind, d in rules]
    return sorted(out, key=lambda r: -len(r[0]))  # longest cue first at each position


_RULES = {"ru": _compile(_RU), "en": _compile(_EN)}


def _by_first(rules: list[tuple[tuple[str, ...], str, str]]) -> tuple[dict[str, list], list]:
    # Cues indexed by their first element (the lemma/word itself, "=word" under "word"); prefix cues
    # ("~исключен") are few and checked on every token. Keeps cue search O(tokens), not O(tokens x cues).
    exact: dict[str, list] = {}
    prefix: list = []
    for r in rules:
        first = r[0][0]
        if first.startswith("~"):
            prefix.append(r)
        else:
            exact.setdefault(first.lstrip("="), []).append(r)
    return exact, prefix


_FIRST = {lang: _by_first(rules) for lang, rules in _RULES.items()}


def _elem_matches(elem: str, tok: Token) -> bool:
    low = tok.text.lower().replace("ё", "е")
    if elem.startswith("~"):
        return low.startswith(elem[1:])
    if elem.startswith("="):
        return low == elem[1:]
    return elem == low or elem == tok.lemma


def find_cues(sent: Sequence[Token], lang: str) -> list[Cue]:
    """Cues in one sentence, non-overlapping, longest first at each position."""
    exact, prefix = _FIRST[lang]
    cues: list[Cue] = []
    i = 0
    while i < len(sent):
        tok = sent[i]
        low = tok.text.lower().replace("ё", "е")
        cands = exact.get(low, []) + (exact.get(tok.lemma, []) if tok.lemma != low else [])
        cands += [r for r in prefix if low.startswith(r[0][0][1:])]
        if len(cands) > 1:
            cands.sort(key=lambda r: -len(r[0]))
        for pat, kind, d in cands:
            n = len(pat)
            if i + n <= len(sent) and all(_elem_matches(e, sent[i + j]) for j, e in enumerate(pat)):
                cues.append(Cue(kind, d, i, i + n))
                i += n
                break
        else:
            i += 1
    return cues


_DASHES = frozenset({"-", "–", "—"})


def _is_comma(tok: Token) -> bool:
    return tok.text in (",", "—", "–", ":", "(", ")")


def classify(sent: Sequence[Token], spans: Sequence[tuple[int, int]], lang: str,
             matched: Sequence[frozenset[int]] | None = None) -> list[str]:
    """For each mention span (sentence token indices, end exclusive): "pos", "neg", "unc" or "fam".

    `matched` holds each mention's own token positions: a cue word that is part of a finding's phrase
    ("отсутствие самостоятельной ходьбы", "не способен ходить") opens no scope. Uncertainty and family win
    over negation (a ruled-out finding of the mother is still the mother's).
    """
    matched = matched if matched is not None else [frozenset(range(s, e)) for s, e in spans]
    own = frozenset().union(*matched) if matched else frozenset()
    cues = [c for c in find_cues(sent, lang) if not all(k in own for k in range(c.start, c.end))
            and not (c.kind == POS and any(s <= c.start and c.end <= e for s, e in spans))]
    out: list[str] = []
    pos_cues = [c for c in cues if c.kind == POS]
    if any(c.kind == NEG and sent[c.end - 1].lemma == "предъявлять" for c in cues):
        # "Жалоб на судороги не предъявляет": here "жалобы" is what is being denied, not a new finding
        pos_cues = [c for c in pos_cues if sent[c.start].lemma != "жалоба"]
    for (s, e), mine in zip(spans, matched, strict=True):
        inside_ne = any(sent[k].text.lower() in ("не", "not") and k not in mine for k in range(s, e))
        flags: set[str] = set()
        if inside_ne:
            flags.add(NEG)
        if any(c.kind == TRIG and _names_trigger(sent, c, s) for c in cues):
            flags.add(TRIG)
        for c in cues:
            if c.kind in (POS, STOP_FAM, TRIG):
                continue
            if c.start >= s and c.end <= e:
                continue  # a cue word that is part of the finding itself
            if c.end <= s and c.direction in ("pre", "both") and _forward_covers(sent, cues, pos_cues, c, s, spans):
                flags.add(c.kind)
            elif c.start >= e and c.direction in ("post", "both") and _backward_covers(sent, pos_cues, c, e):
                flags.add(c.kind)
        # bare "не" right before the finding ("не увеличена печень", "не отмечалось выраженной ...")
        for k in range(max(0, s - 2), s):
            if sent[k].text.lower() == "не" and k not in own and not any(c.start <= k < c.end for c in cues):
                flags.add(NEG)
        if TRIG in flags:
            out.append(TRIG)
        elif UNC in flags:
            out.append(UNC)
        elif FAM in flags:
            out.append(FAM)
        elif NEG in flags:
            out.append(NEG)
        else:
            out.append("pos")
    return out


_TRIG_FILLER_EN = frozenset("a an the his her their this that some prolonged recent severe mild minor "
                             "heavy acute".split())


def _names_trigger(sent: Sequence[Token], c: Cue, s: int) -> bool:
    """Is the mention starting at token s the object of trigger cue c ("после [сильного] переохлаждения",
    "after a fall")? Only the noun phrase right after the cue: words between may be function words,
    adjectives and numbers, nothing else ("после еды тошнота" keeps the nausea: "еды" is the trigger)."""
    if c.end > s:
        return False
    for t in sent[c.end:s]:
        low = t.text.lower()
        if t.key is None or not (t.stop or t.adj or low.isdigit() or low in _TRIG_FILLER_EN):
            return False
    return True


def _forward_covers(sent: Sequence[Token], cues: list[Cue], pos_cues: list[Cue], c: Cue, s: int,
                    spans: Sequence[tuple[int, int]]) -> bool:
    """Does the forward scope of cue c reach a mention starting at token s?"""
    if c.kind != FAM and any(c.end <= p.start < s for p in pos_cues):
        return False
    # A dash ends a negation/uncertainty scope: "- нет судорог - одышка" (list items), "без судорог — ...".
    # (Family scopes cross it: "у матери — низкорослость" uses the dash as a copula.)
    if c.kind != FAM and any(sent[k].text in _DASHES for k in range(c.end, s)):
        return False
    if c.kind == FAM and any(c.end <= x.start < s and x.kind == STOP_FAM for x in cues):
        return False
    # A post-posed use ("судорог нет, ...") closes its forward scope at the next comma. "нет" after any
    # word of its clause is post-posed ("задержки мочи нет, ..."); other cues when a finding precedes them.
    if c.direction == "both":
        clause_start = c.start
        while clause_start > 0 and not _is_comma(sent[clause_start - 1]):
            clause_start -= 1
        post = any(clause_start <= ms and me <= c.start for ms, me in spans) or (
            sent[c.start].lemma == "нет" and any(t.key and not t.stop for t in sent[clause_start:c.start]))
        if post and any(_is_comma(sent[k]) for k in range(c.end, s)):
            return False
    return True


def _backward_covers(sent: Sequence[Token], pos_cues: list[Cue], c: Cue, e: int) -> bool:
    """Does the backward scope of post-posed cue c reach a mention ending at token e?"""
    blockers = [p for p in pos_cues if e <= p.start < c.start]
    if blockers:
        return False
    before = [p for p in pos_cues if p.end <= e]
    if before:
        # "Отмечаются судороги, гепатомегалия не выявлена": the scope starts after the first comma that
        # follows the last positive cue.
        last = max(p.end for p in before)
        commas = [k for k in range(last, c.start) if _is_comma(sent[k])]
        if not commas or commas[0] >= e:
            return False
    return True
