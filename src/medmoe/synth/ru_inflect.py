"""Russian noun phrases inflected by case, for generated notes ("увеличенная печень" -> "увеличенной печени").

Why here and not in the narrative writer: templates ask for a phrase in a given case ("Без признаков {L}"
needs the genitive), and getting Russian agreement right (head noun, agreeing adjectives, animacy in the
accusative, clauses such as "печень увеличена" that cannot be inflected but can be negated) is its own
piece of grammar, tested on its own. pymorphy3 does the word forms; this module finds what to inflect.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from medmoe.text.russian import morph_analyzer

CASES = ("nomn", "gent", "accs", "ablt")  # the cases the note templates use


@dataclass
class RuPhrase:
    """A Russian phrasing analysed once: nominal (inflectable by case) or a clause ("печень увеличена")."""

    text: str
    nominal: bool
    forms: dict[str, str]
    negated: str | None  # the clause with "не" before its predicate (clauses only)


def _match_case(src: str, word: str) -> str:
    if src.isupper() and len(src) > 1:
        return word.upper()
    if src[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=20_000)
def analyse_ru(phrase: str) -> RuPhrase:
    """Find the head noun (first nominative noun after nominative adjectives) and inflect the agreeing
    words for each case; words after the head (genitive complements, prepositional groups) stay as they are.
    """
    m = morph_analyzer()
    words = phrase.split()
    bare = [w.strip(",.;:()") for w in words]
    head = None
    for i, w in enumerate(bare):
        parses = m.parse(w.lower())
        noun = [p for p in parses if p.tag.POS == "NOUN" and p.tag.case == "nomn"]
        if noun:
            head = (i, noun[0])
            break
        if not any(p.tag.POS in ("ADJF", "PRTF", "ADVB", "NUMR") or w.lower() == "не" for p in parses[:2]):
            break
    predicate = None
    for i, w in enumerate(bare):
        tags = [p.tag.POS for p in m.parse(w.lower())[:1]]
        if head is not None and i > head[0] and tags and tags[0] in ("VERB", "PRTS", "ADJS"):
            predicate = i
            break
    if head is None or predicate is not None:
        # Only "<noun phrase> <short participle/adjective> [...]" negates naturally ("печень не увеличена");
        # verb clauses ("первые слова появились поздно") and phrasings that already hold "не" are not negated.
        negated = None
        pred_pos = m.parse(bare[predicate].lower())[0].tag.POS if predicate is not None else None
        if predicate is not None and pred_pos in ("PRTS", "ADJS") and \
                not any(w.lower() in ("не", "нет", "без") for w in bare):
            negated = " ".join(words[:predicate] + ["не"] + words[predicate:])
        return RuPhrase(phrase, False, {"nomn": phrase}, negated)
    hi, hp = head
    forms: dict[str, str] = {"nomn": phrase}
    for case in CASES[1:]:
        out = list(words)
        hf = hp.inflect({case})
        if hf is None:
            continue
        out[hi] = words[hi].replace(bare[hi], _match_case(bare[hi], hf.word))
        ok = True
        for j in range(hi):
            if bare[j].lower() in ("не",) or not bare[j]:
                continue
            ps = [p for p in m.parse(bare[j].lower()) if p.tag.POS in ("ADJF", "PRTF", "NUMR")
                  and p.tag.case == "nomn" and p.tag.number == hp.tag.number
                  and (hp.tag.number == "plur" or p.tag.gender in (None, hp.tag.gender))]
            if not ps:
                continue  # adverbs ("умеренно") stay
            masc_or_plur = hp.tag.number == "plur" or hp.tag.gender == "masc"
            grams = {case} | ({"inan"} if case == "accs" and masc_or_plur and hp.tag.animacy != "anim" else set())
            f = ps[0].inflect(grams) or ps[0].inflect({case})
            if f is None:
                ok = False
                break
            out[j] = words[j].replace(bare[j], _match_case(bare[j], f.word))
        if ok:
            forms[case] = " ".join(out)
    return RuPhrase(phrase, True, forms, None)
