"""Surface realisation of structured findings as an English or Russian chest X-ray report.

Two users: the template baseline (`TemplateGenerator`, always the first phrasing: deterministic, correct by
construction, stilted) and the synthetic corpus (`Realizer` with a random generator and a phrasing split).
Phrasings are split into a "train" and a "heldout" pool so that held-out evaluation sets use sentence
structures, list styles and normal statements the MoE model never saw.

Russian needs agreement: severity adjectives follow the gender/number of the head noun (небольшой выпот,
небольшая грыжа, небольшие остеофиты), verbs follow number (определяется / определяются), negatives take
the genitive (пневмоторакса не выявлено). The KB stores the forms; this file only assembles them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from medmoe.knowledge.cxr import CxrKB, FindingDef, load_kb
from medmoe.report.findings import Finding
from medmoe.text.sentences import split_sentences

SPLITS = ("canonical", "train", "heldout")
HEADERS = {"en": ("FINDINGS:", "IMPRESSION:"), "ru": ("ОПИСАНИЕ:", "ЗАКЛЮЧЕНИЕ:")}


def split_sections(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(findings-section sentences, impression sentences) of a report laid out with `HEADERS`; a report
    without the impression header has an empty impression."""
    h1, h2 = HEADERS[lang]
    find, _, imp = text.replace(h1, " ").partition(h2)
    return split_sentences(find), split_sentences(imp)


# (singular, plural) sentence frames; {np} lower-case start, {NP} capitalised.
PRESENT: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "train": [("There is {np}.", "There are {np}."), ("{NP} is seen.", "{NP} are seen."),
                  ("{NP} is noted.", "{NP} are noted."), ("{NP}.", "{NP}."),
                  ("There is evidence of {np}.", "There is evidence of {np}.")],
        "heldout": [("{NP} is present.", "{NP} are present."), ("{NP} is identified.", "{NP} are identified."),
                    ("Findings include {np}.", "Findings include {np}."),
                    ("{NP} is demonstrated.", "{NP} are demonstrated.")],
    },
    "ru": {
        "train": [("Определяется {np}.", "Определяются {np}."), ("Отмечается {np}.", "Отмечаются {np}."),
                  ("Визуализируется {np}.", "Визуализируются {np}."), ("{NP}.", "{NP}.")],
        "heldout": [("Выявляется {np}.", "Выявляются {np}."), ("Имеется {np}.", "Имеются {np}."),
                    ("Наблюдается {np}.", "Наблюдаются {np}.")],
    },
}
NEGATIVE: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "train": [("No {t}.", "No {t}."), ("There is no {t}.", "There are no {t}."),
                  ("No evidence of {t}.", "No evidence of {t}.")],
        "heldout": [("{T} is not seen.", "{T} are not seen."), ("Negative for {t}.", "Negative for {t}."),
                    ("{T} is absent.", "{T} are absent.")],
    },
    "ru": {  # {g}: genitive, {t}: nominative
        "train": [("{G} не выявлено.", "{G} не выявлено."), ("Признаков {g} нет.", "Признаков {g} нет."),
                  ("{T} не определяется.", "{T} не определяются.")],
        "heldout": [("Признаков {g} не выявлено.", "Признаков {g} не выявлено."), ("{G} нет.", "{G} нет."),
                    ("Без признаков {g}.", "Без признаков {g}.")],
    },
}
# Impression list styles: "sentences" (one per finding), "and" (one sentence), "numbered", "semicolon".
IMPRESSION_STYLES = {"train": ["sentences", "and"], "heldout": ["numbered", "semicolon"]}
# Side placement without a location: before the term ("left pleural effusion") or after ("... on the left").
SIDE_AFTER = {"en": {"train": [False], "heldout": [True]}, "ru": {"train": [False, True], "heldout": [False, True]}}
# Section orders: structure order, or present findings first then the normal statements.
ORDERS = {"train": ["structure", "findings_first"], "heldout": ["heart_first"]}
AND = {"en": "and", "ru": "и"}
EN_SIDE_AFTER = {"left": "on the left", "right": "on the right", "bilateral": "bilaterally"}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _article(np: str) -> str:
    return ("an " if np[:1].lower() in "aeiou" else "a ") + np


