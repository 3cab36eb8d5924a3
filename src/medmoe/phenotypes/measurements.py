"""Findings written as numbers: anthropometry ("рост ниже 3-го перцентиля", "ОГ -2,5 SDS", "height below the
3rd centile") and body temperature ("температура 38,5", "t 39", "temperature 34.9", "temp 101.8 F").

Why rules: geneticists often record growth findings as a measurement against a reference instead of naming
the phenotype, and every note records a temperature rather than writing "fever"; no phrase lexicon can list
every number. A measurement below the 3rd percentile or -2 SD names the "small" term, above the 97th
percentile or +2 SD the "large" one; a temperature of 38 °C (100.4 °F) or more is *Fever*, 37.1-37.9 °C
*Low-grade fever*, 35 °C (95 °F) or less *Hypothermia*.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# (measure pattern, id when low, id when high)
_MEASURES = [
    (r"рост[а-я]*|длин[а-я]* тела|height|stature|body length", "HP:0004322", "HP:0000098"),
    (r"окружност[а-я]* головы|ОГ|head circumference|OFC", "HP:0000252", "HP:0000256"),
    (r"масс[а-я]* тела|вес[а-я]*|weight", "HP:0004325", "HP:0004324"),
]
_NUM = r"[-−–]?\s?\d+(?:[.,]\d+)?"
_LOW_WORD = r"ниже|меньше|менее|below|under|less than|<"
_HIGH_WORD = r"выше|больше|более|above|over|greater than|>"
_PCT = r"(?:-?го|-?й|st|nd|rd|th)?\s*(?:перцентил[а-я]*|центил[а-я]*|percentile|centile|%о?)"
_SD = r"(?:SDS?|SD|σ|сигм[а-я]*|СО)"

_PATTERNS: list[tuple[re.Pattern[str], str, str]] = []
for measure, low_id, high_id in _MEASURES:
    head = rf"\b(?:{measure})\b[^.;\n]{{0,25}}?"
    # "ниже 3-го перцентиля" / "< P3" / "-2,5 SD" / "выше 97 перцентиля" / "+2 SDS"
    _PATTERNS += [
        (re.compile(head + rf"(?:{_LOW_WORD})\s*(?:the\s*)?(\d+){_PCT}", re.I), low_id, "pct_low"),
        (re.compile(head + rf"(?:{_HIGH_WORD})\s*(?:the\s*)?(\d+){_PCT}", re.I), high_id, "pct_high"),
        (re.compile(head + rf"(?:{_LOW_WORD})?\s*({_NUM})\s*{_SD}", re.I), low_id, "sd"),
        (re.compile(head + rf"\+\s?(\d+(?:[.,]\d+)?)\s*{_SD}", re.I), high_id, "sd_plus"),
    ]


FEVER, LOW_GRADE_FEVER, HYPOTHERMIA = "HP:0001945", "HP:0011134", "HP:0002045"
# "температура тела до 38,5", "t° 39", "Т=38.2", "temperature of 34.9", "temp 101.8 F"; a range keeps its top
_TEMP = re.compile(
    r"(?:\bтемператур[а-я]*(?:\s+тела)?|\btemp(?:erature)?s?\b|(?<![\w.])[tTтТ](?:°|\b))"
    r"[^.;\n\d]{0,20}?(\d{2,3}(?:[.,]\d)?)(?:\s*[-–]\s*(\d{2,3}(?:[.,]\d)?))?\s*(°?\s*[FfCcСс]\b)?", re.IGNORECASE)


def _temperature(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _TEMP.finditer(text):
        v = float((m.group(2) or m.group(1)).replace(",", "."))
        fahrenheit = (m.group(3) or "").strip(" °").upper() == "F" or 90 <= v <= 110
        c = (v - 32) * 5 / 9 if fahrenheit else v
        if not 30 <= c <= 43:
            continue  # not a body temperature ("Т4 12", a room, a typo)
        if c >= 38:
            yield m.start(), m.end(), FEVER
        elif c >= 37.1:
            yield m.start(), m.end(), LOW_GRADE_FEVER
        elif c <= 35:
            yield m.start(), m.end(), HYPOTHERMIA


def find_measurements(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, hpo_id) for each measurement that crosses the usual cut-off (3rd/97th percentile, 2 SD;
    the fever and hypothermia thresholds)."""
    yield from _temperature(text)
    for pat, hid, kind in _PATTERNS:
        for m in pat.finditer(text):
            raw = m.group(1).replace(" ", "").replace(",", ".").replace("−", "-").replace("–", "-")
            try:
                v = float(raw)
            except ValueError:
                continue
            if kind == "pct_low" and v <= 3:
                yield m.start(), m.end(), hid
            elif kind == "pct_high" and v >= 97:
                yield m.start(), m.end(), hid
            elif kind == "sd" and v <= -2:
                yield m.start(), m.end(), hid
            elif kind == "sd_plus" and v >= 2:
                yield m.start(), m.end(), hid
