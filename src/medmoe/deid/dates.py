"""Parse a detected date string and write another date in exactly the same format.

Why keep the format: a shifted date must read like the original ("12 марта 1975" -> "3 мая 1975",
"03/25/2020" -> "07/09/2020") so downstream parsers and readers see a normal note, and the interval between
two dates of one patient is unchanged because both move by the same offset.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

RU_MONTH_FORMS: dict[str, list[str]] = {
    "gent": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "nomn": [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    "loct": [
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ],
    "abbr": ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сен.", "окт.", "ноя.", "дек."],
}
EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_RU_STEMS = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


@dataclass(frozen=True)
class ParsedDate:
    when: dt.date
    kind: str  # numeric | iso | ru_text | en_text | year
    has_day: bool
    has_year: bool
    pieces: dict[str, str]  # format details: separators, widths, month form, order


def _ru_month(word: str) -> tuple[int, str] | None:
    w = word.lower().rstrip(".")
    for form, names in RU_MONTH_FORMS.items():
        if w + ("." if form == "abbr" and w + "." in names else "") in names:
            return names.index(w + ("." if form == "abbr" and w + "." in names else "")) + 1, form
    for i, stem in enumerate(_RU_STEMS):
        if w.startswith(stem) and not (stem == "ма" and w.startswith("мар")):
            return i + 1, "abbr" if word.endswith(".") else "gent"
    return None


def _en_month(word: str) -> tuple[int, str] | None:
    w = word.lower().rstrip(".")
    for i, name in enumerate(EN_MONTHS):
        if w == name:
            return i + 1, "full"
        if len(w) >= 3 and name.startswith(w):
            return i + 1, "abbr." if word.endswith(".") else "abbr"
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _full_year(y: str) -> int:
    """Two-digit years: 00-49 are 20xx, 50-99 are 19xx (a birth year "61" is 1961)."""
    return int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))


def parse_date(value: str, lang: str = "ru") -> ParsedDate | None:
    v = value.strip()
    if re.fullmatch(r"[\dОOо. ]+", v) and re.search(r"\d", v):
        v = re.sub(r"\s", "", v.translate(str.maketrans("ОOо", "000")))  # OCR noise: "О9.02.1 944"
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(.*)", v)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return ParsedDate(d, "iso", True, True, {"rest": m.group(4)}) if d else None
    m = re.fullmatch(r"((?:1[89]|20)\d{2})(\d{2})(\d{2})(\d{0,6}(?:\.\d+)?(?:[+-]\d{4})?)", v)
    if m:  # HL7/DICOM "19600514", "20240301103000": the time part is kept as written
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return ParsedDate(d, "compact", True, True, {"rest": m.group(4)}) if d else None
    m = re.fullmatch(
        r"(\d{1,2})([/-]?)([A-Za-z]{3,4})\2(\d{4}|\d{2})|(\d{4})([/-]?)([A-Za-z]{3,4})\6(\d{1,2})", v
    )
    if m and _en_month(m.group(3) or m.group(7)):  # "05MAR2021", "05-Mar-21", "2021-Mar-09": keep the layout
        day_first = m.group(1) is not None
        day, sep, mon, year = m.group(1, 2, 3, 4) if day_first else m.group(8, 6, 7, 5)
        d = _safe_date(_full_year(year), _en_month(mon)[0], int(day))  # type: ignore[index]
        case = "u" if mon.isupper() else "l" if mon.islower() else "t"
        pieces = {
            "sep": sep,
            "case": case,
            "wy": str(len(year)),
            "wa": str(len(day)),
            "dayfirst": "1" * day_first,
        }
        return ParsedDate(d, "compact_month", True, True, pieces) if d else None
    m = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2,4})", v)
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
        year = _full_year(y)
        month_first = (lang == "en" and a <= 12) or b > 12
        if a > 12:
            month_first = False
        mon, day = (a, b) if month_first else (b, a)
        d = _safe_date(year, mon, day)
        if d is None:
            return None
        return ParsedDate(
            d,
            "numeric",
            True,
            True,
            {
                "sep": m.group(2),
                "wa": str(len(m.group(1))),
                "wb": str(len(m.group(3))),
                "wy": str(len(y)),
                "mf": "1" if month_first else "",
            },
        )
    m = re.fullmatch(r"(\d{1,2})([./\s-])([IVX]+)\2(\d{2,4})", v)
    if m and m.group(3) in _ROMAN:  # "12.III.2024"
        y = m.group(4)
        d = _safe_date(_full_year(y), _ROMAN.index(m.group(3)) + 1, int(m.group(1)))
        return (
            ParsedDate(
                d, "roman", True, True, {"sep": m.group(2), "wa": str(len(m.group(1))), "wy": str(len(y))}
            )
            if d
            else None
        )
    m = re.fullmatch(r"(\d{1,2})\.(\d{2})", v)
    if m:  # day.month without a year (European order)
        d = _safe_date(2000, int(m.group(2)), int(m.group(1)))
        return ParsedDate(d, "daymonth", True, False, {"wa": str(len(m.group(1)))}) if d else None
    m = re.fullmatch(r"(1[89]\d{2}|20\d{2})", v)
    if m:
        return ParsedDate(dt.date(int(v), 7, 1), "year", False, True, {})
    m = re.fullmatch(r"(['’‘])(\d{2})", v)
    if m:  # a year written short after a season ("autumn '19"): shifted and written short again
        return ParsedDate(dt.date(_full_year(m.group(2)), 7, 1), "year", False, True, {"apos": m.group(1)})
    # textual: tokens of day, month word, year in any order
    tokens = re.findall(r"['’‘]\d{2}|\d+|[A-Za-zА-Яа-яЁё]+\.?", v)
    day = year = month = None
    form, suffix, order = "", "", []
    suffix_year = ""
    for t in tokens:
        if t[0] in "'’‘":
            year = _full_year(t[1:])
            suffix_year = t[0]
            order.append("y")
        elif t.isdigit():
            if len(t) == 4:
                year = int(t)
                order.append("y")
            elif day is None:
                day = int(t)
                order.append("d")
        elif t.lower() == "of":
            continue
        elif t.lower() in ("st", "nd", "rd", "th", "го", "е", "ого"):
            suffix = suffix or t
        else:
            r = _ru_month(t) if re.match(r"[А-Яа-яЁё]", t) else _en_month(t)
            if r:
                month, form = r
                order.append("m")
    if month is None or (day is None and year is None):
        return None
    when = _safe_date(year or 2000, month, day or 1)
    if when is None:
        return None
    kind = "ru_text" if re.search(r"[А-Яа-яЁё]", v) else "en_text"
    return ParsedDate(
        when,
        kind,
        day is not None,
        year is not None,
        {
            "form": form,
            "order": "".join(order),
            "comma": "," if "," in v else "",
            "of": "1" if re.search(r"\bof\b", v) else "",
            "suffix": suffix,
            "apos": suffix_year,
            "cap": "1" if v[:1].isupper() or (not v[:1].isdigit() and v[:1].isupper()) else "",
            "month_cap": "1" if any(t[:1].isupper() for t in tokens if not t[:1].isdigit()) else "",
        },
    )


def _ordinal(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def format_like(p: ParsedDate, d: dt.date) -> str:
    """Write `d` in the format `p` was written in."""
    if p.kind == "iso":
        return f"{d.isoformat()}{p.pieces['rest']}"
    if p.kind == "compact":
        return f"{d.year:04d}{d.month:02d}{d.day:02d}{p.pieces['rest']}"
    if p.kind == "compact_month":
        mon = EN_MONTHS[d.month - 1][:3]
        mon = {"u": mon.upper(), "l": mon, "t": mon.capitalize()}[p.pieces["case"]]
        y = str(d.year) if p.pieces["wy"] == "4" else f"{d.year % 100:02d}"
        day = f"{d.day:02d}" if p.pieces["wa"] == "2" else str(d.day)
        sep = p.pieces["sep"]
        return f"{day}{sep}{mon}{sep}{y}" if p.pieces["dayfirst"] else f"{y}{sep}{mon}{sep}{day}"
    if p.kind == "year":
        return f"{p.pieces['apos']}{d.year % 100:02d}" if p.pieces.get("apos") else str(d.year)
    if p.kind == "daymonth":
        return f"{d.day:02d}.{d.month:02d}" if p.pieces["wa"] == "2" else f"{d.day}.{d.month:02d}"
    if p.kind == "roman":
        y = str(d.year) if p.pieces["wy"] == "4" else f"{d.year % 100:02d}"
        day = f"{d.day:02d}" if p.pieces["wa"] == "2" else str(d.day)
        return f"{day}{p.pieces['sep']}{_ROMAN[d.month - 1]}{p.pieces['sep']}{y}"
    if p.kind == "numeric":
        first, second = (d.month, d.day) if p.pieces["mf"] else (d.day, d.month)
        y = str(d.year) if p.pieces["wy"] == "4" else f"{d.year % 100:02d}"
        fa = f"{first:02d}" if p.pieces["wa"] == "2" else str(first)
        fb = f"{second:02d}" if p.pieces["wb"] == "2" else str(second)
        return f"{fa}{p.pieces['sep']}{fb}{p.pieces['sep']}{y}"
    order = p.pieces["order"]
    if p.kind == "ru_text":
        form = p.pieces["form"] or "gent"
        if p.has_day and form != "abbr":
            form = "gent"
        month = RU_MONTH_FORMS[form][d.month - 1]
        if p.pieces["month_cap"]:
            month = month.capitalize()
        parts = {
            "d": str(d.day) + (f"-{p.pieces['suffix']}" if p.pieces["suffix"] else ""),
            "m": month,
            "y": str(d.year),
        }
        return " ".join(
            parts[c] for c in order if c in parts and (c != "d" or p.has_day) and (c != "y" or p.has_year)
        )
    name = EN_MONTHS[d.month - 1].capitalize()
    form = p.pieces["form"]
    if form.startswith("abbr"):
        name = name[:3] + ("." if form == "abbr." else "")
    day = f"{d.day}{_ordinal(d.day) if p.pieces['suffix'] else ''}"
    if order.startswith("m"):
        out = name + (f" {day}" if p.has_day else "")
        if p.has_year:
            year = f"{p.pieces['apos']}{d.year % 100:02d}" if p.pieces.get("apos") else str(d.year)
            out += ("," if p.pieces["comma"] else "") + f" {year}"
        return out
    out = f"{day} {'of ' if p.pieces['of'] else ''}{name}"
    return out + (f"{p.pieces['comma']} {d.year}" if p.has_year else "")


def year_of(value: str, lang: str = "ru") -> int | None:
    p = parse_date(value, lang)
    return p.when.year if p is not None and p.has_year else None
