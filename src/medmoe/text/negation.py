"""Negation cue words of Russian and English clinical text: one vocabulary for every rule set in medmoe.

Four rule sets read negation: the ICD-10 features (`text.russian.mark_negation`: word-form triggers and a
symmetric six-word scope), the phenotype recogniser (`phenotypes.context`: lemma phrases with a direction),
the CXR report labeler (`report.labeler`: regexes over report chunks) and the triage red flags
(`triage.rules`: narrow, asymmetric scopes, because a wrongly negated red flag is a missed emergency).
Their *scope rules* differ on purpose and stay with them; the *words* that signal negation are facts of the
language, so they live here once and a new cue is added in one place.

A cue is written as words separated by spaces; a trailing "*" on a word means any ending ("отрица*" covers
"отрицает", "отрицала"). Regex users call `cue_regex`. Token users (which compare whole tokens) use
`cue_forms`: a cue with a "*" contributes the word forms listed with it, so an exact-match user never
matches more than it was written for (the shipped ICD model's features depend on that exact set).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "ABSENCE_NOUNS_RU",
    "CONTRAST",
    "DENIAL",
    "EXCLUSION",
    "NEGATED_VERBS",
    "NEGATORS",
    "NOT",
    "POSTPOSED",
    "Cue",
    "cue_forms",
    "cue_regex",
]


@dataclass(frozen=True)
class Cue:
    """`pattern`: words, "*" = any ending. `forms`: the word forms token matchers use for a "*" pattern.
    `direction`: where the negated words stand, "pre" (after the cue), "post" (before it) or "both"."""

    pattern: str
    forms: tuple[str, ...] = ()
    direction: str = "pre"


def _cues(*items: str | Cue, direction: str = "pre") -> tuple[Cue, ...]:
    return tuple(c if isinstance(c, Cue) else Cue(c, direction=direction) for c in items)


# The verbal particle: negates the word right after it ("не увеличена", "not enlarged").
NOT: dict[str, tuple[Cue, ...]] = {"ru": _cues("не"), "en": _cues("not")}

# Negate the few words after them ("нет температуры", "без одышки", "no fever", "without cough").
NEGATORS: dict[str, tuple[Cue, ...]] = {
    "ru": _cues(Cue("нет", direction="both"), "без", "ни"),
    "en": _cues("no", "without", "never", "nor"),
}

# List triggers: negate a whole list after them ("отрицает боли в груди, одышку, слабость"), and, placed
# last, the clause before them ("мысли о суициде отрицает").
DENIAL: dict[str, tuple[Cue, ...]] = {
    "ru": _cues(Cue("отрица*", ("отрицает", "отрицают", "отрицать"), "both")),
    "en": _cues(
        "denies",
        Cue("denied", direction="both"),
        "deny",
        "denying",
        "negative for",
        "free of",
        "absence of",
        "no evidence of",
        "no history of",
        "no sign of",
        "no signs of",
    ),
}

# Placed after what they negate ("кашля нет", "одышка отсутствует", "rash absent"); also pre-posed in Russian.
POSTPOSED: dict[str, tuple[Cue, ...]] = {
    "ru": _cues(
        Cue("нет", direction="both"),
        Cue("отсутству*", ("отсутствует", "отсутствуют", "отсутствовать"), "both"),
    ),
    "en": _cues("absent", Cue("denied", direction="both"), "none", "not present", direction="post"),
}

# A diagnosis ruled out ("пневмония исключена", "исключен перелом", "fracture ruled out"). Not "исключить"
# in a plan ("исключить пневмонию" = rule out, an uncertainty): the phenotype scopes keep that distinction.
EXCLUSION: dict[str, tuple[Cue, ...]] = {
    "ru": _cues(Cue("исключ*", ("исключен", "исключена", "исключено", "исключить"), "both")),
    "en": _cues("ruled out", "excluded", direction="post"),
}

# Russian nouns of absence ("отсутствие рвоты"), and verbs that "не"/"not" turn into a negation of their
# subject or object ("судорог не отмечалось", "не выявлено", "жалоб не предъявляет", "effusion not seen").
ABSENCE_NOUNS_RU = _cues("отсутствие")
NEGATED_VERBS: dict[str, tuple[Cue, ...]] = {
    "ru": _cues(
        "выявл*",
        "определя*",
        "визуализир*",
        "отмеча*",
        "наблюда*",
        "обнаруж*",
        "прослежива*",
        "беспоко*",
        "предъявля*",
        "высказыва*",
        "испытыва*",
        "было",
        # only after what they deny: "аллергии не знает", but "не знает, когда начались судороги"
        Cue("замеча*", direction="post"),
        Cue("видел*", direction="post"),
        Cue("зна*", direction="post"),
        direction="both",
    ),
    "en": _cues(
        "seen",
        "identified",
        "visualized",
        "observed",
        "noted",
        "detected",
        "found",
        "reported",
        direction="post",
    ),
}

# Words that end a negation scope: what follows is said of something else ("нет кашля, но есть насморк").
CONTRAST: dict[str, tuple[Cue, ...]] = {
    "ru": _cues("но", "однако", "а", "зато", "хотя"),
    "en": _cues("but", "however", "although", "though"),
}


def _word_regex(word: str) -> str:
    return re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)


def cue_regex(cues: Iterable[Cue], prefix: str = "") -> str:
    """Alternation (no group, no boundaries) of the cues; words joined by any whitespace. `prefix` goes before
    each cue ("не " for `NEGATED_VERBS`)."""
    return "|".join(r"\s+".join(_word_regex(w) for w in (prefix + c.pattern).split()) for c in cues)


def cue_forms(cues: Iterable[Cue]) -> frozenset[str]:
    """The exact single-word forms of the cues (a "*" cue contributes its listed `forms`)."""
    out: set[str] = set()
    for c in cues:
        if c.forms:
            out.update(c.forms)
        elif "*" not in c.pattern and " " not in c.pattern:
            out.add(c.pattern)
    return frozenset(out)
