"""`PhenotypeRecognizer`: clinical text (Russian or English) -> HPO mentions with negation.

Pipeline per note: tokenise with offsets and match keys (`normalize`), split into sentences and clauses,
correct long unknown words within edit distance 1, match phrase bags (`index`), resolve overlaps longest
first, then decide per mention whether it is the patient's, negated, uncertain or a relative's
(`context`). The phrase index is built once per process per (language, translation file) and shared by
every recogniser instance, because building it (lemmatising ~20k-70k phrases) costs seconds and notes
cost milliseconds.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from medmoe.errors import ConfigError
from medmoe.phenotypes.context import FAM, NEG, TRIG, UNC, classify
from medmoe.phenotypes.index import PhraseIndex
from medmoe.phenotypes.lay_wording import lay_entries
from medmoe.phenotypes.lexicon import RU_ABBREVIATIONS, TEAM_LEXICON, Entry, english_entries, russian_lexicon
from medmoe.phenotypes.located_pain import located_pain_entries
from medmoe.phenotypes.measurements import find_measurements
from medmoe.phenotypes.normalize import (
    PERSON_KEY,
    Token,
    is_russian,
    phrase_keys,
    ru_person_tag,
    surface_stem,
    tokenize,
)
from medmoe.phenotypes.qualifiers import LATERALITY, cue_rule, fallback_entries, one_sided_children

LANGS = ("auto", "ru", "en")
_SENT_END = frozenset({".", "!", "?", ";"})
_MIN_TYPO_WORD = 7
_SOFT_MAX_SENT, _HARD_MAX_SENT = 60, 120  # tokens


@dataclass(frozen=True)
class Mention:
    """One recognised phenotype: offsets `start:end` index the original text; `text` is that slice."""

    id: str
    label: str
    label_ru: str
    excluded: bool
    start: int
    end: int
    text: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class _LangIndex:
    index: PhraseIndex
    _labels_ru: dict[str, str] | None = None
    team_file: str | None = None  # English: Russian labels come from this lexicon, read on first use

    @property
    def labels_ru(self) -> dict[str, str]:
        if self._labels_ru is None:
            self._labels_ru = _team_labels_ru(self.team_file) if self.team_file else {}
        return self._labels_ru


_LOCK = threading.Lock()


@lru_cache(maxsize=8)
def _index_for(lang: str, translation_file: str | None, team_file: str) -> _LangIndex:
    from medmoe.knowledge.hpo import get_ontology

    onto = get_ontology()
    depth_cache: dict[str, int] = {}

    def depth(hid: str) -> int:
        if hid not in depth_cache:
            depth_cache[hid] = onto.depth(hid)
        return depth_cache[hid]

    if lang == "en":  # English mentions still carry the Russian label (for Russian-speaking users), lazily
        return _LangIndex(_english_index(), None, team_file)
    lex = russian_lexicon(translation_file, team_file)
    entries: list[Entry] = []
    labels_ru: dict[str, str] = {}
    for e in lex.entries:
        cur = onto.resolve(e.hpo_id)
        if cur is not None:
            entries.append(Entry(cur, e.phrase, e.priority))
    for hid, lab in lex.labels.items():
        cur = onto.resolve(hid)
        if cur is not None:
            labels_ru.setdefault(cur, lab)
    # Abbreviations become synonyms of the term their expansion names (if the lexicon has it).
    by_keys: dict[frozenset[str], str] = {}
    for e in sorted(entries, key=lambda e: e.priority):
        by_keys.setdefault(frozenset(phrase_keys(e.phrase)), e.hpo_id)
    for abbr, expansion in RU_ABBREVIATIONS.items():
        hid = by_keys.get(frozenset(phrase_keys(expansion)))
        if hid is not None:
            entries.append(Entry(hid, abbr, 1))
    entries += located_pain_entries("ru", entries)
    label_of = lambda hid: (onto.name(hid), labels_ru.get(hid, ""))  # noqa: E731
    entries += fallback_entries(entries, label_of, onto.name, onto.ancestors)
    cues = cue_rule(label_of)
    return _LangIndex(PhraseIndex(entries, depth, cues_for=cues), labels_ru)


@lru_cache(maxsize=8)
def _team_labels_ru(team_file: str) -> dict[str, str]:
    """Russian labels of the team lexicon by current HPO id, for English mentions (same rule as Russian ones).

    Why separate and lazy: the English index must not wait for, or depend on, the Russian lexicon file.
    """
    from medmoe.knowledge.hpo import get_ontology

    onto = get_ontology()
    labels: dict[str, str] = {}
    for hid, lab in russian_lexicon(None, team_file).labels.items():
        cur = onto.resolve(hid)
        if cur is not None:
            labels.setdefault(cur, lab)
    return labels


_CONJ = frozenset({"и", "или", "либо", "and", "or", "но", "однако", "а", "but", "however", "whereas"})


def _splits(sent: list[Token], pos: int) -> bool:
    """A conjunction ends a clause ("аномалия роста и дисплазия сустава" holds two findings), except
    between coordinated adjectives, which share their noun ("задержка психомоторного и речевого развития").
    A contrast ("но", "but") always separates findings: "denies seizures but has hypotonia" is not
    *Hypotonic seizure*."""
    if sent[pos].text.lower() not in _CONJ:
        return False
    return not (0 < pos < len(sent) - 1 and sent[pos - 1].adj and sent[pos + 1].adj)


def _measurement_spans(sent: list[Token], measured: list[tuple[int, int, str]],
                       found: list[tuple[int, int, str, frozenset[int]]]) -> list[tuple[int, int, str, frozenset[int]]]:
    """Measurement findings ("рост ниже 3-го перцентиля") inside this sentence, unless the phrase matcher
    already found the same term there."""
    out = []
    lo, hi = sent[0].start, sent[-1].end
    for a, b, hid in measured:
        if a < lo or b > hi:
            continue
        pos = [i for i, t in enumerate(sent) if t.start >= a and t.end <= b]
        if pos and not any(f[2] == hid for f in found):
            out.append((pos[0], pos[-1] + 1, hid, frozenset(pos)))
    return out


def _joined(t: Token) -> bool:
    return t.key is not None and t.text.lower() not in _CONJ


@lru_cache(maxsize=1)
def _one_sided_map() -> dict[str, str]:
    from medmoe.knowledge.hpo import get_ontology

    onto = get_ontology()
    return one_sided_children({t: term.name for t, term in onto.terms.items()}, onto.parents)


def _one_sided(sent: list[Token], s: int, e: int, hid: str) -> str:
    """The "Unilateral ..." child of a matched term when a side word sits in the finding's own words or right
    next to them ("опущено левое веко", "ptosis on the left"), else the term itself."""
    child = _one_sided_map().get(hid)
    if child is None:
        return hid
    lo, hi, n = s, e, 0  # two content words each side; function words free; not across punctuation/conjunctions
    while lo > 0 and _joined(sent[lo - 1]) and n < 2:
        lo -= 1
        n += not sent[lo].stop
    n = 0
    while hi < len(sent) and _joined(sent[hi]) and n < 2:
        n += not sent[hi].stop
        hi += 1
    return child if any(t.key in LATERALITY.cue_keys for t in sent[lo:hi]) else hid


@lru_cache(maxsize=1)
def _english_index() -> PhraseIndex:
    """The English index depends only on the ontology (~37k phrases, ~3 s): built once per process."""
    from medmoe.knowledge.hpo import get_ontology

    onto = get_ontology()
    entries, _ = english_entries()
    entries += located_pain_entries("en", entries)
    entries += lay_entries(entries)
    label_of = lambda hid: (onto.name(hid),)  # noqa: E731
    entries += fallback_entries(entries, label_of, onto.name, onto.ancestors)
    return PhraseIndex(entries, onto.depth, cues_for=cue_rule(label_of))


def _sentences(text: str, toks: list[Token]) -> list[list[int]]:
    """Token indices per sentence: split after . ! ? ; and at line breaks (section headings, lists)."""
    sents: list[list[int]] = []
    cur: list[int] = []
    for i, t in enumerate(toks):
        if cur and "\n" in text[toks[i - 1].end:t.start]:
            sents.append(cur)
            cur = []
        cur.append(i)
        end = t.text in _SENT_END and not (t.text == "." and _is_abbrev_dot(text, toks, i))
        # Unpunctuated dictation can run for pages: cut over-long "sentences" at a clause boundary (or hard),
        # which bounds scope search per sentence (scopes never sensibly reach that far anyway).
        if end or (len(cur) >= _SOFT_MAX_SENT and t.key is None) or len(cur) >= _HARD_MAX_SENT:
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def _is_abbrev_dot(text: str, toks: list[Token], i: int) -> bool:
    # "т.е.", "см." followed by a lower-case word do not end a sentence.
    if i + 1 >= len(toks) or i == 0:
        return False
    nxt = toks[i + 1]
    return len(toks[i - 1].text) <= 3 and nxt.text[:1].islower() and toks[i - 1].text.isalpha()


class PhenotypeRecognizer:
    """Recognise HPO phenotypes in clinical text.

    `lang`: "ru", "en" or "auto" (per text, by script). `translation_file`: an official babelon TSV whose
    Russian rows extend the team lexicon. `keep_uncertain`: report uncertain mentions as present instead
    of dropping them (for review UIs); family-history mentions are always dropped.
    """

    def __init__(self, lang: str = "auto", translation_file: str | Path | None = None,
                 keep_uncertain: bool = False, team_lexicon: str | Path = TEAM_LEXICON) -> None:
        if lang not in LANGS:
            raise ConfigError(f"PhenotypeRecognizer.lang: must be one of {', '.join(LANGS)}, got {lang!r}")
        self.lang = lang
        self.translation_file = str(Path(translation_file).resolve()) if translation_file else None
        self.team_lexicon = str(Path(team_lexicon).resolve())
        self.keep_uncertain = keep_uncertain
        if translation_file is not None:
            self._lang_index("ru")  # fail early on a bad translation file

    def _lang_index(self, lang: str) -> _LangIndex:
        with _LOCK:
            return _index_for(lang, self.translation_file if lang == "ru" else None, self.team_lexicon)

    def warm_up(self) -> PhenotypeRecognizer:
        """Build the indexes now (a server calls this at start-up rather than on the first request)."""
        for lang in (("ru", "en") if self.lang == "auto" else (self.lang,)):
            self._lang_index(lang)
        return self

    def recognize(self, text: str) -> list[Mention]:
        """Mentions in text order. Negated ones have `excluded=True`; uncertain and relatives' are dropped, and
        so is the object of a trigger phrase ("после переохлаждения", "after a fall")."""
        if not text or not text.strip():
            return []
        lang = self.lang
        if lang == "auto":
            from medmoe.text.lang import detect_language

            lang = detect_language(text)
        li = self._lang_index(lang)
        idx = li.index
        from medmoe.knowledge.hpo import get_ontology

        onto = get_ontology()
        toks = tokenize(text)
        measured = list(find_measurements(text))
        out: list[Mention] = []
        for sent_ids in _sentences(text, toks):
            sent = [toks[i] for i in sent_ids]
            found: list[tuple[int, int, str, frozenset[int]]] = []  # token span, hpo id, matched tokens
            clause: list[int] = []  # sentence positions of content words in the current clause
            segs: list[int] = []  # conjunction-separated part of the clause each content word is in
            seg = 0
            for pos in range(len(sent) + 1):
                t = sent[pos] if pos < len(sent) else None
                if t is not None and (t.key is not None or t.text == "/"):
                    if t.text == "/" or _splits(sent, pos):
                        seg += 1
                    elif not t.stop:
                        clause.append(pos)
                        segs.append(seg)
                    continue
                if clause:
                    keys = [self._key(sent[p], idx) for p in clause]
                    gap_ok = [not sent[p].noun for p in clause]
                    for m in idx.select(idx.match_clause(keys, segs, gap_ok)):
                        ps = frozenset(clause[j] for j in m.positions)
                        found.append((min(ps), max(ps) + 1, m.phrase.hpo_id, ps))
                clause, segs = [], []
            found += _measurement_spans(sent, measured, found)
            if not found:
                continue
            found = [(s, e, _one_sided(sent, s, e, hid), ps) for s, e, hid, ps in found]
            status = classify(sent, [(s, e) for s, e, _, _ in found], lang, [f[3] for f in found])
            for (s, e, hid, _), st in zip(found, status, strict=True):
                if st in (FAM, TRIG) or (st == UNC and not self.keep_uncertain):
                    continue
                a, b = sent[s].start, sent[e - 1].end
                out.append(Mention(hid, onto.name(hid), li.labels_ru.get(hid, ""), st == NEG, a, b, text[a:b]))
        out.sort(key=lambda m: (m.start, m.end, m.id))
        return out

    @staticmethod
    def _key(t: Token, idx: PhraseIndex) -> str:
        k = t.key or ""
        if t.person:
            # a name may only be an exact word of a multi-word term ("феномен Рейно"): never a term alone,
            # never a short stem that equals an abbreviation ("Олеся" -> "ол"), never typo-corrected
            single = any(p.n_keys == 1 for p in idx.by_anchor.get(k, ()))
            return k if k in idx.vocab and len(k) >= 4 and not single else PERSON_KEY
        if k == PERSON_KEY or (t.text[:1].isupper() and not t.text.isupper() and is_russian(t.text)
                               and ru_person_tag(t.text) == "Surn"):
            return k  # names are never typo-corrected into a term (a surname may still be an eponym)
        if k in idx.vocab or len(t.text) < _MIN_TYPO_WORD or not t.text.isalpha() or k.startswith("."):
            return k
        return idx.correct(k) or idx.correct(surface_stem(t.text)) or k


def concepts(mentions: list[Mention]) -> dict[str, bool]:
    """Note-level concepts: id -> excluded. A finding affirmed anywhere in the note is present."""
    out: dict[str, bool] = {}
    for m in mentions:
        out[m.id] = out.get(m.id, True) and m.excluded
    return out
