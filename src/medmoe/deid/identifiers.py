"""Recognizers for identifiers, contacts and dates: regular expressions plus check digits and context.

Why context windows: numbers without a checksum (passport, OMS policy, record numbers) look like any other
number; the words before them ("паспорт", "полис ОМС", "история болезни №", "MRN") are what make them
personal. Numbers that do carry a checksum (SNILS, INN) are accepted without context when it validates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.checksums import inn_valid, nhs_valid, nric_valid, sa_id_valid, snils_valid
from medmoe.deid.entities import Entity
from medmoe.deid.registry import Recognizer, RegexRecognizer

_NB = r"(?<![\w.])"  # not glued to a word or a decimal point before
_NA = r"(?![\w]|[.,]\d)"  # not glued after (a trailing sentence dot is fine)


def _context_before(text: str, start: int, words: re.Pattern[str], window: int) -> bool:
    return words.search(text[max(0, start - window) : start]) is not None


class ContextNumberRecognizer(Recognizer):
    """A number pattern accepted when `validate` passes, or when a context word precedes it."""

    def __init__(
        self,
        name: str,
        type_: str,
        pattern: str,
        context: str,
        window: int = 40,
        validate: object = None,
        score_valid: float = 0.95,
        score_context: float = 0.9,
        subtype: str = "",
        need_context: bool = False,
    ) -> None:
        self.name, self.types, self.subtype = name, (type_,), subtype
        self.pattern = re.compile(pattern)
        self.context = re.compile(context, re.IGNORECASE)
        self.window, self.validate = window, validate
        self.score_valid, self.score_context, self.need_context = score_valid, score_context, need_context
        self.score = score_valid

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in self.pattern.finditer(text):
            s, e = m.span()
            ctx = _context_before(text, s, self.context, self.window)
            ok = callable(self.validate) and self.validate(m.group())
            if ok and not self.need_context:
                yield Entity(s, e, self.types[0], self.name, self.score_valid, self.subtype)
            elif ctx:
                yield Entity(s, e, self.types[0], self.name, self.score_context, self.subtype)


# ---------------------------------------------------------------------------------------------- dates
RU_MONTHS = (
    r"(?:январ[ьяеюё]\w*|феврал\w*|март\w*|апрел\w*|ма[йяею]|июн[ьяею]\w*|июл[ьяею]\w*|август\w*|"
    r"сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|янв\.?|февр?\.?|мар\.?|апр\.?|июн\.?|июл\.?|авг\.?|сент?\.?|окт\.?|нояб?\.?|дек\.?)"
)
EN_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DAY_MONTH = _DAY + r"\.(?:0[1-9]|1[0-2])"  # "12.03": a date without its year
_YEAR4 = r"(?:1[89]\d{2}|20\d{2})"

# a year may be glued to "г."/"года" ("15.06.2023г."): the suffix stays outside the span
_DATE_NA = r"(?:(?=г(?:г|од\w*)?\.?(?![а-яё]))|" + _NA + r")"
_NUMERIC_DATE = re.compile(_NB + r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})" + _DATE_NA)
ROMAN_MONTHS = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_YEAR_APOS = r"['’‘]\d{2}"  # "Jan 5 '21"
# what may not follow a bare year: another digit or a decimal part, or a unit, possibly after a range to a second
# number ("с 1900 до 2000 мл", "in 2000-3000 patients"): then the number is a quantity, not a year
_YEAR_UNITS = (
    r"(?:мл|мг|мкг|г|кг|ед|МЕ|ЕД|раз|шт|м|км|ккал|мм|см|л|руб|р|мкмоль|ммоль|нг|пг|шагов|"
    r"mg|mcg|ml|mL|g|kg|units?|IU|patients?|cases?|people|participants?|steps|times|cells|ft|m|km)"
)
# a plausible year of an event written alone, without a preposition (narrower than _YEAR4: "(1800)" may be kcal)
_LISTED_YEAR = r"(?:19\d{2}|20[0-3]\d)"
_MONTH_YEAR_END = r"(?![\d/]|[.,]\d)" + _DATE_NA  # "03.2021" is not the start of "03.2021.5" or "03/2021/x"


def _after_word(words: tuple[str, ...], tail: str) -> str:
    """Lookbehinds for "word, a space or tab, then `tail`" (lower case and capitalised), to put after the digits
    of a year: a pattern that starts with the digits lets the regex engine skip to the digits, which is several
    times faster in running text than trying the preposition at every position (each lookbehind has a fixed
    width, so every word gets its own)."""
    forms = dict.fromkeys(w for word in words for w in (word, word[:1].upper() + word[1:]))
    return "(?:" + "|".join(r"(?<=(?<![\w.])" + w + r"[ \t]" + tail + ")" for w in forms) + ")"


_SPAN_PREPS = ("in", "from", "during", "between", "since", "в", "во", "с", "со")  # before a span of years
_BARE_YEAR_PREPS = (
    "с",
    "со",
    "в",
    "во",
    "после",
    "летом",
    "зимой",
    "весной",
    "осенью",
    "начале",
    "конце",
    "середине",
)
_MONTH_YEAR_PREPS = ("с", "со", "в", "во", "от", "до", "по", "since", "in", "from", "until", "by")
_NO_UNIT_AFTER_YEAR = (
    r"(?![\d\w%]|[.,/]\d|(?:[ \t]*(?:-|–|—|до|по|to)[ \t]*\d+)?[ \t]*(?:" + _YEAR_UNITS + r"(?![\w])|%))"
)


class NumericDateRecognizer(Recognizer):
    """dd.mm.yyyy, dd/mm/yy, mm/dd/yyyy, dd-mm-yyyy: either day-month order is accepted if plausible."""

    name, types, score = "date_numeric", ("DATE",), 0.9

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _NUMERIC_DATE.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            if (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31):
                if (
                    m.group(2) == "-"
                    and len(m.group(4)) == 2
                    and not _DATE_LABEL_RIGHT_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
                ):
                    continue  # 12-05-19 is more often a range or a code than a date, unless a date label says so
                yield Entity(m.start(), m.end(), "DATE", self.name, self.score)


_UNIT = r"(?:мг|мкг|ммоль|мкмоль|г/л|г|%|мл|ед|ЕД|мм|см|кг|°|x|х|×|mg|ml|mmol|cm|mm|kg)"


# scanned or retyped notes: letter O for zero and stray spaces around or inside the parts ("О9.02.1944",
# "24 .04.2023", "18.04.2 024"); accepted only when the cleaned string is a valid dd.mm.yyyy date
_OCR_D = r"[0-9ОOо]"
_OCR_DATE = re.compile(
    r"(?<![\w.])("
    + _OCR_D
    + r"{1,2}[ ]?\.[ ]?"
    + _OCR_D
    + r"[ ]?"
    + _OCR_D
    + r"?[ ]?\.[ ]?"
    + _OCR_D
    + r"(?:[ ]?"
    + _OCR_D
    + r"){3})(?!:\d)"
    + _DATE_NA
)  # "21.03.20 21:30" is a date and a time


def clean_ocr_date(value: str) -> str:
    """ "О9.02.1 944" -> "09.02.1944": letter O to zero, spaces dropped (also used to parse such dates)."""
    return re.sub(r"\s", "", value.translate(str.maketrans("ОOо", "000")))


class OcrDateRecognizer(Recognizer):
    """dd.mm.yyyy with OCR noise; clean dates are left to `NumericDateRecognizer`."""

    name, types, score = "date_ocr", ("DATE",), 0.85

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _OCR_DATE.finditer(text):
            raw = m.group(1)
            clean = clean_ocr_date(raw)
            if clean == raw:
                continue
            parts = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.((?:1[89]|20)\d{2})", clean)
            if parts and 1 <= int(parts.group(1)) <= 31 and 1 <= int(parts.group(2)) <= 12:
                yield Entity(m.start(1), m.end(1), "DATE", self.name, self.score)


# what follows a fraction of a dose, not a month/day: "1/2 tab", "5/5 strength", "from 3/4 to 1/2 tablet"
_NOT_FRACTION = (
    r"(?![/\d]|[.,]\d|(?:[ \t]+(?:to|-)[ \t]+\d+/\d+)?[ \t]*"
    r"(?i:mg|mcg|ml|tab|cap|pill|dose|strength|power|of\b))"
)
_MD = re.compile(r"(?<![\w/.,:])(\d{1,2})/(\d{1,2})" + _NOT_FRACTION)
_MD_LABEL_BEFORE = re.compile(
    r"(?i:date|admit|admitted|admission|discharge|discharged|triage|collected|received|sent|surgery|visit|"
    r"exam|note|seen|since|on|from|until|dated|reviewed|signed)[ \t]*:?[ \t]+$"
)
_MD_TIME_AFTER = re.compile(r"[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")


class EnMonthDayRecognizer(Recognizer):
    """US/UK month/day or day/month without a year where the layout says date: after a date label ("Admit:
    1/19", "Exam date: 6/30", "SOCIAL WORK NOTE 1/21"), before a clock time ("Collected: 4/12 06:05", "Triage
    7/7 03:12"), alone on a line of a letter, or closing a signature line ("-- Name, PharmD, 8/12"). Both
    numbers must fit a date, so "120/80", "5/5 strength" and "1/2 tab" stay."""

    name, types, langs, score = "date_en_label_md", ("DATE",), ("en",), 0.7

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _MD.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            before, after = text[line_start : m.start()], text[m.end() : line_end]
            ok = (
                _MD_LABEL_BEFORE.search(before[-40:]) is not None
                or _MD_TIME_AFTER.match(after) is not None
                or (not before.strip() and not after.strip())
                or (before.rstrip().endswith(",") and not after.strip() and len(before) > 3)
            )
            if ok:
                yield Entity(m.start(), m.end(), "DATE", self.name, self.score)


# words after which a bare day.month is a date: appointments, diary entries, admissions ("Явка 21.09")
_DATE_WORDS = (
    r"(?:от|с|по|до|на|к|from|on|since|явк\w*|дневник\w*|дн\.|набл\.|приход\w*|при[её]м\w*|визит\w*|"
    r"повторн\w*|запис\w*|контрол\w*|госпитализ\w*|поступ\w*|выпис\w*|осмотр\w*|операци\w*|дата|"
    r"состояние\s+на|назначен\w*)"
)


# HL7 v2 / DICOM dates and timestamps: YYYYMMDD[HHMM[SS[.ffff]]][+ZZZZ] ("PID|...|19600514|", "DA [19720131]",
# "StudyDate: 20230115"). Eight digits alone are also record numbers, so a segment line or a date label decides.
_COMPACT_DATE = re.compile(
    r"(?<![\w.+\-])(" + _YEAR4 + r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?(?:[+-](?:[01]\d|2[0-3])[0-5]\d)?)(?![\w])"
)
_HL7_SEGMENT_LINE = re.compile(r"[A-Z][A-Z0-9]{2}\|")  # used with .match(text, line_start)
# a date label just before a value, as a word or a camel-case part ("DOB:", "StudyDate=", "(0010,0030) DA [")
_DATE_LABEL = (
    r"(?:(?:(?<![\w])|(?<=[a-z])(?=[A-Z]))(?i:date|dob|d\.o\.b|born|birth|dt|dtm|time|timestamp|дата|рожд\w*|д\.р\.)"
    r"|\b(?:DA|DT|TM)\b)"
)
_DATE_LABEL_BEFORE = re.compile(_DATE_LABEL + r"[^\n\d]{0,12}$")
# right before, with only punctuation between: "D.O.B. 12-03-56" (not "от *ДАТА* лейкоциты 10-20-13")
_DATE_LABEL_RIGHT_BEFORE = re.compile(_DATE_LABEL + r"\.?[ \t]*[:=]?[ \t]*$")


class CompactDateRecognizer(Recognizer):
    """YYYYMMDD dates (with an optional time) on an HL7 segment line or right after a date label."""

    name, types, score = "date_compact", ("DATE",), 0.9

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _COMPACT_DATE.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _HL7_SEGMENT_LINE.match(text, line_start) or _DATE_LABEL_BEFORE.search(
                text[max(line_start, m.start() - 30) : m.start()]
            ):
                yield Entity(m.start(1), m.end(1), "DATE", self.name, self.score)


def date_recognizers() -> list[Recognizer]:
    flags = re.IGNORECASE
    return [
        NumericDateRecognizer(),
        # "ОАК от 12.03", "с 12.03 по 15.03": day and month without a year, only after a preposition and not
        # followed by a unit (so "до 12.05 ммоль/л" stays)
        RegexRecognizer(
            "date_day_month",
            ("DATE",),
            r"(?<![\w])(?i:" + _DATE_WORDS + r")[ \t]+(" + _DAY_MONTH + ")"
            r"(?![\d]|[.,]\d|\s*" + _UNIT + ")",
            0.7,
            group=1,
            langs=("ru",),
        ),
        # a day.month before a shift or time of day in a nurse's note: "м/с поста: 27.08 утро", "пост 2 06.07 ночь"
        RegexRecognizer(
            "date_day_month_shift",
            ("DATE",),
            r"(?<![\w.,])(" + _DAY_MONTH + r")[ \t]+(?=(?i:ночь|утро|утром|день|днём|днем|вечер|"
            r"вечером|смена|дежурство|ночное|дневное)(?![а-яё]))",
            0.7,
            group=1,
            langs=("ru",),
        ),
        # a day.month opening a line of a table or a list ("15.03  ОАК: норма", "12.05 - осмотр"), never a unit
        RegexRecognizer(
            "date_day_month_line",
            ("DATE",),
            r"(?m)^[ \t•*\-]*(" + _DAY_MONTH + r")(?=[ \t]*[-—–:|)]|[ \t]+[А-ЯЁA-Zа-яё])"
            r"(?![ \t]*" + _UNIT + ")",
            0.7,
            group=1,
            langs=("ru",),
        ),
        # a day.month with a clock time after it: "02.03 17:50", "30.04 к 10:00", "12.05 в 9.30"; the time may
        # end a sentence ("Дневник. 17.11, 7:00. Пациент ..."), but not be a decimal run ("12.05 9.30.5")
        RegexRecognizer(
            "date_day_month_time",
            ("DATE",),
            r"(?<![\w.,/])(" + _DAY_MONTH + r")(?=,?[ \t]+(?:(?:в|к|at)[ \t]+)?"
            r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d|[.,]\d))",
            0.75,
            group=1,
        ),
        OcrDateRecognizer(),
        # "on 3/12", "since 11/2" (English month/day after a preposition; "5/5" strength has none)
        RegexRecognizer(
            "date_en_month_day",
            ("DATE",),
            r"(?<![\w])(?i:on|since|from|until|till|through|thru|dated|seen)\s+((?:0?[1-9]|1[0-2])/"
            + _DAY
            + ")"
            + _NOT_FRACTION,
            0.7,
            group=1,
            langs=("en",),
        ),
        EnMonthDayRecognizer(),
        CompactDateRecognizer(),
        # a month abbreviation glued to or hyphenated with the day and year, as database exports and lab systems
        # print them: "05MAR2021", "05-Mar-21", "2021-Mar-09", "2021MAR09"
        RegexRecognizer(
            "date_compact_month",
            ("DATE",),
            r"(?<![\w\-/])(?:"
            + _DAY
            + r"[ \-/]?(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[ \-/]?"
            r"(?:"
            + _YEAR4
            + r"|\d{2})|"
            + _YEAR4
            + r"[ \-/]?(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
            r"[ \-/]?" + _DAY + r")(?![\w\-/]|[.,]\d|[ \t]*" + _UNIT + r"\b)",
            0.85,
            langs=("en",),
        ),
        # the start day of a range: "с 13 по 25 февраля 2019 г.", "с 3-го по 10 мая"
        RegexRecognizer(
            "date_ru_range_start",
            ("DATE",),
            r"(?<![\w])(?i:с|со)[ \t]+(" + _DAY + r")(?:-?(?:го|е))?[ \t]+(?i:по|до)[ \t]+"
            r"(?=" + _DAY + r"(?:-?(?:го|е))?[ \t]+" + RU_MONTHS + r"|" + _DAY_MONTH + r"(?![\d]))",
            0.8,
            group=1,
            langs=("ru",),
        ),
        # the start day of an English range: "from 3 to 15 March", "between 3rd and 15th of March"; and of a
        # hyphenated range in either language: "3-15 March 2024", "3–15 марта"
        RegexRecognizer(
            "date_en_range_start",
            ("DATE",),
            r"(?<![\w])(?i:from|between)[ \t]+("
            + _DAY
            + r"(?:st|nd|rd|th)?)[ \t]+(?i:to|and|until|till|through)[ \t]+"
            r"(?=" + _DAY + r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:" + EN_MONTHS + r")(?![\w]))",
            0.8,
            group=1,
            langs=("en",),
        ),
        RegexRecognizer(
            "date_range_dash_start",
            ("DATE",),
            r"(?<![\w.,/\-])("
            + _DAY
            + r")[\-–—](?="
            + _DAY
            + r"(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:"
            + EN_MONTHS
            + r"|"
            + RU_MONTHS
            + r")(?![\w]))",
            0.8,
            group=1,
        ),
        # both years of a span in a history: "в 2020-2021 гг.", "в 2015–2017 годах"
        RegexRecognizer(
            "event_year_span",
            ("DATE",),
            r"(?<![\w.\-])"
            + _YEAR4
            + r"(?=[\-–—]"
            + _YEAR4
            + r"[ \t]*(?:гг|годах|годы|годов)(?![а-яё]))|(?<=\d{4}[\-–—])"
            + _YEAR4
            + r"(?=[ \t]*(?:гг|годах|годы|годов)(?![а-яё]))",
            0.8,
            subtype="year",
        ),
        # both years of a span after a preposition: "in 2019-2020", "from 2015–2017", "в 2019-2020", "between 2015
        # and 2017" (each lookbehind has a fixed width, so the second year is tied to its preposition)
        RegexRecognizer(
            "event_year_span_prep",
            ("DATE",),
            r"("
            + _YEAR4
            + r")(?:"
            + _after_word(_SPAN_PREPS, r"\d{4}")
            + r"(?=(?:[\-–—]|[ \t]+and[ \t]+)"
            + _YEAR4
            + _NO_UNIT_AFTER_YEAR
            + r")|"
            + _after_word(_SPAN_PREPS, r"\d{4}[\-–—]\d{4}")
            + r"|"
            + _after_word(("between",), r"\d{4}[ \t]and[ \t]\d{4}")
            + r")"
            + _NO_UNIT_AFTER_YEAR,
            0.8,
            group=1,
            subtype="year",
        ),
        # a month alone at the start of a range whose end has the year: "С марта по май 2023 г.", "from March to
        # May 2023", "March-May 2023": the year belongs to both months
        RegexRecognizer(
            "date_month_range_start",
            ("DATE",),
            r"(?<![\w])(?:(?i:с|со)[ \t]+("
            + RU_MONTHS
            + r")(?=[ \t]+(?:по|до)[ \t]+"
            + RU_MONTHS
            + r"[ \t]+"
            + _YEAR4
            + r")|(?:(?i:from)[ \t]+)?("
            + EN_MONTHS
            + r")(?=(?:[ \t]+(?i:to|until|till|through)[ \t]+|[ \t]*[\-–—][ \t]*)"
            + EN_MONTHS
            + r",?[ \t]+"
            + _YEAR4
            + r"))(?![\w])",
            0.8,
            group="any",
        ),
        # a misspelt month between a day and a year ("19 октебря 2020", "20 февряля 2024"): the month's first
        # letters and a year after it
        RegexRecognizer(
            "date_ru_misspelt",
            ("DATE",),
            r"(?<![\w])(?:«?"
            + _DAY
            + r"»?[ \t]+(?:янв|фев|мар|апр|ма|июн|июл|авг|сен|окт|ноя|дек)[а-яё]{1,7}"
            r"[ \t]+" + _YEAR4 + r")" + _DATE_NA,
            0.8,
            langs=("ru",),
            flags=re.IGNORECASE,
        ),
        # "12.III.2024", "12/XI/19": a Roman month between a day and a year
        RegexRecognizer(
            "date_roman",
            ("DATE",),
            _NB + _DAY + r"([./\s-])" + ROMAN_MONTHS + r"\1(?:" + _YEAR4 + r"|\d{2})" + _DATE_NA,
            0.9,
        ),
        RegexRecognizer(
            "date_iso",
            ("DATE",),
            _NB
            + _YEAR4
            + r"([-./])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
            + r"(?:[T ]\d{2}:\d{2}(?::\d{2})?)?"
            + _DATE_NA,
            0.95,
        ),
        RegexRecognizer(
            "date_ru_text",
            ("DATE",),
            # "«28» июня 2024" (a form's quoted day), "8 октября 2015г." ("г." stays outside, as in numbers)
            r"(?<![\w])(?:«?"
            + _DAY
            + r"»?(?:-?(?:го|е|ого))?\s+"
            + RU_MONTHS
            + r"(?:\s+"
            + _YEAR4
            + r")?"
            + r"|"
            + RU_MONTHS
            + r"\s+"
            + _YEAR4
            + r")"
            + _DATE_NA,
            0.9,
            langs=("ru",),
            flags=flags,
        ),
        RegexRecognizer(
            "date_en_text",
            ("DATE",),
            r"(?<![\w])(?!(?-i:may)\s+\d{1,2}(?![\d\w])(?!,?\s+(?:" + _YEAR4 + "|" + _YEAR_APOS + ")))"
            r"(?:"
            + EN_MONTHS
            + r"\s+"
            + _DAY
            + r"(?:st|nd|rd|th)?(?:,?\s+"
            + _YEAR4
            + r")?"
            + r"|"
            + _DAY
            + r"(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + EN_MONTHS
            + r"(?:,?\s+"  # "5th June, plan unchanged": the comma is the sentence's
            + _YEAR4
            + r")?"
            + r"|"
            + EN_MONTHS
            + r"(?:,|\s+of)?\s+(?:"  # "March, 2019", "January of 2019", "Jan '21"
            + _YEAR4
            + r"|"
            + _YEAR_APOS
            + r")"
            + r"|"
            + _DAY
            + r"-"
            + EN_MONTHS
            + r"-(?:"
            + _YEAR4
            + r"|\d{2}))(?:,?\s*"
            + _YEAR_APOS
            + r")?(?!\w)",
            0.9,
            langs=("en",),
            flags=flags,
        ),
        RegexRecognizer(
            "birth_year",
            ("DATE",),
            r"(?<![\w.])(" + _YEAR4 + r")(?=\s*(?:г\.?\s*р\.?|г\.?\s*рожд|гг?\.?\s*рождения|года\s+рождения|"
            r"г\.\s*рождения|yob\b))",
            0.9,
            group=1,
            subtype="birth_year",
            flags=flags,
        ),
        # A year of an event ("в 2019 г. перенёс ОНМК", "с 2015 года", "in 2019"): dates in a medical history
        # narrow down who the patient is, and i2b2-style annotation (and both of our independent held-out
        # corpora) count them. A preposition or "году/года" is required, so "Масса 2000 г." (grams) and "1500 мл"
        # stay; English needs a preposition and no unit after the number.
        RegexRecognizer(
            "event_year",
            ("DATE",),
            r"(?<![\w.])(?:в|во|с|со|до|от|по|к|около|после|между|и|начиная\s+с|летом|зимой|весной|осенью|"
            r"начале|конце|середине|течение)\s+("
            + _YEAR4
            + r")(?=\s*(?:г\.|г\b|гг\.|года\b|году\b|год\b|-?(?:го|м)\s+год))",
            0.8,
            langs=("ru",),
            group=1,
            subtype="year",
            flags=flags,
        ),
        # a year right after a past-tense verb or participle of an event, with "г."/"года" after it: "Перенесла
        # 2015 г. — операция", "выявлен 2019 г." (hurried notes drop the preposition). Weight verbs stay out:
        # "набрала 2000 г" is grams.
        RegexRecognizer(
            "event_year_verb",
            ("DATE",),
            # the lookahead (one possessive scan of the word) rejects a word with no year after it cheaply
            r"(?<![\w])(?=[а-яё]{2,}+[ \t]+(?:1[89]|20)\d\d)"
            r"(?:перен[её]с|умер|(?!(?:вес|набр|приба|похуд|потер|сбр[ао]с|съел|выпил))[а-яё]{2,}"
            r"(?:л|ла|ли|лся|лась|лись)|[а-яё]{2,}(?:ован|ен|ён)[аоы]?)[ \t]+("
            + _YEAR4
            + r")(?=[ \t]*(?:г\.|г\b|года\b|году\b))",
            0.8,
            langs=("ru",),
            group=1,
            subtype="year",
            flags=flags,
        ),
        # a year after "с"/"в"/"после" without "г."/"года" ("болезнь Крона с 2019, ремиссия", "в 2015 перенесла"),
        # and the end of "с 2010 по 2015": no unit, number or range to a number with a unit after it, so
        # "в 2000 мл", "с 1900 до 2000 мг" stay out
        RegexRecognizer(
            "event_year_bare",
            ("DATE",),
            r"("
            + _YEAR4
            + r")(?:"
            + _after_word(_BARE_YEAR_PREPS, r"\d{4}")
            + r"|(?<=\d[ \t]по[ \t]\d{4}))"
            + _NO_UNIT_AFTER_YEAR,
            0.75,
            langs=("ru",),
            group=1,
            subtype="year",
            flags=flags,
        ),
        # a month and year in digits ("с 03.2021", "since 12/2019", "ОАК 11.2023: норма"): a two-digit month, or
        # a one-digit month after a preposition, so that "1.2019" alone (a decimal) stays out
        RegexRecognizer(
            "date_month_year",
            ("DATE",),
            r"(?:(?:0[1-9]|1[0-2])(?<![\w.,/\-]\d\d)|[1-9](?=[./]\d{4})"  # a cheap test before the lookbehinds
            + _after_word(_MONTH_YEAR_PREPS, r"\d")
            + r")[./]"
            + _YEAR4
            + _MONTH_YEAR_END,
            0.8,
        ),
        # a year in brackets after a diagnosis or an operation ("appendicectomy (2015)", "ОНМК (2018)"), and a
        # year that opens a line of a history list ("1998 - appendicectomy", "Операции: 2015 — холецистэктомия")
        RegexRecognizer(
            "event_year_listed",
            ("DATE",),
            r"(?<=\()("
            + _LISTED_YEAR
            + r")(?=\))|(?:^|(?<=:)|(?<=\n))[ \t]*(?:[-•*][ \t]*)?("
            # English nursing notes open lines with 24-hour times ("2000 - pt settled", "1930: obs"): before
            # Latin text only years that cannot be a time (1960-1999) count
            + _LISTED_YEAR
            + r"(?=[ \t]*(?:г\.?[ \t]*)?[-–—:][ \t]*[А-Яа-яЁё])|19[6-9]\d(?=[ \t]*[-–—:][ \t]*[A-Za-z]))",
            0.75,
            group="any",
            flags=re.MULTILINE,
        ),
        # a year right after the person's patronymic in a header line: "Ф.И.О.: Петрова Анна Ильинична, 1961"
        RegexRecognizer(
            "birth_year_after_name",
            ("DATE",),
            r"(?:вич|вна|чна|кызы|оглы|угли|кизи),[ \t]+("
            + _YEAR4
            + r")(?![\w]|[.,/\-]\d|[ \t]*(?:г\.|гг|года?\b))",
            0.8,
            langs=("ru",),
            group=1,
            subtype="birth_year",
        ),
        RegexRecognizer(
            "event_year_word",
            ("DATE",),
            r"(?<![\w.])(" + _YEAR4 + r")(?=\s+(?:года|году)\b)",
            0.8,
            langs=("ru",),
            group=1,
            subtype="year",
            flags=flags,
        ),
        RegexRecognizer(
            "event_year_en",
            ("DATE",),
            # "in 2019", "since early 2015", "in the summer of 2019", "late 2020", "s/p PCI 2017", "dx 2015"
            # "died 2013", "retired 2015": a life event's verb before the year (family and social history)
            r"(?<![\w.])(?:s/p(?:[ \t]+[A-Za-z][\w\-]*){1,3}[ \t]+|(?:dx|diagnosed)[ \t]+|"
            r"(?i:died|passed[ \t]+away|deceased|married|divorced|widowed|retired|emigrated|immigrated)[ \t]+"
            r"(?:in[ \t]+)?|"
            r"(?:in|since|from|until|till|during|by|before|after)\s+(?:(?:early|mid|late)[\s\-]+|"
            r"the\s+(?:spring|summer|autumn|fall|winter|beginning|end|start|middle)\s+of\s+)?|"
            r"(?:early|mid|late)[\s\-]+|(?:spring|summer|autumn|winter)\s+(?:of\s+)?)("
            + _YEAR4
            + r")(?!\d|[/.\-]\d|\s*(?:mg|mcg|ml|mL|g|kg|units?|IU|patients?|cases?|people|participants?)\b)",
            0.8,
            langs=("en",),
            group=1,
            subtype="year",
            flags=flags,
        ),
        RegexRecognizer(
            "year_context",
            ("DATE",),
            r"(?:(?:год\s+рождения|г\.\s*р\.|д\.\s*р\.|дата\s+рождения|рожд[её]н[аы]?|родил(?:ся|ась)"
            r"|born(?:\s+in)?|DOB|YOB|year\s+of\s+birth)"
            # whose birth: "год рождения матери 1948", "year of birth (father): 1950"
            r"(?:[ \t]+\(?(?:[а-яё]+|mother|father|son|daughter|wife|husband|patient|child)\)?){0,2}"
            r"\s*[:\-]?\s*(?:в\s+)?)(" + _YEAR4 + r")(?![\d\-/]|\.\d)",
            0.85,
            group=1,
            subtype="birth_year",
            flags=flags,
        ),
    ]


# ------------------------------------------------------------------------------------------ contacts
_PHONE_CTX = (
    r"(?:тел\.?|телефон\w*|т\.|моб\.?|мобильн\w+|сот\.?|сотов\w+|phone|tel\.?|mobile|cell|ph\.?|fax|факс)"
)


def contact_recognizers() -> list[Recognizer]:
    sep = r"[ \t\u00a0\-().]{0,3}"  # never a line break: "Tel: +44 20 7946 0538\n\n28 January" is two things
    return [
        RegexRecognizer(
            "phone_ru",
            ("PHONE",),
            r"(?<![\w+])(?<!№)(?<!№ )(?:\+\s?7|8|7)"  # a number after "№" is a document number
            # ten digits after the country/trunk prefix, however grouped: "8173571327" (9 after the 8) and a
            # 13-digit registration number are not phones
            + r"(?=(?:[ \t\u00a0\-().]{0,3}\d){10}(?!\d))"
            + sep
            + r"\(?\d{3,5}\)?(?:"
            + sep
            + r"\d){5,7}(?!\d)"
            + r"(?:\s*(?:доб\.?|ext\.?|x)\s*\d{1,5})?",
            0.85,
        ),
        RegexRecognizer(
            "phone_intl", ("PHONE",), r"(?<![\w+])\+\d{1,3}(?:[ \t\u00a0\-().]{0,2}\d){7,13}(?!\d)", 0.85
        ),
        # national numbers with a trunk 0 (UK and most of Europe): "0113 651 4656", "07700 900196", "020 7946 0538"
        RegexRecognizer(
            "phone_trunk0",
            ("PHONE",),
            r"(?<![\w+.,/])(?:\(0\d{1,4}\)[ \-]?|0\d{2,4}[ \-])(?:\d{3,4}[ \-]?\d{3,4}|\d{6})(?![\d.,/]\d|\d)",
            0.8,
        ),
        # a one-digit area code (NZ, AU, IE): "04 207 5005", "03 9327 5427"
        RegexRecognizer(
            "phone_trunk0_short",
            ("PHONE",),
            r"(?<![\w+.,/:])0[2-9][ \-]\d{3,4}[ \-]\d{4}(?![\d.,/]\d|\d|[ \-]\d)",
            0.8,
        ),
        # mobiles written without spaces or in their national grouping, typed inside a sentence: a UK mobile
        # "07700900123", an Australian "0412345678", an Indian "98765 43210" / "098765 43210" (5 + 5 digits)
        RegexRecognizer(
            "phone_mobile_compact",
            ("PHONE",),
            r"(?<![\w+.,/\-])(?:07[1-9]\d{8}|04\d{8}|0?[6-9]\d{4}[ \-]\d{5})(?![\w\-/]|[.,]\d|[ \-]\d)",
            0.75,
        ),
        # a Russian city number "123-45-67" (3-2-2 digits, the way Russian numbers are always written) typed in a
        # sentence without a label; a date is 2-2-2 or 2-2-4 and a range has no two-digit groups
        RegexRecognizer(
            "phone_ru_city",
            ("PHONE",),
            r"(?<![\w\-./,:])\d{3}-\d{2}-\d{2}(?![\w\-/]|[.,]\d)",
            0.6,
        ),
        # any number of 8-15 digits after a phone label is a phone, whatever its shape: "Mobile: 9783957105"
        RegexRecognizer(
            "phone_labelled",
            ("PHONE",),
            r"(?<![\w])(?i:ph|phone|tel|telephone|mobile|mob|cell|contact[ \t]+(?:no|number))\.?[ \t]*[:\-]?[ \t]*"
            r"((?=(?:[ \-]?\d){8,15}(?![\d.,/]))\+?\d[\d \-]*\d)",  # 8: Singapore, Hong Kong
            0.9,
            group=1,
        ),
        RegexRecognizer(
            "phone_en",
            ("PHONE",),
            r"(?<![\w+])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?!\d)"
            r"(?![ \t]*(?:" + _UNIT + r"|units?)(?![\w]))"  # "100 200 3000 units" is a count
            r"(?:\s*(?:ext\.?|x)\s*\d{1,5})?",
            0.8,
            langs=("en",),
        ),
        RegexRecognizer(
            "phone_ru_no_country",
            ("PHONE",),
            r"(?<![\w+)])\(\d{3,5}\)\s?\d{1,3}[\s\-]?\d{2}[\s\-]?\d{2}(?!\d)",
            0.8,
        ),
        RegexRecognizer(
            "phone_local",
            ("PHONE",),
            r"(?<![\w])(?i:"
            + _PHONE_CTX
            # "Тел. регистратуры 196-20-66", "телефон пациента: 223-25-15": a word or two may stand between
            + r"|звонить|позвонить|звоните|перезвонить|дозвониться|связаться|(?:по|на)[ \t]+номер\w*)"
            r"(?:[ \t]+(?:на|по|с|[а-яё]{2,})){0,2}[:.\s]*"
            r"(?:\(\d{3,5}\)\s*)?(\d{1,3}-\d{2}-\d{2}|\d{3}-\d{4}|\d{5,7})(?!\d|[ \-]\d)",
            0.8,
            group=1,
        ),
        RegexRecognizer(
            "email",
            ("EMAIL",),
            r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,}(?![\w])",
            0.98,
            flags=re.IGNORECASE,
        ),
        RegexRecognizer(
            "url",
            ("URL",),
            r"(?:https?://|ftp://|www\.)[^\s<>\"'«»]+[^\s<>\"'«».,;:!?)\]]",
            0.95,
            flags=re.IGNORECASE,
        ),
        RegexRecognizer(
            "domain",
            ("URL",),
            r"(?<![\w@.\-/])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:ru|рф|com|org|net|su|info|med|health|io)"
            r"(?:/[^\s<>\"'«»]*[^\s<>\"'«».,;:!?)\]])?(?![\w@])",
            0.8,
        ),
        RegexRecognizer(
            "ipv4",
            ("URL",),
            r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d]|\.\d)",
            0.9,
            subtype="ip",
        ),
        RegexRecognizer(
            "ipv6",
            ("URL",),
            r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![\w:])",
            0.9,
            subtype="ip",
        ),
    ]


# --------------------------------------------------------------------------------------- identifiers
_MRN_CTX = (
    r"(?:истори[яиюей]\s+болезни|и/б|ИБ|медицинск\w+\s+карт\w*|медкарт\w*|амбулаторн\w+\s+карт\w*|"
    r"карт\w*\s+(?:пациента|больного|стационарного\s+больного)|№\s*карты|карт[аы]|направлени[еяю]|талон\w*|"
    r"протокол\w*\s+(?:исследования|операции)|номер\s+пациента|ID\s+пациента|код\s+пациента|ЭЛН|"
    r"листок\s+нетрудоспособности|больничн\w+\s+лист\w*|рецепт\w*|заявк[аиеу]|ЕНП|"
    r"MRN|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)|patient\s+(?:ID|number|no\.?)|"
    r"account\s+(?:number|no\.?|#)|acct\.?\s*(?:number|no\.?|#)?|case\s+(?:number|no\.?|#)|chart\s+(?:number|no\.?|#)|accession\s+(?:number|no\.?|#)|"
    r"encounter\s+(?:ID|number)|SSN|social\s+security(?:\s+(?:number|no\.?|#))?|Medicare(?:\s+(?:ID|number|no\.?|#))?|"
    r"Medicaid(?:\s+(?:ID|number|no\.?|#))?|health\s+(?:card|insurance)(?:\s+(?:number|no\.?|#))?|"
    r"member\s+(?:ID|number)|insurance\s+(?:ID|number)|policy\s+(?:number|no\.?|#)|NHS(?:\s+(?:number|no\.?|#))?)"
)

# labels of identifiers of English-speaking health systems (AU/NZ/IE/UK/CA/IN): acronyms in capitals, words in any case
_HEALTH_ID_LABELS = (
    r"NHI|IHI|URN?|UHID|MRD|MRN|CRN|PPSN|PPS|HCN|PHN|CHI|ULI|RAMQ|ABHA|CPSO|AHPRA|WSIB|IP[ \t]*No|OP[ \t]*No|"
    r"IPD[ \t]*No|OPD[ \t]*No|(?i:aadhaa?r|provider[ \t]+(?:no|number)|prescriber[ \t]+(?:no|number)|"
    r"hospital[ \t]+(?:no|number)|hosp[ \t]+no|unit[ \t]+record(?:[ \t]+(?:no|number))?|"
    r"registration[ \t]+(?:no|number)|reg[ \t]+no|health[ \t]+(?:card|number)|medicare(?:[ \t]+(?:card|no|number))?|"
    r"claim[ \t]+(?:no|number)|licen[cs]e[ \t]+(?:no|number)|reference[ \t]+(?:no|number)|ref[ \t]+no)"
)

# ("МК" = медицинская карта only with "№": "МК 278" is uric acid, мочевая кислота)
# "№"/"No."/"#" numbers are personal when a personal document names them (any length: "талон № 45",
# "ИБ № 7-19", "рецепт серия 45 № 12"), and not when the nearest noun is a drug pack, ward, school or
# hospital ("таблетки № 20", "палата № 5", "ГКБ № 1"): the closer of the two words decides.
_DOC_WORDS = re.compile(
    r"(?<![\w])(?:карт\w*|истори\w+|ИБ|и/б|МК|талон\w*|направлени\w*|заявк\w*|ЭЛН|листок\w*|листк\w*|рецепт\w*|полис\w*|"
    r"ЕНП|справк\w*|выписк\w*|бланк\w*|удостоверени\w*|свидетельств\w*|договор\w*|пропуск\w*|заказ\w*|"
    r"протокол\w*|комисси\w*|ВК|исследовани\w*|анализ\w*|образ[е]?ц\w*|проб[аыу]|заключени\w*|"
    r"record|chart|account|acct|case|claim|policy|referral|prescription|requisition|specimen|accession|MRN)(?![\w])",
    re.IGNORECASE,
)
_NOT_DOC_WORDS = re.compile(
    r"(?<![\w])(?:таб\w*|капс\w*|амп\w*|флак\w*|пак\w*|свеч\w*|шприц\w*|палат\w*|кабинет\w*|каб\.|отделени\w*|"
    r"корпус\w*|этаж\w*|ГКБ|ГБ|КБ|ГП|ДГП|ЖК|консультаци\w*|ФАП|больниц\w*|поликлиник\w*|роддом\w*|школ\w*|гимнази\w*|лице[йяюе]\w*|СОШ|д/с|"
    r"сад\w*|бригад\w*|подстанци\w*|форм[аыуе]|лицензи\w*|licen[cs]e|room|ward|bed|floor|tab\w*|caps\w*|item|step|grade|class|stage)(?![\w])",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"(?:№|(?<![\w])No\.|#)\s*:?\s*((?=[\w/\-]*\d)[A-ZА-ЯЁ0-9][\w/\-]*(?<=[\w]))")


class DocumentNumberRecognizer(Recognizer):
    """A "№"/"No."/"#" number of any length whose nearest noun on the same line is a personal document."""

    name, types, score = "document_number", ("ID",), 0.88

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _NUMBERED.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            window = text[max(line_start, m.start() - 50) : m.start()]
            doc = [d.end() for d in _DOC_WORDS.finditer(window)]
            block = [b.end() for b in _NOT_DOC_WORDS.finditer(window)]
            if doc and (not block or doc[-1] > block[-1]):
                yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")


# A generic label of an identifier, English or Russian: words in any case, acronyms in capitals only ("ur", "fin",
# "mbi" in lowercase are words). Up to two lowercase Russian words or a capitals abbreviation may stand between the
# label and the value ("Карта вызова 123", "полис ОМС 7712...", "номер амбулаторной карты 45-2231").
_ID_LABEL = (
    r"(?:(?i:accession|acc|acct|account|claim|policy|member|subscriber|certificate|passport|identifier|"
    r"record|chart|case|visit|encounter|episode|admission|order|requisition|specimen|sample|study|ticket|booking|"
    r"reference|ref|driver['’]?s[ \t]+licen[cs]e|employee|badge|folio|folder|file|unit[ \t]+number|lab[ \t]+number|"
    r"medical[ \t]+aid|"
    r"patient[ \t]+number|номер|карт[аыуе]|полис\w*|свидетельств\w*|талон\w*|вызов\w*|идентификатор\w*|"
    r"паспорт\w*|удостоверени\w*|справк\w*|заявк\w*|направлени\w*|протокол\w*|договор\w*|"
    r"рег(?:истрационный)?\.?[ \t]*№)"
    r"|MRN|URN?|NHI|SSN|NPI|MBI|NRIC|FIN|UBRN|CHI|NHS|HCN|PHN|DEA|HICN|IHI|MRD|ID|ЭЛН|ИБ|и/б|ЕНП|СНИЛС|ОМС|"
    # an encounter or account of US systems (CSN, HAR); a clinician's registration (GMC, NMC, GPhC, HPCSA, MCR)
    r"CSN|HAR|GMC|NMC|GPhC|HPCSA|MCR|"
    r"No|Nr|№|#|no\.(?=[ \t]*:?[ \t]*\d))"  # lowercase "no." only before a number ("GEMS no. 71479")  # not "МК" (мочевая кислота), "NO" (nitric oxide), "DL" (decilitre) as bare labels
)
# the first letters of every label above, both cases: a cheap test at each position before the ~45-way
# alternation is tried (halves the rule's time; the matches are the same)
_ID_LABEL_FIRST = r"(?=[AaBbCcDdEeFfGHhIiLlMmNnOoPpRrSsTtUuVvВвДдЕеЗзИиКкНнОоПпРрСсТтУуЭэ№#])"
_ID_LABELLED = re.compile(
    # a snake-case field name counts ("АМБ_КАРТА: 534100"); "Серия и номер: 10 279071", "Case ref: 88"
    _ID_LABEL_FIRST + r"(?<![^\W_])" + _ID_LABEL + r"(?![^\W\d_])\.?(?:[ \t]*\([^()\n]{1,16}\))?"
    r"(?:[ \t]+(?:о|об|и|[а-яё]{3,16}|ОМС|ДМС|СМП|ВМП|(?i:number|no\.?|num|id|ref|reference|#)))?"
    r"(?:[ \t]+(?:[а-яё]{3,16}|(?i:number|no\.?|#)))?"
    r"[ \t]*[:#№=]?[ \t]*"
    # a document's series and number ("45 118830", "45 12 118830"), or one code with 3+ digits
    r"(\d{2}(?:[ ]?\d{2})?[ ]\d{6}|(?=(?:[\w\-/]*\d){3})[A-ZА-ЯЁ0-9][\w\-/]*(?<=\w)(?:[ ]\d{3,6}(?![\w/\-]))*)"
    r"(?![\w]|[.,:]\d)"
)
# what a number after such a label must not be: a measurement or dose, a time, an age, a date, an ICD-10 code
_ID_NOT_AFTER = re.compile(
    r"[ \t]*(?:" + _UNIT + r"|mcg|mmhg|bpm|units?|iu|%|min|mins|hours?|hrs?|h|ч|мин|лет|года?|years?|yo|y/o|"
    r"yrs?|weeks?|wks?|days?|дн\w*|нед\w*|мес\w*|months?)(?![\w])",
    re.IGNORECASE,
)
# nouns before a generic label whose numbers are not a person's: legal acts ("приказом ... № 390н"), and parts of
# an address ("Flat No. 702", "кв. № 12")
_ID_NOT_BEFORE = re.compile(
    r"(?<![\w])(?:приказ\w*|постановлени\w*|распоряжени\w*|закон\w*|ФЗ|ГОСТ|СанПиН|act|regulation|"
    r"address|адрес\w*|flat|apt|apartment|suite|unit|house|building|block|plot|door|box|кв\.?|квартир\w*|дом\w*|д\.|офис\w*|"
    r"строени\w*|участ\w*)(?![\w])",
    re.IGNORECASE,
)
# values that are not identifiers: a date, an ICD-10 code, a time, a blood pressure or ratio ("visit 120/80"), a
# bare year ("study 2019")
_ID_NOT_VALUE = re.compile(
    r"\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4}|[A-Z]\d{2}(?:\.\d{1,2})?|\d{1,2}:\d{2}|\d{2,3}/\d{2,3}|(?:19|20)\d{2}"
)


class LabelledIdRecognizer(Recognizer):
    """A value with 3+ digits right after an identifier label, in any document layout: "Acc 99123", "Policy
    77-1234-99", "UBRN 1234 5678 9012", "Вызов № 457", "Карта вызова 123". Why a generic rule: every new kind of
    document (HL7 dump, OCRed letter, form, table) brings its own labels, and a label plus a number is the one
    shape they share. Kept out: doses, times, ages and dates after the label, ICD codes, and the numbers of rooms,
    wards, beds, hospitals and drug packs (the nearest noun before the label decides, as for "№")."""

    name, types, score = "labelled_id_generic", ("ID",), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _ID_LABELLED.finditer(text):
            value = m.group(1)
            if _ID_NOT_VALUE.fullmatch(value) or _ID_NOT_AFTER.match(text, m.end(1)):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - 25) : m.start()]
            act = text[max(line_start, m.start() - 45) : m.start()]  # "приказом Минздрава России № 390н"
            if (_NOT_DOC_WORDS.search(before) or _ID_NOT_BEFORE.search(act)) and not _DOC_WORDS.search(
                text, m.start(), m.start(1)
            ):
                continue
            yield Entity(m.start(1), m.end(1), "ID", self.name, self.score, "record")


def _snils_not_phone(value: str) -> bool:
    """A valid SNILS checksum, unless the digits are written like a Russian mobile ("89828094085"): one in
    eleven numbers passes mod 101 by chance, and an unformatted 8/7 + 9.. number is a phone far more often."""
    return snils_valid(value) and re.fullmatch(r"[78]9\d{9}", value) is None


def id_recognizers() -> list[Recognizer]:
    return [
        ContextNumberRecognizer(
            "snils",
            "ID",
            _NB + r"\d{3}[\- ]?\d{3}[\- ]?\d{3}[\- ]?\d{2}" + _NA,
            r"СНИЛС|страхов\w+\s+номер|SNILS",
            30,
            _snils_not_phone,
            0.97,
            0.9,
            "snils",
        ),
        ContextNumberRecognizer(
            "inn",
            "ID",
            _NB + r"\d{12}" + _NA,
            r"ИНН|INN|TIN",
            20,
            inn_valid,
            0.9,
            0.9,
            "inn",
        ),
        # a 10-digit ИНН is an organisation's, and one ten-digit number in nine passes its check digit by chance
        # (an Australian mobile "0412345678", a phone typed without spaces): only with its label
        ContextNumberRecognizer(
            "inn10",
            "ID",
            _NB + r"\d{10}" + _NA,
            r"ИНН|INN|TIN",
            20,
            inn_valid,
            0.9,
            0.9,
            "inn",
            need_context=True,
        ),
        # a Russian international passport: 2 + 7 digits ("Загранпаспорт (Passport): 75 6115971")
        ContextNumberRecognizer(
            "passport_foreign",
            "ID",
            _NB + r"\d{2}[ \t]?\d{7}" + _NA,
            r"загранпаспорт|заграничн\w+\s+паспорт|passport",
            30,
            None,
            0.9,
            0.9,
            "passport",
            need_context=True,
        ),
        ContextNumberRecognizer(
            "oms",
            "ID",
            _NB + r"\d(?:[ \-]?\d){15}" + _NA,  # 16 digits in any grouping
            r"полис|ОМС|ЕНП|страхов|policy|insurance",
            50,
            None,
            0.9,
            0.92,
            "oms",
            need_context=True,
        ),
        RegexRecognizer("digits16", ("ID",), _NB + r"\d{16}" + _NA, 0.7, subtype="oms"),
        ContextNumberRecognizer(
            "passport_ru",
            "ID",
            _NB + r"\d{2}\s?\d{2}[\s,]*(?:(?:№|N|номер|no\.?)\s*)?\d{6}" + _NA,
            r"паспорт|серия|удостоверени|passport",
            40,
            None,
            0.9,
            0.92,
            "passport",
            need_context=True,
        ),
        RegexRecognizer(
            "birth_certificate",
            ("ID",),
            r"(?<![\w])[IVXLCІ1]{1,6}\s?-\s?[А-ЯЁA-Z]{2}\s*(?:№|N)?\s*\d{6}(?!\d)",
            0.95,
            subtype="birth_certificate",
        ),
        RegexRecognizer(
            "record_number",
            ("ID",),
            r"(?<![\w])(?i:" + _MRN_CTX + r")(?![^\W\d_])\s*(?:[:#№N]|No\.?|номер|number)?\s*[:#№]?\s*"
            r"((?=[\w/\-]*\d)[A-ZА-ЯЁ0-9][\w/\-]*\w)",
            0.9,
            group=1,
            subtype="record",
        ),
        DocumentNumberRecognizer(),
        LabelledIdRecognizer(),
        # the patient's ids of a DICOM header dump, by tag (PatientID, OtherPatientIDs, AccessionNumber, StudyID),
        # keyword-first ("(0010,0020) PatientID  LO  9096422") or as dcmdump prints it ("(0010,0020) LO [9096422]")
        RegexRecognizer(
            "dicom_id",
            ("ID",),
            r"(?m)^\((?:0010,0020|0010,1000|0008,0050|0020,0010)\)(?:[ \t]+[A-Za-z]+)?[ \t]+[A-Z]{2}[ \t]+\[?"
            r"([A-Za-z0-9][\w\-/]*\d[\w\-/]*)",
            0.9,
            group=1,
            subtype="record",
        ),
        # HL7 v2 identifiers: a CX value with its assigning authority and type code ("7788123^^^GENHOSP^MR"), and
        # the id number of a person (XCN) before the family^given name ("|4471^PATEL^RAVI^^^^DR|")
        RegexRecognizer(
            "hl7_cx",
            ("ID",),
            r"(?<=[|~])([A-Za-z0-9][\w\-]{2,})\^[^|^\n]*\^[^|^\n]*\^[^|^\n]*\^"
            r"(?:MR|MRN|PI|PT|AN|VN|SS|DL|NI|PN|HC|MC|MA|NH|PPN|BR|EN|PRN)(?![\w])",
            0.9,
            group=1,
            subtype="record",
        ),
        RegexRecognizer(
            "hl7_xcn",
            ("ID",),
            r"(?<=[|~])(\d{2,})\^(?=[A-Za-z][A-Za-z'\-]+\^[A-Za-z])",
            0.85,
            group=1,
            subtype="record",
        ),
        # national identifiers recognised by their check digits, with or without a label: Singapore NRIC/FIN
        # ("S1234567D"), South African ID (13 digits: birth date, citizenship, Luhn)
        ContextNumberRecognizer(
            "nric",
            "ID",
            r"(?<![\w])[STFG]\d{7}[A-Z](?![\w])",
            r"NRIC|FIN",
            20,
            nric_valid,
            0.95,
            0.9,
            "record",
        ),
        ContextNumberRecognizer(
            "sa_id", "ID", _NB + r"\d{13}" + _NA, r"\bID\b|identity", 30, sa_id_valid, 0.95, 0.9, "record"
        ),
        # a US Medicare Beneficiary Identifier by its shape (11 characters, letters without S L O I B Z, digits in
        # fixed positions: "1EG4-TE5-MK73"); no word or other code has it
        RegexRecognizer(
            "mbi",
            ("ID",),
            r"(?<![\w\-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
            r"[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w\-])",
            0.9,
            subtype="record",
        ),
        ContextNumberRecognizer(
            "nhs",
            "ID",
            _NB + r"\d{3}[ \-]?\d{3}[ \-]?\d{4}" + _NA,
            r"NHS",
            30,
            nhs_valid,
            0.95,
            0.92,
            "nhs",
            need_context=True,
        ),
        ContextNumberRecognizer(
            "ssn",
            "ID",
            _NB + r"\d{3}-\d{2}-\d{4}" + _NA,
            r"SSN|SS[ \t]*#|social\s+security",  # "SS# 433-61-9005": the hurried form of the label
            30,
            None,
            0.8,
            0.95,
            "ssn",
        ),
        RegexRecognizer(
            "ssn_format",
            ("ID",),
            _NB + r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}" + _NA,
            0.7,
            subtype="ssn",
        ),
        # a code after an identifier label: "Hosp No RR7160556", "BCBS ID W289411439", "№ исследования: УЗ706496"
        RegexRecognizer(
            "labelled_code",
            ("ID",),
            r"(?:(?<![\w])(?:ID|No\.?|Nr\.?|NO\.?|Number|номер|код)|№[ \t]*[а-яё]+[ \t]*:)[ \t]*[:#№]?[ \t]*"
            r"((?=(?:[\w\-/]*\d){4})[A-ZА-ЯЁ0-9][\w\-/]*(?<=\w))(?![\w])",
            0.8,
            group=1,
            subtype="record",
        ),
        # the value after a label of a personal document or code: "Health Card (OHIP): 9276-492-378-MT",
        # "Серия 60МО № 263026", "код подразделения 770-001", "Номер образца: PCR-22-854817"
        RegexRecognizer(
            "labelled_id_value",
            ("ID",),
            r"(?<![\w])(?i:health[ \t]+card|OHIP|card[ \t]+(?:no\.?|number|#)|серия|код[ \t]+подразделения|"
            r"номер[ \t]+(?:образца|записи|заявки|талона|полиса|карты|направления|протокола|пробы|договора|"
            r"рецепта|пациента|истории|обращения)|штрих-?код\w*(?:[ \t]+(?:пробы|образца|пробирки))?|barcode|"
            r"полис\w*(?:[ \t]+(?:ДМС|ОМС))?|талон\w*(?:[ \t]+ВМП)?|"
            r"specimen[ \t]+(?:id|no\.?|number)|sample[ \t]+(?:id|no\.?))"
            r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*[:#№]?[ \t]*"
            r"((?=(?:[\w\-.]*\d){2})[A-ZА-ЯЁ0-9][\w\-]*(?:\.\d+)*(?<=\w))(?![\w])",
            0.9,  # a label beats the shape of a phone number ("Specimen ID: 8174678000")
            group=1,
            subtype="record",
        ),
        # the value after a label of a national or hospital identifier, written the way English-speaking systems
        # print them: "NHI GKK9786", "(UR 347653)", "UHID: MRD2025/473685", "Aadhaar: 3865 0186 1442",
        # "IHI: 8003 6013 5344 7789", "PPSN: 5810094AA", "Provider no. 874669AB", "CPSO 58697", "IP No: IP2016908".
        # The acronyms are matched in capitals only ("ur" is not a label); the value needs 3+ digits and may
        # continue in space-separated groups of 3-4 digits.
        RegexRecognizer(
            "labelled_health_id",
            ("ID",),
            r"(?<![\w])(?=[NIUMCPHROAWLaprhclum])(?:" + _HEALTH_ID_LABELS + r")(?![\w])\.?"
            r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*(?:(?i:no\.?|number|#)[ \t]*)?[:#]?[ \t]*"
            r"((?=(?:[A-Za-z/\-]*\d){3})[A-Z0-9][\w/\-]*(?<=\w)(?:[ ]\d{3,4}(?![\w/\-]))*)(?![\w])",
            0.9,
            group=1,
            subtype="record",
        ),
        # letters glued to 5+ digits are a code in a clinical note: specimen, study, policy numbers ("УЗ706496")
        RegexRecognizer(
            "coded_number",
            ("ID",),
            r"(?<![\w\-/.])[A-ZА-ЯЁ]{1,4}-?\d{5,}(?![\w\-/]|[.,]\d)",
            0.6,
            subtype="record",
        ),
        # 8+ digits split by hyphens with a group of 5+ ("84-6478149"): an identifier when no phone or date explains
        # it; "130-140-144/95" (a range of pressures) has no long group
        RegexRecognizer(
            "long_number_hyphen",
            ("ID",),
            r"(?<![\w./\-])(?=[\d\-]*\d{5})(?=(?:\d-?){8,}(?![\d\-]))\d{2,}(?:-\d{2,})+(?![\w/\-]|[.,]\d)",
            0.5,
            subtype="number",
        ),
        RegexRecognizer("long_number", ("ID",), r"(?<![\w./])\d{8,}" + _NA, 0.5, subtype="number"),
        # any "№"/"#" followed by a number of 4+ digits or a coded number is a document or record number;
        # "ГКБ №1", "гимназия №3" (short numbers of institutions) are left alone
        RegexRecognizer(
            "numbered",
            ("ID",),
            r"(?:№|#|N(?=\s*\d))\s*:?\s*((?:[A-ZА-ЯЁ]{1,3}-?)?\d{4,}(?:[/\-]\d+)*|\d{1,4}/\d{2,4}|"
            r"[A-ZА-ЯЁ]{1,3}-\d{3,}(?:[/\-]\d+)*)(?![\w/])",
            0.75,
            group=1,
            subtype="record",
        ),
    ]
