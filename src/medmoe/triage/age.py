"""The patient's age from a triage note, in months, Russian and English.

Why: some red flags depend on age rather than on words. Fever in an infant under 3 months is an emergency
in every triage system (NICE NG143 "red" for any temperature >= 38 C under 3 months; Manchester "hot
baby"), and an unwell child is recognised by an age as often as by the word "ребёнок".

Why so strict: in notes, "3 дня" / "2 weeks" is far more often a duration ("температура 3 дня") than an age,
and a duration read as an age would turn an adult's three-day fever into an infant emergency. A number is
therefore an age only in a form that says so: an age adjective ("2-месячный", "8-week-old", "двухнедельный"),
"N months old", "aged/age N", "в возрасте N", "N weeks of age", or right after a person noun and closing its
phrase ("Ребёнку 2 месяца, ...", "Младенец 3 недели.", "мальчик, 6 недель,"). "Ребенок 3 дня температурит"
is not an age. The words "новорождённый" / "newborn" / "neonate" mean under one month.
"""

from __future__ import annotations

import re

_DAYS_PER_MONTH = 30.44
# unit stem -> months per unit; the keys are regex alternatives matched at a word start
_UNITS = {
    r"дн(?:я|ей|ь)|сут(?:ок|ки)|дневн\w*|days?|d": 1 / _DAYS_PER_MONTH,
    r"недел\w*|нед\.?|недельн\w*|weeks?|wks?|wk": 7 / _DAYS_PER_MONTH,
    r"месяц\w*|мес\.?|месячн\w*|months?|mos?|mths?": 1.0,
    r"год\w*|лет|летн\w*|years?|yrs?|y": 12.0,
}
_NUMBER_WORDS = {
    "один": 1, "одного": 1, "полтора": 1.5, "полутора": 1.5, "два": 2, "две": 2,
    "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_NUM = r"(\d{1,3}(?:[.,]\d)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = "(" + "|".join(_UNITS) + r")(?!\w)"
_PERSON = (r"(?:ребен\w*|младен\w*|малыш\w*|грудничк?\w*|мальчик\w*|девочк\w*|сын\w*|доч\w*|пациент\w*|"
           r"мужчин\w*|женщин\w*|baby|infant|child|boy|girl|son|daughter|patient|man|woman|toddler)")
_NUM_WORD = "(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# a Russian age adjective, written "2-месячный" or as one word "двухмесячный" / "месячный" (one month): the same
# words are duration adjectives ("трехдневная лихорадка", "2-недельный кашель"), so they count only beside a
# person noun ("двухмесячный ребенок", "ребенок 2-месячный", "у 3-недельной девочки")
_ADJ = r"(?:" + _NUM + r"\s*-\s*|" + _NUM_WORD + r"?)(месячн|недельн|дневн|летн)\w*"
_AGE_PATTERNS = [
    re.compile(r"(?<!\w)" + _ADJ + r"\s+(?:\w+\s+)?" + _PERSON),
    re.compile(_PERSON + r"\s+(?<!\w)" + _ADJ),
    # English: "8-week-old", "2 month old", "3 weeks of age"
    re.compile(_NUM + r"\s*-?\s*" + _UNIT + r"\s*-?\s*old(?!\w)"),
    re.compile(_NUM + r"\s*" + _UNIT + r"\s+of\s+age"),
    # "в возрасте 6 недель", "aged 7 weeks", "age: 2 months", "возраст 3 мес"
    re.compile(r"(?:в возрасте|возраст\w*|(?<!\w)aged?)\s*:?\s*" + _NUM + r"\s*" + _UNIT),
    # right after a person noun, closing its phrase: "Ребёнку 2 месяца, ...", "мальчик, 6 недель."
    re.compile(r"(?<!\w)" + _PERSON + r"\s*,?\s*" + _NUM + r"\s*" + _UNIT + r"\s*(?:$|[,.;:)(]|от роду|жизни)"),
]
_NEWBORN = re.compile(r"(?<!\w)(?:новорожденн\w*|новорожд\w*|newborn|neonat\w*|neo-?nate)")


def _months(num: str, unit: str) -> float | None:
    value = _NUMBER_WORDS.get(num)
    if value is None:
        try:
            value = float(num.replace(",", "."))
        except ValueError:
            return None
    for pattern, per_unit in _UNITS.items():
        if re.fullmatch(pattern, unit):
            return value * per_unit
    for stem, per_unit in (("месячн", 1.0), ("недельн", 7 / _DAYS_PER_MONTH), ("дневн", 1 / _DAYS_PER_MONTH),
                           ("летн", 12.0)):
        if unit.startswith(stem):
            return value * per_unit
    return None


def age_months(text: str) -> float | None:
    """The first stated age in months (0.5 for "newborn"), or None when the note states none."""
    norm = text.lower().replace("ё", "е")
    found: list[tuple[int, float]] = []
    for pat in _AGE_PATTERNS:
        for m in pat.finditer(norm):
            groups = [g for g in m.groups() if g is not None]
            num, unit = (groups[-2], groups[-1]) if len(groups) >= 2 else ("1", groups[-1])
            months = _months(num, unit)
            if months is not None:
                found.append((m.start(), months))
    for m in _NEWBORN.finditer(norm):
        found.append((m.start(), 0.5))
    return min(found)[1] if found else None
