"""Russian clinical text preprocessing shared by every medmoe task.

Why this file exists: Russian outpatient notes are short, misspelt and full of abbreviations ("АД 130/80,
ЧСС 90, ОРВИ"). Every task (ICD coding, phenotypes, triage, de-identification) needs the same few tools to
cope: razdel tokens with character offsets, pymorphy3 lemmas (cached, because the same few thousand words
repeat), character n-grams (robust to typos like "тенчние"/"течение"), abbreviation expansion, and
NegEx-style negation marking ("нет температуры" must not look like a fever). Everything here is plain
Python with lazy imports, so importing this module is cheap and the functions are fast enough for
thousands of notes per second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from medmoe.text import negation as _neg
from medmoe.text.negation import cue_forms

__all__ = [
    "ABBREVIATIONS",
    "NEG_PREFIX",
    "Token",
    "char_ngrams",
    "expand_abbreviations",
    "is_word",
    "lemma",
    "lemmas",
    "mark_negation",
    "morph_analyzer",
    "negated_spans",
    "normalize",
    "tokenize",
    "words",
]

NEG_PREFIX = "NEG_"

# Medical abbreviations common in Russian outpatient notes -> expansion. Keys are upper case; matching is
# case-sensitive for short ambiguous keys (e.g. "АД" vs the word "ад") and whole-token only.
ABBREVIATIONS: dict[str, str] = {
    "АД": "артериальное давление",
    "САД": "систолическое артериальное давление",
    "ДАД": "диастолическое артериальное давление",
    "ЧСС": "частота сердечных сокращений",
    "ЧДД": "частота дыхательных движений",
    "ЧД": "частота дыхания",
    "ОРВИ": "острая респираторная вирусная инфекция",
    "ОРЗ": "острое респираторное заболевание",
    "ИБС": "ишемическая болезнь сердца",
    "ГБ": "гипертоническая болезнь",
    "АГ": "артериальная гипертензия",
    "ОНМК": "острое нарушение мозгового кровообращения",
    "ТИА": "транзиторная ишемическая атака",
    "ХСН": "хроническая сердечная недостаточность",
    "ОКС": "острый коронарный синдром",
    "ИМ": "инфаркт миокарда",
    "ФП": "фибрилляция предсердий",
    "ЖКТ": "желудочно-кишечный тракт",
    "ЖКБ": "желчнокаменная болезнь",
    "ГЭРБ": "гастроэзофагеальная рефлюксная болезнь",
    "ЯБЖ": "язвенная болезнь желудка",
    "ЯБДК": "язвенная болезнь двенадцатиперстной кишки",
    "ДПК": "двенадцатиперстная кишка",
    "СД": "сахарный диабет",
    "ХОБЛ": "хроническая обструктивная болезнь легких",
    "БА": "бронхиальная астма",
    "ЦНС": "центральная нервная система",
    "ВСД": "вегетососудистая дистония",
    "ВБН": "вертебробазилярная недостаточность",
    "ДЭ": "дисциркуляторная энцефалопатия",
    "ШОП": "шейный отдел позвоночника",
    "ГОП": "грудной отдел позвоночника",
    "ПОП": "поясничный отдел позвоночника",
    "ПКОП": "пояснично-крестцовый отдел позвоночника",
    "МКБ": "мочекаменная болезнь",
    "ИМП": "инфекция мочевыводящих путей",
    "ЛОР": "оториноларинголог",
    "ЭКГ": "электрокардиограмма",
    "УЗИ": "ультразвуковое исследование",
    "МРТ": "магнитно-резонансная томография",
    "КТ": "компьютерная томография",
    "ОАК": "общий анализ крови",
    "ОАМ": "общий анализ мочи",
    "СОЭ": "скорость оседания эритроцитов",
    "ТТГ": "тиреотропный гормон",
    "ЩЖ": "щитовидная железа",
    "НПВС": "нестероидные противовоспалительные средства",
    "НПВП": "нестероидные противовоспалительные препараты",
    "в/в": "внутривенно",
    "в/м": "внутримышечно",
    "п/к": "подкожно",
    "t": "температура",
    "т-ра": "температура",
    "темп": "температура",
    "иррад": "иррадиация",
    "р-н": "район",
}

# Cue words come from `medmoe.text.negation` (exact word forms: the shipped ICD model's features depend on
# this exact set, so a "*" cue contributes only the forms listed with it). Word forms and lemmas both, so
# `mark_negation` works on lemmatised tokens too.
# Triggers that negate what follows ("нет температуры", "без одышки", "отрицает боли", "исключен перелом";
# here "исключить" counts as a negation too, as it always has for the ICD features).
_NEG_TRIGGERS = cue_forms((*_neg.NOT["ru"], *_neg.NEGATORS["ru"], *_neg.DENIAL["ru"], *_neg.ABSENCE_NOUNS_RU,
                           *_neg.POSTPOSED["ru"], *_neg.EXCLUSION["ru"]))
# Triggers that, placed after their words, negate backwards ("кашля нет", "одышка отсутствует").
_POST_TRIGGERS = cue_forms(_neg.POSTPOSED["ru"])
# Words that end a negation scope ("нет кашля, но есть насморк"), plus, for this symmetric scope, words that
# start an affirmed statement ("кроме", "жалобы", "беспокоит", "есть").
_NEG_STOPS = cue_forms(_neg.CONTRAST["ru"]) | {"кроме", "жалобы", "жалоба", "беспокоит", "беспокоят", "беспокоить",
                                                 "есть"}
# Conjunctions stay inside a scope without being marked or counted ("нет тошноты и рвоты").
_NEG_PASS = frozenset({"и", "или", "либо", "ни"})
_SCOPE_BREAK = frozenset(".;:!?()[]\n")
_CLAUSE_BREAK = _SCOPE_BREAK | {",", "-", "—"}
_WORD_RE = re.compile(r"[0-9A-Za-zА-Яа-яЁё]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Token:
    """A razdel token with its character offsets in the original text (for highlighting, de-id spans)."""

    text: str
    start: int
    stop: int


def normalize(text: str) -> str:
    """Lower case, "ё" -> "е", collapsed whitespace: the form n-gram and lemma features are built from.

    Why "ё": Russian writers use it inconsistently ("объём"/"объем"), and it is never a meaningful contrast
    in clinical text.
    """
    return _SPACES.sub(" ", text.replace("ё", "е").replace("Ё", "Е")).strip().lower()


def tokenize(text: str) -> list[Token]:
    """razdel tokens with offsets. razdel knows Russian punctuation, numbers like "130/80" and "т.к."."""
    from razdel import tokenize as _rz

    return [Token(t.text, t.start, t.stop) for t in _rz(text)]


def is_word(token: str) -> bool:
    """True for tokens that carry letters or digits (not bare punctuation)."""
    return bool(_WORD_RE.search(token))


def words(text: str, lower: bool = True) -> list[str]:
    """Word tokens only (punctuation dropped), lower-cased and "ё"-normalised by default."""
    out = [t.text for t in tokenize(text) if is_word(t.text)]
    if lower:
        out = [w.replace("ё", "е").replace("Ё", "Е").lower() for w in out]
    return out


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def morph_analyzer() -> Any:
    """The one pymorphy3 `MorphAnalyzer` of the process (lemmas here, de-id name rules, phenotypes, synth).

    Why one: each analyzer loads its dictionaries (~15 MB, ~0.3 s); every task shares this instance.
    """
    return _morph()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """pymorphy3 normal form of one word (most probable parse), lower case, cached.

    Why a cache: clinical vocabulary is small and repetitive; a cached lookup is ~100x faster than a parse.
    Non-Cyrillic tokens (numbers, Latin drug names) are returned lower-cased unchanged.
    """
    w = word.replace("ё", "е").replace("Ё", "Е").lower()
    if not any("а" <= ch <= "я" for ch in w):
        return w
    return _morph().parse(w)[0].normal_form.replace("ё", "е")


def lemmas(text: str) -> list[str]:
    """Lemmas of the word tokens of `text` (punctuation dropped)."""
    return [lemma(w) for w in words(text, lower=False)]


def char_ngrams(text: str, n_min: int = 3, n_max: int = 5, word_bounded: bool = True) -> list[str]:
    """Character n-grams of the normalised text; robust to misspellings because most n-grams survive a typo.

    `word_bounded=True` works like scikit-learn's `analyzer="char_wb"`: n-grams come from each word padded
    with spaces, never across words. `False` is sklearn's `analyzer="char"` over the whole string.
    """
    t = normalize(text)
    grams: list[str] = []
    if not word_bounded:
        for n in range(n_min, n_max + 1):
            grams.extend(t[i:i + n] for i in range(len(t) - n + 1))
        return grams
    for w in t.split():
        w = f" {w} "
        for n in range(n_min, n_max + 1):
            if n >= len(w):  # a short word counts once, whole (as sklearn's char_wb does)
                grams.append(w)
                break
            grams.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return grams


# Upper-case keys of 3+ letters also match in any case ("орви"), except those that are ordinary words.
_CI_EXCLUDE = frozenset({"САД", "ГОП", "ПОП"})
_ABBREV_CI = {k.lower(): v for k, v in ABBREVIATIONS.items()
              if len(k) >= 3 and k.isupper() and k not in _CI_EXCLUDE}
# Whole tokens only: not preceded/followed by a letter (digits may follow: "t38", "ЧСС90"). One
# case-insensitive pass; `sub` decides per match whether the case fits, so expansions are never re-expanded.
_ABBREV_RE = re.compile(
    rf"(?<![A-Za-zА-Яа-яЁё])({'|'.join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))})"
    rf"(?![A-Za-zА-Яа-яЁё])",
    re.IGNORECASE,
)


def expand_abbreviations(text: str, keep_original: bool = False) -> str:
    """Replace known medical abbreviations with their expansions ("ЧСС 90" -> "частота сердечных
    сокращений 90").

    Short keys ("АД", "ГБ") match only in the case listed, because in lower case they are ordinary words
    ("ад" = hell); upper-case keys of three or more letters also match in any case ("орви"), as patients
    write them. `keep_original=True` keeps the abbreviation before its expansion ("АД (артериальное
    давление)"), useful when a downstream model has seen both forms.
    """

    def sub(m: re.Match[str]) -> str:
        k = m.group(1)
        exp = ABBREVIATIONS.get(k) or _ABBREV_CI.get(k.lower())
        if exp is None:
            return k
        out = f"{k} ({exp})" if keep_original else exp
        nxt = m.string[m.end():m.end() + 1]
        return out + " " if nxt.isdigit() else out  # "ЧСС90" -> "... сокращений 90"

    return _ABBREV_RE.sub(sub, text)


def _negated_indices(tokens: list[str], max_words: int) -> set[int]:
    """Indices of tokens inside a negation scope; the rules shared by `negated_spans` and `mark_negation`.

    A trigger at the start of a clause opens a forward scope of `max_words` words that runs over commas
    ("нет кашля, насморка") and closes at sentence punctuation or a contrastive word. A post-position
    trigger ("кашля нет", "одышка отсутствует") negates the words of its clause before it, up to
    `max_words`, and opens no forward scope, so "кашля нет, насморк есть" leaves "насморк" alone.
    """
    neg: set[int] = set()
    left = 0
    clause: list[int] = []  # word indices since the last clause break, no trigger seen among them
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if not is_word(low):
            if low in _SCOPE_BREAK or any(ch in _SCOPE_BREAK for ch in low):
                left = 0
            if low in _CLAUSE_BREAK or any(ch in _CLAUSE_BREAK for ch in low):
                clause = []
            continue
        if low in _NEG_TRIGGERS:
            if clause and low in _POST_TRIGGERS and left == 0:
                neg.update(clause[-max_words:])
                clause = []
                continue
            left = max_words
            clause = []
            continue
        if low in _NEG_STOPS:
            left = 0
            clause = []
            continue
        if low in _NEG_PASS:
            continue
        if left > 0:
            neg.add(i)
            left -= 1
        else:
            clause.append(i)
    return neg


def negated_spans(text: str, max_words: int = 6) -> list[tuple[int, int]]:
    """Character spans `(start, stop)` of words inside a negation scope (NegEx-like, Russian triggers).

    See `_negated_indices` for the scope rules. The trigger itself is not part of any span.
    """
    toks = tokenize(text)
    neg = _negated_indices([t.text for t in toks], max_words)
    return [(t.start, t.stop) for i, t in enumerate(toks) if i in neg]


def mark_negation(tokens: list[str], max_words: int = 6) -> list[str]:
    """Prefix tokens inside a negation scope with `NEG_` (same rules as `negated_spans`).

    Works on any token list (words or lemmas) that keeps punctuation tokens, so bag-of-words models see
    "NEG_температура" as a different feature from "температура".
    """
    neg = _negated_indices(tokens, max_words)
    return [NEG_PREFIX + t if i in neg else t for i, t in enumerate(tokens)]
