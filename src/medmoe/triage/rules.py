"""Red-flag rules for triage: explicit, auditable, negation-aware, Russian first.

Why rules next to a model: a clinician must be able to read *why* a note was called an emergency, and a
small model trained on synthetic vignettes will miss phrasings it never saw. The rules encode the red
flags of emergency-care protocols (chest pain with sweating, sudden one-sided weakness, ...) and can
only raise urgency (see `medmoe.triage.api`).

Why our own negation scope instead of `medmoe.text.russian.negated_spans`: that one is symmetric (a
trigger negates up to six words forward across commas), which is right for features but wrong for a
safety rule. Here a wrongly negated red flag is a missed emergency while a missed negation is only an
over-triage, so the scope is deliberately narrow: "не" negates only the word right after it, "нет/без/no"
up to three words without crossing a comma, list triggers ("отрицает", "denies") up to eight words, and a
post-position trigger ("боли в груди нет") only inside its own comma-delimited clause. The cue words
themselves are medmoe's shared vocabulary (`medmoe.text.negation`); only these scope rules are triage's.

The lexicon lives in `medmoe/knowledge/data/triage_red_flags.json` (pattern syntax described there), so a
hospital can extend it without touching code: its own lexicons in the same format are merged on top at load
(`RedFlagRules.load(extensions=...)`, `merge_lexicons`: patterns added to a concept, new concepts and flags).
A mention in a past, family or hypothetical context (`medmoe.triage.context`) counts like a negated one.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from medmoe.errors import ConfigError
from medmoe.text import negation as _neg
from medmoe.text.negation import cue_regex
from medmoe.triage.age import age_months
from medmoe.triage.context import SENT_BREAK as _SENT_BREAK
from medmoe.triage.context import is_historical

LEVELS = ("routine", "urgent", "emergency")  # index = urgency rank
# Age thresholds (months). Any fever (>= 38.0 C, or the word) under 3 months is an emergency (NICE NG143
# "red"; Manchester "hot baby"): an infant's immune response is too weak to judge a serious bacterial
# infection from the look of the child. A stated age under 5 years makes a note about a child for the
# unwell-child signs (lethargy, poor feeding), the ages the NICE traffic-light table is written for.
INFANT_FEVER_MONTHS = 3.0
CHILD_MONTHS = 60.0
# Blood pressure 160/110 in pregnancy is severe hypertension (NICE NG133: admit), far below the 220/130
# that makes a non-pregnant adult an emergency here: pre-eclampsia can fit or bleed at these pressures.
PREGNANCY_SEVERE_BP = (160.0, 110.0)
LEXICON_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "data" / "triage_red_flags.json"

_BOTH = {name: (*g["ru"], *g["en"]) for name, g in (("contrast", _neg.CONTRAST), ("denial", _neg.DENIAL),
                                                      ("not", _neg.NOT), ("negators", _neg.NEGATORS),
                                                      ("post", _neg.POSTPOSED), ("exclusion", _neg.EXCLUSION))}
# "не" + verb opens a long (list) scope only for verbs of complaining ("не отмечает болей в груди, одышки"):
# "не знаю, что делать: давит в груди" must not negate the chest pain. Placed last, every negated verb counts.
_LIST_VERBS = tuple(c for c in _neg.NEGATED_VERBS["ru"] if c.pattern in ("отмеча*", "высказыва*", "предъявля*",
                                                                          "беспоко*", "было"))
_CONTRAST = re.compile(rf"(?<!\w)(?:{cue_regex(_BOTH['contrast'])})(?!\w)")
_STRONG_PRE = re.compile(
    rf"(?<!\w)(?:{cue_regex(_BOTH['denial'])}|{cue_regex(_LIST_VERBS, prefix='не ')}|нет жалоб\w*|жалоб нет"
    # not negations but hypotheticals and advice: "при появлении боли в груди вызвать СМП", "return if ..."
    r"|при появлении|в случае|если (?:\w+ )?(?:появ|возник|будет|повтор)\w*|профилактик\w*|риск\w*"
    r"|if (?:\w+ )?(?:develops?|gets?|has|notices?)|return if|in case of|should (?:\w+ )?develop|risk of)(?!\w)")
_WEAK_PRE = re.compile(rf"(?<!\w)(?:{cue_regex((*_BOTH['negators'], *_neg.NOT['en']))})(?!\w)")
# English contractions negate the next word like "not" does ("didn't black out", "hasn't vomited")
_NE_ADJACENT = re.compile(rf"(?<!\w)(?:{cue_regex(_BOTH['not'])}|no|(?:did|does|do|has|have|had|was|is|were)n['’]?t)\s+$")
_POST = re.compile(
    rf"^\W*(?:[^\s,]+\s+){{0,3}}?(?:{cue_regex((*_BOTH['post'], *_neg.DENIAL['ru'], *_BOTH['exclusion']))}"
    rf"|{cue_regex(_neg.NEGATED_VERBS['ru'], prefix='не ')}|{cue_regex(_neg.NEGATED_VERBS['en'], prefix='not ')})(?!\w)")
# "no chest pain or breathlessness", "нет боли в груди или одышки": a negation reaches the item after "or"
_NO_OR = re.compile(r"(?<!\w)(?:no|not|never|without|нет|без)\s+(?:[\w'’-]+\s+){1,4}(?:or|nor|или)\s+$")
_CLAUSE_END = re.compile(rf"[,.;!?\n:]|(?<!\w)(?:{cue_regex(_BOTH['contrast'])})(?!\w)")
_CLAUSE_CUT = re.compile(r"[,;!?\n:]|\.(?!\d)")  # where `without_negated` may cut a note into clauses


def normalize(text: str) -> str:
    """Lower case and "ё" -> "е", keeping every character offset (so evidence spans map back)."""
    out = text.replace("ё", "е").replace("Ё", "Е").lower()
    return out if len(out) == len(text) else text.replace("ё", "е").replace("Ё", "Е")


# A filler word in a pattern ("(?:\w+ )?", " ~ ") is never a negation particle: "губы не отекают" must not match
# "(?:губы|язык) (?:\w+ )?(?:отекл*|отекают)" as if the lips were swelling.
_NOT_NEG = r"(?!(?:не|ни|нет|no|not|never)\s)"


def compile_pattern(p: str) -> re.Pattern[str]:
    """Lexicon pattern -> regex: ' ~ ' allows two filler words, '*' is a word stem, ' ' is any space."""
    p = p.replace(" ~ ", rf"(?:\s+{_NOT_NEG}\S+){{0,2}}\s+")
    p = p.replace(r"(?:\w+ )", rf"(?:{_NOT_NEG}\w+ )").replace(r"(?:\S+ )", rf"(?:{_NOT_NEG}\S+ )")
    p = re.sub(r"(?<!\\)\*", r"\\w*", p)
    p = p.replace(" ", r"\s+")
    try:
        return re.compile(r"(?<!\w)" + p)
    except re.error as e:
        raise ConfigError(f"triage lexicon: bad pattern {p!r}: {e}") from e


def sentence_breaks(text: str) -> list[int]:
    """Offsets where sentences start (after . ! ? ; or a newline), for `is_negated` on long notes."""
    return [m.end() for m in _SENT_BREAK.finditer(text)]


def is_negated(text: str, start: int, end: int, breaks: list[int] | None = None) -> bool:
    """Whether the match text[start:end] sits in a negation scope (see module docstring for the rules).

    `breaks` (from `sentence_breaks`) makes this O(log n) per match instead of a scan from the start."""
    if breaks is None:
        breaks = sentence_breaks(text[:start])
    i = bisect.bisect_right(breaks, start) - 1
    sent_start = breaks[i] if i >= 0 else 0
    pre = text[sent_start:start]
    cuts = list(_CONTRAST.finditer(pre))
    if cuts:
        pre = pre[cuts[-1].end():]
    words = pre.split()
    if _STRONG_PRE.search(" ".join(words[-8:])):
        return True
    tail = pre.rsplit(",", 1)[-1]
    if _WEAK_PRE.search(" ".join(tail.split()[-3:])) or _NE_ADJACENT.search(pre) or _NO_OR.search(tail):
        return True
    post = text[end:]
    stop = _CLAUSE_END.search(post)
    clause = post[: stop.start()] if stop else post
    return bool(_POST.match(clause)) or _genitive_list_negated(text, start, end)


# "Одышки, болей в груди, обмороков нет": a list closed by "нет"/"не было" at the end of its sentence negates
# every item, but only items in the genitive (the case "нет" governs): in "Давящая боль в груди, одышки нет"
# the nominative "боль" is not under the negation. Occurrence verbs after a mention negate it too
# ("в обморок не падала", "боль не повторялась"), unlike other verbs ("боль не проходит").
_LIST_CUE = re.compile(r"(?:,|\s)\s*(?:нет|не было|не отмечалось|не наблюдалось)\s*$")
_LIST_SPLIT = re.compile(r",|(?<!\w)(?:и|или)(?!\w)")
_LIST_STOP = re.compile(rf"(?<!\w)(?:{cue_regex(_BOTH['contrast'])}|сейчас|сегодня|есть)(?!\w)")
_OCCURRENCE = re.compile(r"^\s*не\s+(?:падал\w*|случал\w*|повторял\w*|возникал\w*|появлял\w*|бывал\w*)(?!\w)")


def _genitive(word: str) -> bool:
    from medmoe.text.russian import morph_analyzer

    return any("gent" in p.tag for p in morph_analyzer().parse(word))


def _genitive_list_negated(text: str, start: int, end: int) -> bool:
    stop = _SENT_BREAK.search(text, end)
    tail = text[end: stop.start() if stop else len(text)]
    if _OCCURRENCE.match(tail):
        return True
    cue = _LIST_CUE.search(tail)
    if not cue or _LIST_STOP.search(tail[: cue.start()]) or not re.search(r"[а-я]", text[start:end]):
        return False
    items = [text[start:end]] + [it for it in _LIST_SPLIT.split(tail[: cue.start()]) if it.strip()]
    return all(len(it.split()) <= 5 and _genitive(it.split()[0].strip("()\"'")) for it in items)


@dataclass(frozen=True)
class Mention:
    """One match of a lexicon concept: character span in the note and whether a negation scope covers it."""

    concept: str
    start: int
    end: int
    negated: bool


@dataclass(frozen=True)
class Flag:
    """One red flag: fires when every element of `all` (a concept or a list of alternatives) is present."""

    id: str
    level: str
    label_ru: str
    label_en: str
    all: tuple[tuple[str, ...], ...]
    none: tuple[str, ...] = ()  # concepts that veto the flag ("sweating" is not atypical ACS in a fever)


@dataclass
class FlagHit:
    id: str
    level: str
    label: str
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "label": self.label, "evidence": self.evidence}


class RedFlagRules:
    """Compiled lexicon. `find(text, lang)` -> fired flags, most urgent first."""

    def __init__(self, lexicon: dict[str, Any]) -> None:
        self.concepts: dict[str, dict[str, list[re.Pattern[str]]]] = {}
        for name, by_lang in lexicon["concepts"].items():
            self.concepts[name] = {lang: [compile_pattern(p) for p in pats] for lang, pats in by_lang.items()}
        self.flags: list[Flag] = []
        for f in lexicon["flags"]:
            if f["level"] not in LEVELS:
                raise ConfigError(f"triage lexicon: flag {f['id']}: unknown level {f['level']!r}")
            groups = tuple(tuple(g) if isinstance(g, list) else (g,) for g in f["all"])
            none = tuple(f.get("none", ()))
            for c in (*(c for g in groups for c in g), *none):
                if c not in self.concepts:
                    raise ConfigError(f"triage lexicon: flag {f['id']} uses unknown concept {c!r}")
            self.flags.append(Flag(f["id"], f["level"], f["label_ru"], f["label_en"], groups, none))

    @classmethod
    def load(cls, path: str | Path | None = None, extensions: tuple[str | Path, ...] = ()) -> RedFlagRules:
        """The lexicon at `path` (default: the shipped one) with a site's `extensions` merged on top."""
        return _load_cached(str(path or LEXICON_PATH), tuple(str(e) for e in extensions))

    def mentions(self, text: str, lang: str) -> list[Mention]:
        """Every concept match in `text`, negated or not. Both languages' patterns run on mixed notes."""
        norm = normalize(text)
        langs = [lang] if lang in ("ru", "en") else ["ru", "en"]
        if lang == "ru" and re.search(r"[a-z]{4,}", norm):
            langs.append("en")
        if lang == "en" and re.search(r"[а-я]{3,}", norm):
            langs.append("ru")
        out: list[Mention] = []
        breaks = sentence_breaks(norm)
        for name, by_lang in self.concepts.items():
            for lg in langs:
                for pat in by_lang.get(lg, ()):
                    for m in pat.finditer(norm):
                        end = m.end()
                        while end < len(norm) and norm[end].isalnum():  # a stem match ends at its word's end
                            end += 1
                        if end > m.start():
                            off = is_negated(norm, m.start(), end, breaks) or is_historical(norm, m.start(), end)
                            out.append(Mention(name, m.start(), end, off))
        return out

    def concept_hits(self, text: str, lang: str, mentions: list[Mention] | None = None) -> dict[str, list[str]]:
        """Concept -> non-negated matched strings (`mentions`: from `self.mentions`, when already computed)."""
        hits: dict[str, list[str]] = {}
        for m in self.mentions(text, lang) if mentions is None else mentions:
            if not m.negated:
                hits.setdefault(m.concept, []).append(text[m.start:m.end].strip())
        return hits

    def without_negated(self, text: str, lang: str, mentions: list[Mention] | None = None) -> str:
        """`text` minus every clause whose red-flag mentions are all negated ("суицидальных мыслей нет",
        "denies chest pain"): what the classifier is shown.

        Why: the classifier reads subwords, not negation scope; on "суицидальных мыслей нет" it gave
        P(emergency) 0.66 and on "denies suicidal ideation" 0.97, and since the model may raise urgency, a
        negated red flag became an emergency. The rules do read the scope, so they decide what the model
        must not see. A clause that also has an affirmed mention is kept whole.
        """
        ms = self.mentions(text, lang) if mentions is None else mentions
        if not any(m.negated for m in ms):
            return text
        kept: list[str] = []
        start = 0
        for cut in [b.end() for b in _CLAUSE_CUT.finditer(text)] + [len(text)]:
            inside = [m for m in ms if start <= m.start < cut]
            if not inside or not all(m.negated for m in inside):
                kept.append(text[start:cut])
            start = cut
        return " ".join("".join(kept).split())

    def find(self, text: str, lang: str = "ru", mentions: list[Mention] | None = None) -> list[FlagHit]:
        hits = self.concept_hits(text, lang, mentions)
        vit = vitals(text)
        temp = vit.get("temp")
        if isinstance(temp, float) and temp >= 38.0:  # a measured fever counts as the word "fever"
            hits.setdefault("fever", []).append(f"t {temp:g}")
        ketones = vit.get("ketones")
        if isinstance(ketones, float) and ketones >= KETONES_DKA:
            hits.setdefault("dka_sign", []).append(f"ketones {ketones:g}")
        age = age_months(text)
        if age is not None and age < CHILD_MONTHS:  # a stated young age counts as the word "child"
            hits.setdefault("child", []).append(_age_words(age))
        out: list[FlagHit] = []
        for f in self.flags:
            if all(any(c in hits for c in group) for group in f.all) and not any(c in hits for c in f.none):
                evidence = [hits[c][0] for group in f.all for c in group if c in hits][:4]
                out.append(FlagHit(f.id, f.level, f.label_en if lang == "en" else f.label_ru, evidence))
        out.extend(vital_sign_flags(text, lang))
        bp = vit.get("bp")
        if "pregnancy" in hits and isinstance(bp, tuple) and (bp[0] >= PREGNANCY_SEVERE_BP[0] or bp[1] >= PREGNANCY_SEVERE_BP[1]):
            out.append(FlagHit("severe_hypertension_in_pregnancy", "emergency", "severe hypertension in pregnancy"
                               if lang == "en" else "тяжелая артериальная гипертензия при беременности",
                               [hits["pregnancy"][0], f"{bp[0]:g}/{bp[1]:g}"]))
        if age is not None and age < INFANT_FEVER_MONTHS and "fever" in hits:
            out.append(FlagHit("infant_fever", "emergency", "fever in an infant under 3 months" if lang == "en"
                               else "лихорадка у ребенка младше 3 месяцев", [_age_words(age), hits["fever"][0]]))
        out.sort(key=lambda h: -LEVELS.index(h.level))
        return out

    def level(self, text: str, lang: str = "ru", mentions: list[Mention] | None = None) -> tuple[str, list[FlagHit]]:
        hits = self.find(text, lang, mentions)
        return (hits[0].level if hits else "routine"), hits


