"""The phrase index: bags of match keys -> HPO ids, matched inside a clause with word order free.

Why bags rather than token sequences: Russian word order is free inside a finding ("увеличение печени",
"печень увеличена", "печень умеренно увеличена"), coordinated findings share words ("задержка
психомоторного и речевого развития" holds two terms) and English HPO synonyms invert ("Seizures,
generalized"). A phrase matches when all its content keys occur in one clause within a window of at most
`max_gap` extra content words; then overlapping matches are resolved longest (most words) first.

Lookup is anchored on each phrase's rarest key, so a clause costs one dict lookup per word plus a few
checks, which is what keeps recognition well above 50 notes/s on one core.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from medmoe.phenotypes.lexicon import Entry
from medmoe.phenotypes.normalize import edit_distance_le1, phrase_keys, tokenize

CONJUNCTIONS = frozenset({"и", "или", "либо", "and", "or", "/"})

MIN_TYPO_KEY = 6  # typo correction only for long words: short ones have too many real neighbours


@dataclass(frozen=True, slots=True)
class Phrase:
    hpo_id: str
    keys: frozenset[str]
    priority: int
    n_keys: int
    has_conj: bool = False  # the phrase itself joins words with и/или/and/or ("печени и селезенки")
    cues: frozenset[str] = frozenset()  # one of these keys must be in the clause (`medmoe.phenotypes.qualifiers`)


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase matched on clause word positions `positions` (indices into the clause's content words)."""

    phrase: Phrase
    positions: frozenset[int]
    gaps: int


class PhraseIndex:
    """Built once per process per language (see `recognizer._index_for`)."""

    def __init__(self, entries: Iterable[Entry], depth: Callable[[str], int] | None = None,
                 max_gap: int = 2, cues_for: Callable[[str, str], frozenset[str]] | None = None) -> None:
        """`cues_for(hpo_id, phrase)`: keys of which one must occur in the clause for the phrase to match
        (a synonym that drops its term's qualifier, e.g. "urinary tract infections" of *Recurrent UTIs*)."""
        self.max_gap = max_gap
        self.depth = depth or (lambda _id: 0)
        best: dict[tuple[str, frozenset[str]], Phrase] = {}
        for e in entries:
            keys = phrase_keys(e.phrase)
            if not keys:
                continue
            fk = frozenset(keys)
            k = (e.hpo_id, fk)
            if k not in best or best[k].priority > e.priority:
                conj = any(t.text.lower() in CONJUNCTIONS for t in tokenize(e.phrase))
                cues = cues_for(e.hpo_id, e.phrase) if cues_for is not None else frozenset()
                best[k] = Phrase(e.hpo_id, fk, e.priority, len(fk), conj, cues)
        self.phrases = list(best.values())
        df = Counter(k for p in self.phrases for k in p.keys)
        self.by_anchor: dict[str, list[Phrase]] = defaultdict(list)
        for p in self.phrases:
            anchor = min(p.keys, key=lambda k: (df[k], k))
            self.by_anchor[anchor].append(p)
        self.vocab = frozenset(df)
        # Symmetric-deletion neighbourhood of long keys, for edit-distance-1 typo lookup.
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for k in self.vocab:
            if len(k) >= MIN_TYPO_KEY:
                self._deletes[k].add(k)
                for i in range(len(k)):
                    self._deletes[k[:i] + k[i + 1:]].add(k)
        self._typo_cache: dict[str, str | None] = {}

    def __len__(self) -> int:
        return len(self.phrases)

    def correct(self, key: str) -> str | None:
        """The unique lexicon key within edit distance 1 of an unknown long key, else None."""
        if key in self._typo_cache:
            return self._typo_cache[key]
        found: set[str] = set()
        if len(key) >= MIN_TYPO_KEY:
            probes = [key] + [key[:i] + key[i + 1:] for i in range(len(key))]
            for q in probes:
                for cand in self._deletes.get(q, ()):
                    if edit_distance_le1(key, cand):
                        found.add(cand)
        out = found.pop() if len(found) == 1 else None
        self._typo_cache[key] = out
        return out

    def match_clause(self, keys: Sequence[str], segments: Sequence[int] | None = None,
                     gap_ok: Sequence[bool] | None = None) -> list[Match]:
        """All phrase matches among a clause's content-word keys (typos already corrected).

        `segments[i]` numbers the conjunction-separated parts of the clause: a match may span two parts
        only if its phrase itself contains a conjunction ("гепатомегалия и спленомегалия" are two
        findings, "увеличение печени и селезенки" is one). `gap_ok[i]` says whether word i may sit between
        a phrase's words (modifiers and numbers may; a noun would change what the phrase is about). A phrase
        with `cues` matches only in a clause that holds one of them.
        """
        where: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(keys):
            where[k].append(i)
        out: list[Match] = []
        seen: set[tuple[str, frozenset[int]]] = set()
        for i, k in enumerate(keys):
            for p in self.by_anchor.get(k, ()):
                if p.cues and p.cues.isdisjoint(where):
                    continue
                if p.n_keys == 1:
                    m = Match(p, frozenset((i,)), 0)
                else:
                    same = None if segments is None or p.has_conj else segments
                    m = self._grow(p, i, where, same)
                    if m is None:
                        continue
                    if m.gaps and gap_ok is not None and not all(
                            gap_ok[j] for j in range(min(m.positions), max(m.positions)) if j not in m.positions):
                        continue
                sig = (p.hpo_id, m.positions)
                if sig not in seen:
                    seen.add(sig)
                    out.append(m)
        return out

    def _grow(self, p: Phrase, anchor_pos: int, where: dict[str, list[int]],
              segments: Sequence[int] | None) -> Match | None:
        window = p.n_keys - 1 + self.max_gap
        pos = {anchor_pos}
        for k in p.keys:
            if k in where and anchor_pos in where[k]:
                continue
            cands = [j for j in where.get(k, ()) if abs(j - anchor_pos) <= window and j not in pos
                     and (segments is None or segments[j] == segments[anchor_pos])]
            if not cands:
                return None
            pos.add(min(cands, key=lambda j: abs(j - anchor_pos)))
        gaps = max(pos) - min(pos) + 1 - len(pos)
        if gaps > self.max_gap:
            return None
        return Match(p, frozenset(pos), gaps)

    def select(self, matches: list[Match]) -> list[Match]:
        """Resolve overlaps: more words first, then a phrase whose qualifier cue is in the clause ("опущен
        правый угол рта": the one-sided reading), fewer gaps, label before synonym, deeper term first.

        A match whose words are all inside an accepted match is dropped ("отсталость" inside "умственная
        отсталость"; a second term sharing the same phrase); partly overlapping matches both stay, which
        is what coordinated findings need.
        """
        ranked = sorted(matches, key=lambda m: (-len(m.positions), not m.phrase.cues, m.gaps, m.phrase.priority,
                                                -self.depth(m.phrase.hpo_id), m.phrase.hpo_id))
        kept: list[Match] = []
        for m in ranked:
            if any(m.positions <= k.positions for k in kept):
                continue
            lo, hi = min(m.positions), max(m.positions)
            if any(k.phrase.hpo_id == m.phrase.hpo_id and lo <= max(k.positions) and min(k.positions) <= hi
                   for k in kept):
                continue  # the same finding matched twice over overlapping words
            kept.append(m)
        return kept
