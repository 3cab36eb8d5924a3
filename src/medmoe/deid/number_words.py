"""Dates and phone numbers dictated in words, as speech recognition writes them: "двадцать третьего марта две
тысячи двадцать четвёртого", "the third of may nineteen fifty four", "восемь девять один шесть ...".

Why a separate recognizer: a transcript has no digits, so no numeric rule can see these, yet a date of birth or a
mobile number in words identifies the patient as surely as in figures. Each pattern needs a structure that
ordinary prose does not produce: an ordinal day next to a month name (a bare "second" or "первого" is left
alone), a year only as "тысяча девятьсот ...-ого" or "nineteen ..." after a date or before "года", and ten or
more digit words in a row for a phone. Pseudonymization cannot parse these spans and writes "[DATE]" for them
(`pseudonyms.py` falls back to the tag), which is safe.
"""

from __future__ import annotations

import re

from medmoe.deid.dates import EN_MONTHS, RU_MONTH_FORMS
from medmoe.deid.registry import Recognizer, RegexRecognizer

# --- English ---------------------------------------------------------------------------------------------------
_EN_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_EN_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_EN_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_1_99 = r"(?:" + _EN_TENS + r"(?:[ \-]" + _EN_UNIT + r")?|" + _EN_TEEN + "|" + _EN_UNIT + ")"
_EN_ORD_UNIT = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_EN_ORD = (
    r"(?:(?:twenty|thirty)[ \-]" + _EN_ORD_UNIT + r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|" + _EN_ORD_UNIT + ")"
)
_EN_MONTH = "(?:" + "|".join(EN_MONTHS) + ")"
# "nineteen fifty four", "nineteen oh five", "two thousand and twenty four", "twenty twenty five"
_EN_YEAR = (
    r"(?:nineteen[ ](?:"
    + _EN_1_99
    + r"|oh[ ]"
    + _EN_UNIT
    + r"|hundred)|two[ ]thousand(?:[ ]and)?(?:[ ]"
    + _EN_1_99
    + r")?|twenty[ ](?:"
    + _EN_1_99
    + r"|oh[ ]"
    + _EN_UNIT
    + r"))"
)
# "may first" opens a sentence as often as it names a day ("you may first need ..."): as a month before the day,
# "may" needs "the"/"on" before it or a year after the day
_EN_MONTH_FIRST = (
    r"(?:(?!may[ ])"
    + _EN_MONTH
    + r"|(?<=the[ ])may|(?<=on[ ])may|may(?=[ ](?:the[ ])?"
    + _EN_ORD
    + r",?[ ]"
    + _EN_YEAR
    + r"))"
)
_EN_DATE = re.compile(
    r"(?<![\w])(?:"
    + _EN_ORD
    + r"[ ]of[ ]"
    + _EN_MONTH
    + "|"
    + _EN_MONTH_FIRST
    + r"[ ](?:the[ ])?"
    + _EN_ORD
    + r")"
    r"(?:,?[ ]" + _EN_YEAR + r")?(?![\w\-])",
    re.IGNORECASE,
)
_EN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"

# --- Russian ---------------------------------------------------------------------------------------------------
_RU_ORD_STEM = (
    r"(?:перв|втор|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|"
    r"пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)"
)
_RU_ORD = r"(?:" + _RU_ORD_STEM + r"(?:ого|ое|ый|ом)|трет(?:ьего|ье|ий|ьем))"
_RU_DAY = r"(?:(?:двадцать|тридцать)[ ])?" + _RU_ORD
_RU_MONTH = "(?:" + "|".join(RU_MONTH_FORMS["gent"]) + ")"
_RU_DECADE = r"(?:двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто)"
_RU_YEAR_ORD = (
    r"(?:"
    + _RU_ORD_STEM
    + r"|трет|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)(?:ого|ье|ий|ом|ьего|ьем)"
)
_RU_YEAR = r"(?:тысяча[ ]девятьсот|две[ ]тысячи)(?:[ ]" + _RU_DECADE + r")?[ ]" + _RU_YEAR_ORD
_RU_DATE = re.compile(
    # a day and its month, with the year if one follows; or a year in words before "года"/"году"/"г."
    r"(?<![\w])(?:"
    + _RU_DAY
    + r"[ ]"
    + _RU_MONTH
    + r"(?:[ ]"
    + _RU_YEAR
    + r")?|"
    + _RU_YEAR
    + r"(?=[ ]г(?:од|\.)))"
    r"(?![\w])",
    re.IGNORECASE,
)
_RU_DIGIT = r"(?:ноль|нуль|один|два|три|четыре|пять|шесть|семь|восемь|девять)"

# ten or more digit words in a row (a mobile, optionally after "plus"); a count never runs this long
_PHONE_WORDS = re.compile(
    r"(?<![\w])(?:(?:plus|плюс)[ ])?(?:"
    + _EN_DIGIT
    + r"(?:[ ]"
    + _EN_DIGIT
    + r"){9,12}|"
    + _RU_DIGIT
    + r"(?:[ ]"
    + _RU_DIGIT
    + r"){9,12})(?![\w])",
    re.IGNORECASE,
)


# every spoken date names its month (a year alone in Russian says "тысяч..."): a substring test per month is far
# cheaper than trying the patterns at every word
_EN_GATE = tuple(w for m in EN_MONTHS for w in (m, m.capitalize(), m.upper()))
_RU_GATE = tuple(w for m in RU_MONTH_FORMS["gent"] for w in (m, m.capitalize(), m.upper())) + (
    "тысяч",
    "Тысяч",
    "ТЫСЯЧ",
)


# a mobile read out starts with its trunk or country code: "восемь ...", "плюс семь ...", "zero seven ...", "oh one ..."
_PHONE_GATE = ("семь", "Семь", "СЕМЬ", "плюс", "Плюс", "zero", "Zero", "ZERO", "oh ", "Oh ", "OH ")


def number_word_recognizers() -> list[Recognizer]:
    """Spoken dates (English and Russian) and phone numbers read out digit by digit."""
    return [
        RegexRecognizer("date_words_en", ("DATE",), _EN_DATE, 0.85, gate=_EN_GATE),
        RegexRecognizer("date_words_ru", ("DATE",), _RU_DATE, 0.85, gate=_RU_GATE),
        RegexRecognizer(
            "phone_words",
            ("PHONE",),
            _PHONE_WORDS,
            0.85,
            gate=_PHONE_GATE,
        ),
    ]