@dataclass
class Realizer:
    """Builds report text; `split` picks the phrasing pool and `rng` the phrasing (None: the first one)."""

    kb: CxrKB
    lang: str = "en"
    split: str = "canonical"
    rng: random.Random | None = None

    def _pick(self, pool: dict[str, list]) -> object:
        if self.split == "canonical" or self.rng is None:
            return pool["train"][0]
        return self.rng.choice(pool[self.split])

    # --- noun phrases --------------------------------------------------------------------------------
    def _ru_adj(self, sev: str, fd: FindingDef) -> str:
        stem, typ = self.kb.severity[sev]["ru_size" if fd.size else "ru"]
        return stem + self.kb.ru_endings[typ][fd.ru_g]

    def noun_phrase(self, f: Finding, side_after: bool | None = None) -> str:
        """The finding with its severity, side, location and descriptors, ready to drop into a frame."""
        fd = self.kb.findings[f.finding]
        if side_after is None:
            side_after = bool(self._pick(SIDE_AFTER[self.lang]))
        loc = self.kb.locations.get(f.location) if f.location else None
        side = f.laterality
        if loc is not None and loc.fixed_side:
            side = None  # "right middle lobe" already says the side
        loc_has_side = loc is not None and any(k in loc.forms["en" if self.lang == "en" else "ru"]
                                               for k in ("{side}", "{lung}", "{lung_prep}", "{adv}"))
        if loc is not None and side and not loc_has_side:
            # "of the aorta" has no slot for a side: say the side as if there were no location
            np = self.noun_phrase(Finding(f.finding, None, side, f.severity, True, f.descriptors), side_after)
            return f"{np} {loc.forms['en_noside' if self.lang == 'en' else 'ru_noside']}"
        if self.lang == "en":
            words: list[str] = []
            if f.severity:
                words.append(self.kb.severity[f.severity]["en_size" if fd.size else "en"])
            term = fd.en
            if "{side}" in term:
                term = term.replace("{side}", self.kb.laterality[side]["en"]) if side else term.replace("{side} ", "")
            elif side and loc is None and not side_after:
                words.append(self.kb.laterality[side]["en"])
            words.extend(self.kb.descriptors[d]["en"] for d in f.descriptors)
            words.append(term)
            if loc is not None:
                if side:
                    form = loc.forms.get("en_pl", loc.forms["en"]) if side == "bilateral" else loc.forms["en"]
                    words.append(form.replace("{side}", self.kb.laterality[side]["en"]))
                else:
                    words.append(loc.forms["en_noside"])
            elif side and side_after and "{side}" not in fd.en:
                words.append(EN_SIDE_AFTER[side])
            np = " ".join(words)
            return _article(np) if fd.en_num == "count" else np
        # Russian
        words = []
        lat = self.kb.laterality[side] if side else None
        if lat is not None and loc is None and side_after is False and self.split != "canonical":
            words.append(lat["ru_adv"])  # "слева небольшой плевральный выпот"
            lat_done = True
        else:
            lat_done = False
        if f.severity:
            words.append(self._ru_adj(f.severity, fd))
        words.append(fd.ru)
        words.extend(self.kb.descriptors[d]["ru"] for d in f.descriptors)
        if loc is not None:
            if lat is not None:
                form = loc.forms.get("ru_pl", loc.forms["ru"]) if side == "bilateral" else loc.forms["ru"]
                words.append(form.replace("{lung}", lat["ru_lung"]).replace("{lung_prep}", lat["ru_lung_prep"])
                             .replace("{adv}", lat["ru_adv"]))
            else:
                words.append(loc.forms["ru_noside"])
        elif lat is not None and not lat_done:
            words.append(lat["ru_adv"])
        return " ".join(words)

    def _plural(self, fd: FindingDef) -> bool:
        return fd.en_num == "pl" if self.lang == "en" else fd.ru_g == "pl"

    # --- sentences -----------------------------------------------------------------------------------
    def present_sentence(self, f: Finding) -> str:
        fd = self.kb.findings[f.finding]
        sg, pl = self._pick(PRESENT[self.lang])  # type: ignore[misc]
        frame = pl if self._plural(fd) else sg
        np = self.noun_phrase(f)
        return frame.replace("{np}", np).replace("{NP}", _cap(np))

    def negative_sentence(self, f: Finding) -> str:
        fd = self.kb.findings[f.finding]
        sg, pl = self._pick(NEGATIVE[self.lang])  # type: ignore[misc]
        frame = pl if self._plural(fd) else sg
        if self.lang == "en":
            t = fd.en.replace("{side} ", "")
            return frame.replace("{t}", t).replace("{T}", _cap(t))
        return (frame.replace("{t}", fd.ru).replace("{T}", _cap(fd.ru))
                .replace("{g}", fd.ru_gen).replace("{G}", _cap(fd.ru_gen)))

    def normal_statement(self, structure: str) -> str:
        opts = self.kb.structures[structure].normal[self.lang]
        return self._pick({"train": list(opts[:2]), "heldout": list(opts[2:])})  # type: ignore[return-value]

    def impression(self, findings: list[Finding]) -> str:
        items = [f for f in findings if f.present and self.kb.in_impression(f.finding)]
        if not items:
            opts = self.kb.impression_normal[self.lang]
            return self._pick({"train": list(opts[:2]), "heldout": list(opts[2:])})  # type: ignore[return-value]
        nps = [self.noun_phrase(f) for f in items]
        style = self._pick(IMPRESSION_STYLES) if len(nps) > 1 else "sentences"
        if style == "and":
            body = nps[0] if len(nps) == 1 else ", ".join(nps[:-1]) + f" {AND[self.lang]} " + nps[-1]
            return _cap(body) + "."
        if style == "numbered":
            return " ".join(f"{i}. {_cap(np)}." for i, np in enumerate(nps, start=1))
        if style == "semicolon":
            return _cap("; ".join(nps)) + "."
        return " ".join(_cap(np) + "." for np in nps)

    # --- whole report --------------------------------------------------------------------------------
    def findings_section(self, findings: list[Finding]) -> list[str]:
        present_ids = {f.finding for f in findings if f.present}
        negated = {f.finding for f in findings if not f.present}
        order = self._pick(ORDERS) if self.split != "canonical" else "structure"
        structs = [s.id for s in self.kb.structures_in_order()] + ["devices", "abdomen"]
        if order == "heart_first":
            structs = ["heart", "mediastinum"] + [s for s in structs if s not in ("heart", "mediastinum")]

        def sentence(f: Finding) -> str:
            return self.present_sentence(f) if f.present else self.negative_sentence(f)

        def normal(s: str) -> str | None:
            if s not in self.kb.structures or self.kb.normal_is_false(s, present_ids):
                return None
            if negated & set(self.kb.structures[s].negates):
                return None  # the explicit negative sentence says it better
            return self.normal_statement(s)

        out: list[str] = []
        if order == "findings_first":
            out.extend(sentence(f) for f in findings)
            out.extend(x for s in structs if (x := normal(s)))
            return out
        for s in structs:
            group = [f for f in findings if self.kb.findings[f.finding].structure == s]
            out.extend(sentence(f) for f in group if f.present)
            out.extend(sentence(f) for f in group if not f.present)
            if (x := normal(s)) is not None:
                out.append(x)
        return out

    def report(self, findings: list[Finding]) -> str:
        h_find, h_imp = HEADERS[self.lang]
        return f"{h_find} {' '.join(self.findings_section(findings))}\n{h_imp} {self.impression(findings)}"


class TemplateGenerator:
    """The baseline: the canonical phrasing of every fact, so its clinical content is right by construction."""

    def __init__(self, kb: CxrKB | None = None) -> None:
        self.kb = kb or load_kb()

    def generate_text(self, findings: list[Finding], lang: str = "en") -> str:
        return Realizer(self.kb, lang).report(findings)

    def sentence(self, f: Finding, lang: str) -> str:
        """One canonical sentence for a finding (used to repair a generated report)."""
        r = Realizer(self.kb, lang)
        return r.present_sentence(f) if f.present else r.negative_sentence(f)

    def impression_np(self, f: Finding, lang: str) -> str:
        return _cap(Realizer(self.kb, lang).noun_phrase(f, side_after=False))
