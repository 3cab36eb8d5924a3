"""Terms whose label states a qualifier that some of their synonyms drop: such a synonym needs a cue.

Why: HPO (and lexicons that follow it) lists synonyms whose wording is broader than the term. "Urinary tract
infections" is an EXACT synonym of HP:0000010 *Recurrent urinary tract infections*, "Pulmonary infection" of
*Recurrent pneumonia*, "Hiccups" of *Recurrent singultus*; "Disoriented" and "Unresponsive" are EXACT
synonyms of HP:0025237 *Confusional arousal*, a sleep disorder. Read without the qualifier, a single current
urinary infection in an emergency note becomes a recurrent one and a disoriented septic patient gets a
parasomnia, and the rare-disease gate then counts both as specific findings.

The rule, for every qualifier below: when a term's label (English, or its Russian label) states the
qualifier, a synonym that does not state it (by a cue word, a word that implies it, or the label's own
wording) matches only in a clause that holds a cue word ("recurrent", "частые", "неоднократно"; "at night",
"во сне"). "Frequent urinary tract infections", "Susceptibility to infection", "частые ИМВП" match as before,
and so do acronyms ("СОАС"), which abbreviate the full label. Where the qualifier is missing, the finding is
not reported for that term rather than guessed as another, except for a qualifier with `fallback`: there the
synonym also names the ancestor whose label is the label without the qualifier ("facial droop" with no side
named is *Facial palsy*; with "right"/"слева" in its clause it is *Unilateral facial palsy*). When both read
the same words, the reading whose cue is present wins (`PhraseIndex.select`).

*Laterality* is such a qualifier: "опущен правый угол рта" in a stroke note is the one-sided droop of a facial
palsy, while "опущенные углы рта" (no side) stays the congenital *Downturned corners of mouth*.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from medmoe.phenotypes.lexicon import Entry
from medmoe.phenotypes.normalize import phrase_keys


@dataclass(frozen=True)
class Qualifier:
    """A qualifier a label can state. `cues`: words that state it in text (and, in a synonym, exempt it);
    `implied_by`: further words that make a synonym itself imply it but are too general as a text cue."""

    name: str
    label: re.Pattern[str]
    cues: tuple[str, ...]
    implied_by: tuple[str, ...] = ()
    fallback: bool = False  # a cue-less synonym names the ancestor labelled without the qualifier

    @cached_property
    def cue_keys(self) -> frozenset[str]:
        return frozenset(k for w in self.cues for k in phrase_keys(w))

    @cached_property
    def exempt_keys(self) -> frozenset[str]:
        return self.cue_keys | frozenset(k for w in self.implied_by for k in phrase_keys(w))


QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier(
        "recurrence",
        re.compile(r"^(recurrent|repeated|frequent|рецидивирующ|повторн|повторяющ|частые)", re.IGNORECASE),
        # "chronic"/"хронический" count: the point is "not a single acute episode" ("хронический тонзиллит"
        # is how Russian notes name recurrent tonsillitis). Not "several": its English stem is severe's.
        cues=(
            "recurrent",
            "recurring",
            "recurrence",
            "recurrences",
            "repeated",
            "repeatedly",
            "repetitive",
            "frequent",
            "frequently",
            "multiple",
            "numerous",
            "relapsing",
            "relapses",
            "chronic",
            "again",
            "episodes",
            "attacks",
            "susceptibility",
            "susceptible",
            "predisposition",
            "prone",
            "рецидивирующий",
            "рецидивы",
            "повторные",
            "повторно",
            "повторяющиеся",
            "частые",
            "часто",
            "неоднократно",
            "многократные",
            "множественные",
            "хронический",
            "периодические",
            "эпизоды",
            "приступы",
            "снова",
            "опять",
            "склонность",
            "восприимчивость",
            "предрасположенность",
            "привычный",
            "постоянные",
        ),
        # words that make a synonym recurrent by itself, too vague as a cue in running text
        implied_by=(
            "increased",
            "rate",
            "intermittent",
            "paroxysmal",
            "повышенная",
            "перемежающаяся",
            "приступообразная",
            "пароксизмальная",
        ),
    ),
    Qualifier(
        "sleep",
        # The setting of a finding ("Confusional arousal", "Sleep paralysis"). Whole words only: "сонливость"
        # and "сонная артерия" are not about sleep as a setting; nor is "night" in "night blindness".
        re.compile(r"\b(sleep|arousal|awakening|сна|сне|сну|сон|сном|пробуждени[еяи])\b", re.IGNORECASE),
        cues=(
            "sleep",
            "asleep",
            "sleeping",
            "arousal",
            "waking",
            "wakes",
            "awakening",
            "morning",
            "night",
            "nocturnal",
            "nighttime",
            "сон",
            "ночью",
            "ночные",
            "пробуждении",
            "просыпается",
            "засыпании",
            "утром",
        ),
        # sleep-domain words: a synonym holding one is about sleep without saying "sleep"
        implied_by=(
            "insomnia",
            "dyssomnia",
            "nocturnus",
            "REM",
            "NREM",
            "hypnagogic",
            "hypnopompic",
            "dream",
            "circadian",
            "бессонница",
            "инсомния",
            "диссомния",
            "сновидения",
            "циркадный",
            "храп",
        ),
    ),
)

LATERALITY = Qualifier(
    "laterality",
    re.compile(r"^(unilateral|односторонн\w*)\s*", re.IGNORECASE),
    cues=(
        "unilateral", "right", "left", "right-sided", "left-sided", "one-sided", "ipsilateral",
        "односторонний", "правый", "левый", "справа", "слева", "правосторонний", "левосторонний",
    ),
    # a synonym that names one side itself ("Deafness in one ear", "Single kidney", "Small kidney on one side")
    implied_by=("one", "single", "solitary", "unequal", "side", "одной", "один", "одна", "единственная",
                "стороны"),
    fallback=True,
)
QUALIFIERS = (*QUALIFIERS, LATERALITY)

_ACRONYM = re.compile(r"^[A-ZА-ЯЁ]{2,6}$")


def dropped_qualifier(labels: tuple[str, ...], phrase: str) -> Qualifier | None:
    """The qualifier that a term labelled `labels` states and its synonym `phrase` drops, if any. An acronym
    ("СОАС", "RBD") abbreviates the full label, qualifier included."""
    if _ACRONYM.match(phrase.strip()):
        return None
    keys = frozenset(phrase_keys(phrase))
    for q in QUALIFIERS:
        if (
            any(q.label.search(lab) for lab in labels if lab)
            and not q.label.search(phrase)
            and keys.isdisjoint(q.exempt_keys)
        ):
            return q
    return None


def needed_cues(labels: tuple[str, ...], phrase: str) -> frozenset[str]:
    """Cue keys of which one must be in the clause for `phrase` to match a term labelled `labels`
    (empty: no condition)."""
    q = dropped_qualifier(labels, phrase)
    return q.cue_keys if q is not None else frozenset()


def fallback_entries(entries: list[Entry], label_of: Callable[[str], tuple[str, ...]],
                     name_of: Callable[[str], str], ancestors_of: Callable[[str], set[str]]) -> list[Entry]:
    """For a `fallback` qualifier: each cue-needing synonym also as a synonym of the ancestor whose English
    label is the term's label without the qualifier ("Unilateral facial palsy" -> "Facial palsy"); no entry
    where HPO has no such ancestor."""
    out: list[Entry] = []
    target: dict[str, str | None] = {}
    for e in entries:
        q = dropped_qualifier(label_of(e.hpo_id), e.phrase)
        if q is None or not q.fallback:
            continue
        if e.hpo_id not in target:
            bare = q.label.sub("", name_of(e.hpo_id)).strip().lower()
            target[e.hpo_id] = next((a for a in sorted(ancestors_of(e.hpo_id)) if name_of(a).lower() == bare), None)
        if target[e.hpo_id] is not None:
            out.append(Entry(target[e.hpo_id], e.phrase, e.priority))
    return out


def cue_rule(label_of: Callable[[str], tuple[str, ...]]) -> Callable[[str, str], frozenset[str]]:
    """`needed_cues` with a term's labels looked up by id: what `PhraseIndex` takes as `cues_for`."""
    return lambda hpo_id, phrase: needed_cues(label_of(hpo_id), phrase)


def one_sided_children(names: dict[str, str], parents_of: Callable[[str], list[str]]) -> dict[str, str]:
    """term -> its child labelled "Unilateral <term's label>" (Ptosis -> Unilateral ptosis, Renal hypoplasia ->
    Unilateral renal hypoplasia): the term to report when the finding's own words name one side
    ("опущено левое веко", "left-sided ptosis", "гипоплазия правой почки")."""
    out: dict[str, str] = {}
    for hid, name in names.items():
        m = LATERALITY.label.match(name)
        if m:
            bare = name[m.end():].lower()
            parent = next((p for p in parents_of(hid) if names.get(p, "").lower() == bare), None)
            if parent is not None:
                out[parent] = hid
    return out
