"""Date recognizers: numeric, ISO, written months (Russian and English), OCR-damaged, compact (HL7/DICOM), years
of events and birth years.

Why so many shapes: a date is the identifier clinicians write most, in every spelling; a missed date is a leak,
while a measurement or a dose taken for a date only costs readability, so each rule names what it must leave out
(units, fractions, times, ranges of quantities).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from medmoe.deid.entities import Entity
from medmoe.deid.number_words import number_word_recognizers
from medmoe.deid.numeric import NA, NB, UNIT
from medmoe.deid.registry import Recognizer, RegexRecognizer

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
_DATE_NA = r"(?:(?=г(?:г|од\w*)?\.?(?![а-яё]))|" + NA + r")"
# a comma and a digit right after a full date start the next cell of a CSV export ("05/01/1942,312 888 9694"):
# a four-digit year has no decimal part, so the comma cannot be one (a two-digit "1.2.19,5" stays out)
_CELL_END = r"(?=,\d)"
_NUMERIC_DATE = re.compile(NB + r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}" + _CELL_END + r"|(?:\d{4}|\d{2})" + _DATE_NA + ")")
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
    # a season or a part of a year in its other cases: "с осени 2018", "весна 2022 - операция", "до конца 2020"
    "осень",
    "осени",
    "весна",
    "весны",
    "весну",
    "лето",
    "лета",
    "зима",
    "зимы",
    "зиму",
    "начала",
    "конца",
    "середины",
)
_RESULT_WORDS = (
    "negative",
    "positive",
    "отрицательный",
    "отрицательная",
    "отрицательно",
    "отрицательные",
    "положительный",
    "положительная",
    "положительно",
    "положительные",
)  # a test result before the year of the test
_MONTH_YEAR_PREPS = ("с", "со", "в", "во", "от", "до", "по", "since", "in", "from", "until", "by")
# ("по" before another year with "г."/"года" is a span of years: "с 2019 по 2021г." is not grams)
_NO_UNIT_AFTER_YEAR = (
    r"(?![\d\w%]|[.,/]\d|(?:[ \t]*(?:-|–|—|до|по(?![ \t]*(?:19|20)\d\d[ \t]*(?:г|год))|to)[ \t]*\d+)?[ \t]*(?:"
    + _YEAR_UNITS
    + r"(?![\w])|%))"
)


# the year of an event noun (see `EventNounYearRecognizer`); the noun is checked only where a year with "г."
# stands, which is much cheaper than trying the noun at every word
_YEAR_WITH_G = re.compile(r"(?<![\w.])" + _YEAR4 + r"(?=[ \t]*(?:г\.|г\b|гг\.?|года\b|году\b))")
_EVENT_NOUN_BEFORE = re.compile(
    r"(?<![\w])(?:[а-яёА-ЯЁ]{2,}(?:ние|ция|ия|томия|пластика|скопия|графия)|[А-ЯЁ]{2,5})(?:[ \t]+[А-ЯЁ]{2,5})?[ \t]+$"
)


# what makes "NNNN г." grams: a word of weight, food or dose before it on its line ("масса 2000 г", "вес при
# рождении 1980г", "прибавка 1950 г") or right after it ("2000 г. масса при рождении"), a range ("1500-2000 г"),
# or a rate ("2000 г/сут")
_GRAM_WORDS = (
    r"(?i:масс|вес|прибав|набр|потер|похуд|сброс|дефицит|рожден|родил|съе|выпи|доз|суточн|порци|навеск|белк|"
    r"углевод|жир|соли|сахар|продукт|пищ|питани|рацион|смес)"
)
_GRAMS_BEFORE = re.compile(_GRAM_WORDS + r"[^\n\d]{0,25}$|\d[ \t]*[\-–—][ \t]*$")
_GRAMS_AFTER = re.compile(r"[ \t]*г(?:[ \t]*/|\.?[ \t,]*" + _GRAM_WORDS + r")")


class EventNounYearRecognizer(Recognizer):
    """A year written with "г." after it, glued or not, is a year: "холецистэктомия 2010 г.", "Стентирование ПНА
    2016г", "Инфаркт 2012 г.", "роды 2015г, 2018г". Grams are the other reading of "NNNN г.", and they have a word
    of weight or food before them ("Масса 2000 г.", "вес при рождении 1980г"), a range or a rate: those stay out.
    A noun of a medical event right before (-ние/-ция/-ия/-томия/-пластика/-скопия/-графия, or an abbreviation in
    capitals: "ОНМК 2018 г.") is the stronger signal and scores higher."""

    name, types, langs, score = "event_year_noun", ("DATE",), ("ru",), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _YEAR_WITH_G.finditer(text):
            start = max(0, m.start() - 40)
            if _EVENT_NOUN_BEFORE.search(text, start, m.start()):
                yield Entity(m.start(), m.end(), "DATE", self.name, self.score, "year")
            elif 1920 <= int(m.group()) <= 2039 and not (
                _GRAMS_BEFORE.search(text, start, m.start()) or _GRAMS_AFTER.match(text, m.end())
            ):
                yield Entity(m.start(), m.end(), "DATE", self.name, 0.7, "year")


# the first month of a dashed range whose end has the year: "в марте-апреле 2021", "Март–апрель 2022 г."; the
# dash and what follows it are found first (a dash is rare), then the month before it
_DASH_MONTH_YEAR = re.compile(r"[\-–—][ \t]*" + RU_MONTHS + r"[ \t]+" + _YEAR4 + r"(?!\d)")
_MONTH_BEFORE_DASH = re.compile(r"(?<![\w])((?i:" + RU_MONTHS + r"))[ \t]*$")


class MonthDashRangeRecognizer(Recognizer):
    """The first month of "март-апрель 2022": it has no year of its own, the range's end gives it."""

    name, types, langs, score = "date_month_dash_range_start", ("DATE",), ("ru",), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _DASH_MONTH_YEAR.finditer(text):
            b = _MONTH_BEFORE_DASH.search(text, max(0, m.start() - 16), m.start())
            if b is not None:
                yield Entity(b.start(1), b.end(1), "DATE", self.name, self.score)