def _age_words(months: float) -> str:
    return f"age {months * 30.44:.0f} d" if months < 1 else f"age {months:.3g} mo"


def _read_lexicon(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ConfigError(f"triage lexicon {path}: {e}") from e


def merge_lexicons(base: dict[str, Any], *more: dict[str, Any]) -> dict[str, Any]:
    """`base` with each extension's concept patterns appended (per language) and its new flags added.

    A flag id already in `base` is an error: an extension adds red flags, it does not silently redefine one."""
    concepts = {name: {lg: list(p) for lg, p in by_lang.items()} for name, by_lang in base["concepts"].items()}
    flags = list(base["flags"])
    for ext in more:
        for name, by_lang in ext.get("concepts", {}).items():
            for lg, pats in by_lang.items():
                concepts.setdefault(name, {}).setdefault(lg, []).extend(pats)
        known = {f["id"] for f in flags}
        for f in ext.get("flags", []):
            if f["id"] in known:
                raise ConfigError(f"triage lexicon extension redefines flag {f['id']!r}")
            flags.append(f)
    return {**base, "concepts": concepts, "flags": flags}


@lru_cache(maxsize=4)
def _load_cached(path: str, extensions: tuple[str, ...] = ()) -> RedFlagRules:
    return RedFlagRules(merge_lexicons(_read_lexicon(path), *(_read_lexicon(e) for e in extensions)))


# Vital signs are measurements, not words: a number is never negated, so these need no scope. Spellings:
# Russian notes, UK shorthand ("BM 2.1", "sats 89%", "obs"), US units (°F, mg/dL: converted, see `vitals`).
_NUM = r"(\d{2,3}(?:[.,]\d)?)"
_VITALS = {
    "temp": re.compile(r"(?:температур\w*|(?<!\w)t(?:°|\s)|(?<!\w)т(?:°|\s)|temp(?:erature)?|fever|лихорадк\w*)\D{0,24}?"
                       r"(\d{2,3}(?:[.,]\d)?)(?!\d)\s?(°\s?)?([fсc](?!\w))?"
                       r"|(\d{2,3}[.,]\d)\s?(°\s?)?([fсc](?!\w))"
                       # a bare reading with its site: "38.1 under the arm", "37.9 подмышкой"
                       r"|(3[5-9][.,]\d|4[0-2][.,]\d)(?=\s*(?:under (?:the|his|her) arm|in (?:the|his|her) ear|axillary|tympanic"
                       r"|подмышк\w*|в подмышке|в ухе))"
                       # or right after a time word: "сегодня 38.4", "tonight 38.9"
                       r"|(?:сегодня|вечером|утром|ночью|today|tonight|this morning)\s*,?\s*(3[7-9][.,]\d|4[0-2][.,]\d)(?!\d)"),
    "spo2": re.compile(r"(?:сатурац\w*|spo2|sp02|sao2|сат\.?|sats?(?:uration)?|o2 sat\w*|oxygen (?:level|sat\w*)"
                       r"|pulse ?ox\w*|пульсоксиметр\w*)\D{0,16}?(\d{2,3})(?!\d)\s?%?"),
    "bp": re.compile(r"(?:(?<!\w)ад|а/д|давлени\w*|(?<!\w)bp|blood pressure)\D{0,16}?(\d{2,3})\s?/\s?(\d{2,3})"),
    "hr": re.compile(r"(?:чсс|пульс(?!окс)\w*|(?<!\w)hr|heart rate|pulse|heart (?:is )?(?:racing|going|beating|pounding)"
                     r"|сердце (?:\w+ )?(?:колотится|бьется))\D{0,12}?" + _NUM),
    "rr": re.compile(r"(?:чдд|(?<!\w)rr|resp(?:iratory)? rate|breathing rate)\D{0,12}?" + _NUM
                     # "дышит часто, 70 в минуту", "breathing at 60 a minute": a rate only with its unit
                     + r"|(?:дыш\w*|дыхани\w*|breath\w*)\D{0,16}?(\d{2,3})(?=\s*(?:в\s+мин|раз\w*\s+в\s+мин|/\s*мин|/\s*min"
                       r"|breaths|(?:per|a|/)\s*min))"),
    "glucose": re.compile(r"(?:глюкоз\w*|сахар(?!н\w*\s+диабет)\w*(?:\s+крови)?|(?<!\w)(?:bg|bm|cbg|bsl)(?!\w)|glucose"
                         r"|(?:blood )?sugars?)\D{0,12}?(\d{1,3}(?:[.,]\d)?)(?![.,]?\d)(?!\s*тип)(\s*mg)?"),
    # peak flow as a percentage of the patient's best or predicted (BTS/SIGN asthma severity bands)
    "peak_flow": re.compile(r"(?:peak\s?flow|(?<!\w)pefr?|пикфлоу\w*|(?<!\w)псв)\D{0,24}?(\d{1,3})\s?%"),
    "ketones": re.compile(r"(?:кетон\w*|ketones?)\D{0,16}?(\d{1,2}(?:[.,]\d)?)(?![.,]?\d)"),
}
# Blood ketones of 3 mmol/L or more are ketoacidosis range (JBDS DKA criteria): a measured value counts as a
# DKA sign, like the words "кетоацидоз" / "pear drops".
KETONES_DKA = 3.0


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def vitals(text: str) -> dict[str, float | tuple[float, float]]:
    """First plausible value of each vital sign found in the text (values outside physiology are ignored).

    Units: a temperature marked F (or a bare 95-110 read as a fever) is converted to Celsius, a glucose in
    mg/dL (marked, or above 45) to mmol/L, so US notes meet the same thresholds."""
    norm = normalize(text)
    out: dict[str, float | tuple[float, float]] = {}
    for name, pat in _VITALS.items():
        for m in pat.finditer(norm):
            g = [x for x in m.groups() if x]
            if not g:
                continue
            if name == "bp":
                sbp, dbp = _num(g[0]), _num(g[1])
                if 40 <= sbp <= 300 and 20 <= dbp <= 200 and sbp > dbp:
                    out[name] = (sbp, dbp)
                    break
                continue
            v = _num(g[0])
            if name == "temp" and (g[-1] == "f" or 93 <= v <= 110):
                v = round((v - 32) * 5 / 9, 1)
            if name == "glucose" and (g[-1].strip() == "mg" or 45 < v <= 600):
                v = round(v / 18.0, 1)
            ok = {"temp": 34 <= v <= 43, "spo2": 50 <= v <= 100, "hr": 20 <= v <= 250,
                  "rr": 5 <= v <= 120, "glucose": 0.5 <= v <= 45, "ketones": 0 <= v <= 15,
                  "peak_flow": 5 <= v <= 150}[name]
            if ok:
                out[name] = v
                break
    return out


def vital_sign_flags(text: str, lang: str = "ru") -> list[FlagHit]:
    """Thresholds from early-warning scores (NEWS2 red zones), sepsis screening (qSOFA) and asthma severity (BTS:
    peak flow 50-75% of best is a moderate attack, below 50% acute severe)."""
    v = vitals(text)
    en = lang == "en"
    hits: list[FlagHit] = []

    def add(fid: str, level: str, ru: str, eng: str, ev: str) -> None:
        hits.append(FlagHit(fid, level, eng if en else ru, [ev]))

    spo2 = v.get("spo2")
    if isinstance(spo2, float):
        if spo2 < 92:
            add("low_oxygen_saturation", "emergency", "сатурация ниже 92%", "oxygen saturation below 92%", f"SpO2 {spo2:g}%")
        elif spo2 < 95:
            add("borderline_oxygen_saturation", "urgent", "сатурация 92-94%", "oxygen saturation 92-94%", f"SpO2 {spo2:g}%")
    bp = v.get("bp")
    if isinstance(bp, tuple):
        sbp, dbp = bp
        if sbp <= 90:
            add("hypotension", "emergency", "систолическое АД 90 и ниже", "systolic blood pressure 90 or lower", f"{sbp:g}/{dbp:g}")
        elif sbp >= 220 or dbp >= 130:
            add("severe_hypertension", "emergency", "АД 220/130 и выше", "blood pressure 220/130 or higher", f"{sbp:g}/{dbp:g}")
        elif sbp >= 180 or dbp >= 110:
            add("high_blood_pressure", "urgent", "АД 180/110 и выше", "blood pressure 180/110 or higher", f"{sbp:g}/{dbp:g}")
    hr = v.get("hr")
    temp = v.get("temp")
    if isinstance(hr, float):
        if hr >= 150 or hr <= 40:
            add("extreme_heart_rate", "emergency", "ЧСС 150 и выше или 40 и ниже", "heart rate 150+ or 40 or less", f"{hr:g}/min")
        elif hr >= 120:
            add("tachycardia", "urgent", "ЧСС 120 и выше", "heart rate 120 or higher", f"{hr:g}/min")
    rr = v.get("rr")
    if isinstance(rr, float):
        if rr >= 30 or rr <= 8:
            add("extreme_respiratory_rate", "emergency", "ЧДД 30 и выше", "respiratory rate 30+", f"{rr:g}/min")
        elif rr >= 24:
            add("tachypnoea", "urgent", "ЧДД 24 и выше", "respiratory rate 24 or higher", f"{rr:g}/min")
    if isinstance(temp, float):
        if temp >= 38.0 and ((isinstance(hr, float) and hr >= 120) or (isinstance(rr, float) and rr >= 22)
                             or (isinstance(bp, tuple) and bp[0] <= 100)):
            add("sepsis_vitals", "emergency", "лихорадка с тахикардией, тахипноэ или гипотонией (qSOFA)",
                "fever with tachycardia, tachypnoea or hypotension (qSOFA)", f"t {temp:g}")
        if temp >= 40.0:
            add("very_high_fever", "urgent", "температура 40 и выше", "temperature 40 or higher", f"t {temp:g}")
        elif temp >= 39.0:
            add("high_fever", "urgent", "температура 39 и выше", "temperature 39 or higher", f"t {temp:g}")
        elif temp < 35.0:
            add("hypothermia", "emergency", "температура ниже 35", "temperature below 35", f"t {temp:g}")
    pef = v.get("peak_flow")
    if isinstance(pef, float):
        if pef < 50:
            add("severe_asthma_peak_flow", "emergency", "пиковая скорость выдоха ниже 50%", "peak flow below 50%", f"PEF {pef:g}%")
        elif pef <= 75:
            add("moderate_asthma_peak_flow", "urgent", "пиковая скорость выдоха 50-75%", "peak flow 50-75%", f"PEF {pef:g}%")
    glu = v.get("glucose")
    if isinstance(glu, float):
        if glu < 3.0:
            add("hypoglycemia", "emergency", "глюкоза ниже 3 ммоль/л", "glucose below 3 mmol/L", f"{glu:g}")
        elif glu >= 25:
            add("severe_hyperglycemia", "urgent", "глюкоза 25 ммоль/л и выше", "glucose 25 mmol/L or higher", f"{glu:g}")
    return hits
