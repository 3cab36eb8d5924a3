"""Findings labeler for chest X-ray report text, English and Russian (CheXpert-labeler style).

Three stages, as in the CheXpert labeler: (1) mention extraction with the KB's synonym patterns (longest
match wins, so "calcified granuloma" is not also a "granuloma"); (2) classification of each mention as
present / absent / uncertain from trigger words; (3) attribution of laterality, severity and location
words to the nearest mention. It powers the clinical-correctness metrics and the generator's verification
pass, so it must see side and severity, which CheXpert/CheXbert labels cannot.

Scope. A sentence is cut into chunks at commas, semicolons and "and"/"with" ("и"). A chunk with an
uncertainty trigger is uncertain, else with a negation trigger absent, else with an assertion verb
("there is", "определяется") present; a chunk with none of these (a list item: "no consolidation,
effusion, or pneumothorax") inherits the status of the next chunk that has one (unless that one is a hedge:
"opacities, likely atelectasis"), else of the previous.
This handles both English pre-negation ("no X") and Russian post-negation ("X не выявлено") uniformly.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from medmoe.knowledge.cxr import CxrKB, load_kb, normalize
from medmoe.text import negation as _neg
from medmoe.text.lang import detect_language
from medmoe.text.negation import cue_regex

STATUSES = ("present", "absent", "uncertain")

_UNCERTAIN = {
    "en": r"possible|possibly|probable|probably|likely|may|might|could|suspicious for|concerning for|"
          r"questionable|suggest\w*|cannot be excluded|can ?not be excluded|not excluded|versus|vs|equivocal",
    "ru": r"не\s+исключ\w*|нельзя\s+исключить|вероятн\w*|возможн\w*|подозрени\w*|сомнительн\w*|по-видимому|"
          r"предположительн\w*|может",
}
# Negation cue words are medmoe's shared vocabulary (`medmoe.text.negation`); the report-style passives
# ("is no longer seen", "has resolved") are this labeler's own.
_NEGATION = {
    "en": "|".join((cue_regex((*_neg.NEGATORS["en"], *_neg.DENIAL["en"], *_neg.POSTPOSED["en"])),
                    cue_regex(_neg.NEGATED_VERBS["en"], prefix="not "),
                    r"resolution of|(?:is|are) (?:not|no longer) (?:seen|identified|present|visualized|evident|"
                    r"demonstrated|appreciated|noted)|(?:is|are) absent|(?:has|have) resolved")),
    "ru": "|".join((cue_regex((*_neg.NEGATORS["ru"], *_neg.POSTPOSED["ru"], *_neg.ABSENCE_NOUNS_RU)),
                    cue_regex(_neg.NEGATED_VERBS["ru"], prefix="не "))),
}
_ASSERT = {
    "en": r"there (?:is|are)|(?:is|are) (?:seen|noted|present|identified|demonstrated|evident|visualized)|"
          r"findings include|evidence of|demonstrates?|shows?",
    "ru": r"определя\w*|отмеча\w*|визуализиру\w*|выявля\w*|выявлен\w*|имеет\w*|имеют\w*|наблюда\w*",
}
_CHUNK_SPLIT = {"en": r",|;|\s(?:and|with)\s", "ru": r",|;|\s(?:и|а также)\s"}
_SENT_SPLIT = r"[.!?;:\n]+(?=\s|$)|:\s*"


def _wb(p: str) -> str:
    return rf"(?<!\w)(?:{p})(?!\w)"


@dataclass(frozen=True)
class LabeledFinding:
    """One mention of a finding in report text, with its status and the modifiers attributed to it."""

    finding: str
    status: str  # present | absent | uncertain
    laterality: str | None
    severity: str | None
    location: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Lexicon:
    mentions: list[tuple[str, re.Pattern[str]]]
    sides: list[tuple[str, re.Pattern[str]]]
    sevs: list[tuple[str, re.Pattern[str]]]
    locs: list[tuple[str, re.Pattern[str]]]
    uncertain: re.Pattern[str]
    negation: re.Pattern[str]
    assertion: re.Pattern[str]
    chunk_split: re.Pattern[str]


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    kb = load_kb()
    return _build_lexicon(kb, lang)


def _build_lexicon(kb: CxrKB, lang: str) -> _Lexicon:
    def comp(items: dict[str, tuple[str, ...]]) -> list[tuple[str, re.Pattern[str]]]:
        return [(k, re.compile(_wb("|".join(v)))) for k, v in items.items() if v]

    return _Lexicon(
        mentions=comp({f.id: f.patterns[lang] for f in kb.findings.values()}),
        sides=comp(kb.laterality_patterns[lang]),
        sevs=comp(kb.severity_patterns[lang]),
        locs=comp({loc.id: loc.patterns[lang] for loc in kb.locations.values()}),
        uncertain=re.compile(_wb(_UNCERTAIN[lang])),
        negation=re.compile(_wb(_NEGATION[lang])),
        assertion=re.compile(_wb(_ASSERT[lang])),
        chunk_split=re.compile(_CHUNK_SPLIT[lang]),
    )


def _spans(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text, lo, hi)]


def _segments(text: str, regex: str | re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    pat = re.compile(regex) if isinstance(regex, str) else regex
    for m in pat.finditer(text, lo, hi):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if hi > start:
        out.append((start, hi))
    return out


def _chunk_of(chunks: list[tuple[int, int]], pos: int) -> int:
    for i, (c_lo, c_hi) in enumerate(chunks):
        if c_lo <= pos < c_hi:
            return i
    return len(chunks) - 1


def label_report(text: str, lang: str = "auto", kb: CxrKB | None = None) -> list[LabeledFinding]:
    """Every finding mention in `text` with status, laterality, severity and location, in text order."""
    if lang == "auto":
        lang = detect_language(text, tie="en")  # Russian only when Cyrillic wins outright
    if lang not in ("en", "ru"):
        raise ValueError(f"lang must be 'en', 'ru' or 'auto', got {lang!r}")
    lex = _lexicon(lang) if kb is None else _build_lexicon(kb, lang)
    fixed_sides = {loc.id: loc.fixed_side for loc in (kb or load_kb()).locations.values() if loc.fixed_side}
    norm = normalize(text)
    out: list[LabeledFinding] = []
    for s_lo, s_hi in _segments(norm, _SENT_SPLIT, 0, len(norm)):
        # 1. mentions: longest match first, no overlaps
        cands = [(a, b, fid) for fid, pat in lex.mentions for a, b in _spans(pat, norm, s_lo, s_hi)]
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        mentions: list[tuple[int, int, str]] = []
        for a, b, fid in cands:
            if all(b <= x or a >= y for x, y, _ in mentions):
                mentions.append((a, b, fid))
        if not mentions:
            continue
        mentions.sort()
        # 2. status per chunk, inherited by chunks without their own trigger
        chunks = _segments(norm, lex.chunk_split, s_lo, s_hi)
        status: list[str | None] = []
        for c_lo, c_hi in chunks:
            if lex.uncertain.search(norm, c_lo, c_hi):
                status.append("uncertain")
            elif lex.negation.search(norm, c_lo, c_hi):
                status.append("absent")
            elif lex.assertion.search(norm, c_lo, c_hi):
                status.append("present")
            else:
                status.append(None)
        resolved: list[str] = []
        for i, st in enumerate(status):
            if st is None:
                # a following hedge does not reach back ("opacities, likely atelectasis"); a negation does
                # ("no consolidation, effusion or pneumothorax" / "очаговых изменений, выпота не выявлено")
                nxt = next((s for s in status[i + 1:] if s is not None), None)
                nxt = None if nxt == "uncertain" else nxt
                prv = next((s for s in reversed(status[:i]) if s is not None), None)
                st = nxt or prv or "present"
            resolved.append(st)

        m_chunk = [_chunk_of(chunks, a) for a, _, _ in mentions]
        # 3. modifiers -> nearest mention in the same chunk (else nearest in the sentence)
        sides: list[set[str]] = [set() for _ in mentions]
        sevs: list[list[tuple[int, str]]] = [[] for _ in mentions]
        locs: list[list[tuple[int, str]]] = [[] for _ in mentions]
        for table, sink in ((lex.sides, "side"), (lex.sevs, "sev"), (lex.locs, "loc")):
            for key, pat in table:
                for a, b in _spans(pat, norm, s_lo, s_hi):
                    inside = [i for i, (x, y, _) in enumerate(mentions) if x <= a and b <= y]
                    if inside:
                        target = inside[0]
                    else:
                        c = _chunk_of(chunks, a)
                        pool = [i for i in range(len(mentions)) if m_chunk[i] == c] or list(range(len(mentions)))
                        target = min(pool, key=lambda i: min(abs(a - mentions[i][1]), abs(mentions[i][0] - b)))
                    dist = 0 if inside else min(abs(a - mentions[target][1]), abs(mentions[target][0] - b))
                    if sink == "side":
                        sides[target].add(key)
                    elif sink == "sev":
                        sevs[target].append((dist, key))
                    else:
                        locs[target].append((dist, key))
        for i, (a, b, fid) in enumerate(mentions):
            sd = sides[i]
            side = ("bilateral" if "bilateral" in sd or {"left", "right"} <= sd else next(iter(sd))) if sd else None
            sev = min(sevs[i])[1] if sevs[i] else None
            loc = min(locs[i])[1] if locs[i] else None
            if side is None and loc is not None:
                side = fixed_sides.get(loc)  # "lingula", "right middle lobe" say the side themselves
            out.append(LabeledFinding(fid, resolved[m_chunk[i]], side, sev, loc, a, b, text[a:b]))
    return out