# two four-digit numbers joined as a span ("from 1900-2000", "between 1930 and 2000")
_FOUR_DIGIT_PAIR = re.compile(
    r"(?<![\w.])(\d{4})[ \t]*(?:-|–|—|to|and|until|till|до|по|и)[ \t]*(\d{4})(?![\w.])"
)


def is_clock_span(text: str, start: int, end: int, this_year: int | None = None) -> bool:
    """True when the four digits text[start:end] are one end of a span of 24-hour clock times, as nursing notes
    write them ("from 1900-2000 settled", "between 2230 and 2330"): both ends are on the quarter hour and one of
    them cannot be a year of an event (before 1930 or after this year). "from 2000 to 2015" stays two years."""
    if end - start != 4:
        return False
    this_year = this_year or dt.date.today().year
    window = text[max(0, start - 20) : min(len(text), end + 20)]
    offset = max(0, start - 20)
    for m in _FOUR_DIGIT_PAIR.finditer(window):
        if m.start(1) + offset != start and m.start(2) + offset != start:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        clock = all(v // 100 <= 23 and v % 100 in (0, 15, 30, 45) for v in (a, b))
        years_after = re.match(r"[ \t]*(?:гг|год|years?|yrs?)", window[m.end() :], re.IGNORECASE) is not None
        if clock and not years_after and 0 < b - a <= 1200 and (min(a, b) < 1930 or max(a, b) > this_year):
            return True
    return False


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
    r"exam|note|noted|seen|since|on|from|until|dated|reviewed|signed)[ \t]*:?[ \t]+$"
    # a due-date or menstrual-date label with its method before the colon: "EDD by LMP (Naegele's rule): 8/7"
    r"|\b(?i:edd|lmp|due[ \t]+date)\b[^\n\d:]{0,30}:[ \t]*$"
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

# a form field named "Дата ...:" of one or two words ("Дата заболевания:", "Дата первичного обращения:"): its
# value is a date even without a year
_DATED_FIELD = r"(?:дата|date)(?:[ \t]+[а-яёa-z]+){1,2}[ \t]*:"

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


# a span of years of a life event ("USMC 1968-1972", "methotrexate 2019–2021", "работал 1998-2005"): both years,
# the second after the first and within a lifetime; a range of quantities ("1500-2000 ml") has a unit after it
_YEAR_RANGE = re.compile(
    r"(?<![\w\-./])(19\d{2}|20[0-3]\d)[ ]?[–\-][ ]?(19\d{2}|20[0-3]\d)(?![\w\-]|[.,]\d)(?![ \t]*(?:" + _YEAR_UNITS + r"|kcal|kJ|cal|calories)(?![\w]))"
)


class YearRangeRecognizer(Recognizer):
    """Both years of a range of years of a life event (see `_YEAR_RANGE`)."""

    name, types, score = "year_range", ("DATE",), 0.8

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        for m in _YEAR_RANGE.finditer(text):
            if 0 < int(m.group(2)) - int(m.group(1)) < 90:
                for g in (1, 2):
                    yield Entity(m.start(g), m.end(g), "DATE", self.name, self.score, "year")


def date_recognizers() -> list[Recognizer]:
    flags = re.IGNORECASE
    return [
        *number_word_recognizers(),
        YearRangeRecognizer(),
        NumericDateRecognizer(),
        # "ОАК от 12.03", "с 12.03 по 15.03": day and month without a year, only after a preposition and not
        # followed by a unit (so "до 12.05 ммоль/л" stays)
        RegexRecognizer(
            "date_day_month",
            ("DATE",),
            r"(?<![\w])(?i:" + _DATE_WORDS + r"|" + _DATED_FIELD + r")[ \t]+(" + _DAY_MONTH + ")"
            r"(?![\d]|[.,]\d|\s*" + UNIT + ")",
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
            r"(?![ \t]*" + UNIT + ")",
            0.7,
            group=1,
            langs=("ru",),
        ),
        # a day.month with a clock time after it: "02.03 17:50", "30.04 к 10:00", "12.05 в 9.30", "3.01 около
        # 22:00"; the time may end a sentence ("Дневник. 17.11, 7:00. Пациент ..."), but not be a decimal run
        # ("12.05 9.30.5")
        RegexRecognizer(
            "date_day_month_time",
            ("DATE",),
            r"(?<![\w.,/])(" + _DAY_MONTH + r")(?=,?[ \t]+(?:(?:в|к|at|около|примерно|about|around)[ \t]+)?"
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
            r"[ \-/]?" + _DAY + r")(?![\w\-/]|[.,]\d|[ \t]*" + UNIT + r"\b)",
            0.85,
            langs=("en",),
        ),
        # the start day of a range: "с 13 по 25 февраля 2019 г.", "с 3-го по 10 мая"
        RegexRecognizer(
            "date_ru_range_start",
            ("DATE",),
            # (and of a night: "в ночь с 3 на 4 марта")
            r"(?<![\w])(?i:с|со)[ \t]+(" + _DAY + r")(?:-?(?:го|е))?[ \t]+(?i:по|до|на)[ \t]+"
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
        MonthDashRangeRecognizer(),
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
            NB + _DAY + r"([./\s-])" + ROMAN_MONTHS + r"\1(?:" + _YEAR4 + r"|\d{2})" + _DATE_NA,
            0.9,
        ),
        RegexRecognizer(
            "date_iso",
            ("DATE",),
            NB
            + _YEAR4
            + r"([-./])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])"
            # the clock time after it stays outside, as after every other date ("2021-03-04 08:15",
            # "2021-03-04T08:15"): a time alone identifies no one, and the date shift of pseudonymization keeps it
            + r"(?:(?=T\d{2}:\d{2})|"
            + _CELL_END
            + "|"
            + _DATE_NA
            + ")",
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
            r"начале|конце|середине|течение|осен[иь]|весн[аыу]|лет[оа]|зим[аыу]|начала|конца|середины)\s+("
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
        EventNounYearRecognizer(),  # "холецистэктомия 2010 г.", "ОНМК 2018г"
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
        # the year of a test after its result, closing the clause: "Mantoux negative 2016.", "ПЦР отрицательный
        # 2021;" (a count after a result has a unit or goes on: "positive 2000 copies", "положительный 1500 ед")
        RegexRecognizer(
            "event_year_result",
            ("DATE",),
            r"(" + _LISTED_YEAR + r")" + _after_word(_RESULT_WORDS, r"\d{4}") + r"(?=[ \t]*(?:[.;,)](?!\d)|\n|$))",
            0.75,
            group=1,
            subtype="year",
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
        # a year written short in speech-like notes: "осенью 21-го года", "в 98-м году" (not a year of life or of an
        # illness: "на 5-м году жизни", "на 3-м году болезни")
        RegexRecognizer(
            "event_year_short_ru",
            ("DATE",),
            r"(?<![\w.\-])(\d{2})-?(?:го|м)[ \t]+год(?:а|у)(?![а-яё])"
            r"(?![ \t]+(?:жизни|болезни|заболевания|лечения|наблюдения|брака|обучения|службы|работы))",
            0.75,
            langs=("ru",),
            group=1,
            subtype="year",
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
        # a year after a procedure or an event of a past history list: "appendicectomy 1995,", "TKR 2019.",
        # "MI 2015, CVA 2018" (a noun in -ectomy/-otomy/-plasty/-scopy/..., or a listed abbreviation of a cardiac,
        # vascular, orthopaedic or obstetric event; a lab value in capitals, "CK 2000", is not one of them); the
        # year must end the item (a comma, a stop, a bracket, the line) so "TKR 2000 units" stays out
        RegexRecognizer(
            "event_year_noun_en",
            ("DATE",),
            r"(?<![\w])(?:[A-Za-z]{2,}(?:ectomy|otomy|ostomy|plasty|scopy|graphy|pexy|rrhaphy)|"
            r"(?:N?STEMI|MI|CVA|TIA|PE|DVT|CABG|PCI|PTCA|TKR|THR|TKA|THA|AVR|MVR|TAVI|ICD|PPM|ORIF|TURP|LSCS|VBAC))"
            r"[ \t]+\(?(" + _YEAR4 + r")\)?(?=[ \t]*(?:[,.;:)]|\n|$))",
            0.8,
            langs=("en",),
            group=1,
            subtype="year",
        ),
        # a day and month of an English clinic list: after a weekday or "w/c" (week commencing) in digits ("Tues 5/3
        # clinic", "w/c 12/03 physio"), or with a month abbreviation after a hyphen ("12-Mar: bloods")
        RegexRecognizer(
            "date_en_weekday_dm",
            ("DATE",),
            r"(?<![\w])(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?,?|w/c)[ \t]+("
            + _DAY
            + r"/(?:0?[1-9]|1[0-2]))(?![\w/]|[.,]\d)|(?<![\w.,/\-])("
            + _DAY
            + r"-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))(?![\w\-])",
            0.8,
            langs=("en",),
            group="any",
        ),
        # the years of a relative's birth and death in a family history: "Mother (b. 1931, d. 2019)", "Father
        # (1950-2015) MI", "отец (1941–2003), ИМ"
        RegexRecognizer(
            "life_years",
            ("DATE",),
            # the year first (the engine then skips to digits), what stands before it in fixed-width lookbehinds
            r"(" + _YEAR4 + r")(?:(?<=(?<![\w.])[bd]\.\d{4})|(?<=(?<![\w.])[bd]\.[ \t]\d{4}))(?![\w]|[.,]\d)"
            r"|(" + _YEAR4 + r")(?<=\(\d{4})(?=[\-–]" + _YEAR4 + r"\))"
            r"|(" + _YEAR4 + r")(?:(?<=\(\d{4}-\d{4})|(?<=\(\d{4}–\d{4}))(?=\))",
            0.75,
            group="any",
        ),
        # a season's year written short: "in autumn '19", "summer of ’21"
        RegexRecognizer(
            "season_year_short_en",
            ("DATE",),
            r"(?<![\w])(?i:spring|summer|autumn|fall|winter|christmas|xmas|easter)[ \t]+(?:of[ \t]+)?(['’]\d{2})(?![\w])",
            0.8,
            langs=("en",),
            group=1,
            subtype="year",
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
            r"(?:early|mid|late)[\s\-]+|(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?|"  # "fall": US autumn
            # a holiday of a year ("over Christmas 2022", "Easter 2021")
            r"(?:Christmas|Xmas|Easter|New[ \t]+Year['’]?s?(?:[ \t]+(?:Eve|Day))?|Thanksgiving|Ramadan|Diwali)[ \t]+)("
            + _YEAR4
            # a winter written with its second year short ("the winter of 2020-21") still starts in 2020
            + r")(?!\d|[/.]\d|-(?!\d{2}(?!\d))\d|\s*(?:mg|mcg|ml|mL|g|kg|units?|IU|patients?|cases?|people|"
            r"participants?)\b)",
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
