"""Text perturbations for the robustness suite: how much does a metric drop when the input changes in ways
that real clinical text changes (typos, abbreviations, reordering, irrelevant sentences, transliteration),
and does the prediction change when it must (a negation flip)?

Every perturbation is seeded and pure (text in, text out) so a report can be reproduced exactly.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from medmoe.text.lang import detect_language
from medmoe.text.sentences import split_sentences

# Common abbreviations in Russian and English notes (full form -> abbreviation).
ABBREVIATIONS: dict[str, str] = {
    "артериальное давление": "АД",
    "артериального давления": "АД",
    "частота сердечных сокращений": "ЧСС",
    "частота дыхательных движений": "ЧДД",
    "острая респираторная вирусная инфекция": "ОРВИ",
    "ишемическая болезнь сердца": "ИБС",
    "сахарный диабет": "СД",
    "желудочно-кишечного тракта": "ЖКТ",
    "центральной нервной системы": "ЦНС",
    "blood pressure": "BP",
    "heart rate": "HR",
    "shortness of breath": "SOB",
    "history of": "h/o",
    "chest pain": "CP",
}

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}

_IRRELEVANT = {
    "ru": ["Пациент работает бухгалтером.", "Проживает с семьёй в квартире.", "Аллергологический анамнез "
           "не отягощён.", "Прививки по возрасту.", "Курит около 10 лет."],
    "en": ["The patient works as an accountant.", "Lives with family in an apartment.",
           "No known drug allergies.", "Vaccinations are up to date.", "Former smoker."],
}

def _lang(text: str) -> str:
    # At least half the letters Cyrillic (or no letters at all): a Russian note.
    return detect_language(text, default="ru")


def typos(text: str, rng: random.Random, rate: float = 0.05) -> str:
    """Swap, drop or double a letter in about `rate` of the words longer than 3 letters."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if len(w) > 3 and w.isalpha() and rng.random() < rate * 3:
            j = rng.randrange(1, len(w) - 1)
            op = rng.choice(("swap", "drop", "double"))
            if op == "swap":
                w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
            elif op == "drop":
                w = w[:j] + w[j + 1 :]
            else:
                w = w[:j] + w[j] + w[j:]
            words[i] = w
    return " ".join(words)


def abbreviate(text: str, rng: random.Random) -> str:
    out = text
    for full, abbr in ABBREVIATIONS.items():
        out = re.sub(re.escape(full), abbr, out, flags=re.IGNORECASE)
    return out


def irrelevant_sentence(text: str, rng: random.Random) -> str:
    extra = rng.choice(_IRRELEVANT[_lang(text)])
    sents = split_sentences(text)
    sents.insert(rng.randrange(0, len(sents) + 1), extra)
    return " ".join(sents)


def reorder(text: str, rng: random.Random) -> str:
    sents = split_sentences(text)
    if len(sents) < 2:
        return text
    rng.shuffle(sents)
    return " ".join(sents)


def transliterate(text: str, rng: random.Random) -> str:
    """Cyrillic written in Latin letters, as in notes typed on a keyboard without the Russian layout."""
    out = []
    for ch in text:
        low = ch.lower()
        if low in _TRANSLIT:
            t = _TRANSLIT[low]
            out.append(t.capitalize() if ch.isupper() else t)
        else:
            out.append(ch)
    return "".join(out)


_NEG_RU = [(re.compile(r"\b(жалобы на|беспокоит|беспокоят|отмечает)\b", re.I), r"\1 отсутствие жалоб на")]


def negate(text: str, rng: random.Random) -> str:
    """Turn the main complaint into its negation ("Жалоб нет" / "denies ..."): the prediction must change."""
    lang = _lang(text)
    if lang == "ru":
        return "Жалоб нет. Отрицает: " + text.strip().rstrip(".").lower() + "."
    return "The patient denies all of the following: " + text.strip().rstrip(".").lower() + "."


PERTURBATIONS: dict[str, Callable[[str, random.Random], str]] = {
    "typos": typos,
    "abbreviations": abbreviate,
    "irrelevant_sentence": irrelevant_sentence,
    "reorder": reorder,
    "transliteration": transliterate,
    "negation_flip": negate,
}
