"""Language detection for medmoe's two languages, by script: Cyrillic letters mean Russian.

Why not a statistical language identifier: medmoe only ever has to choose between Russian and English,
clinical notes are short and full of Latin drug names and units, and a script ratio is instant, offline,
deterministic and right on every realistic note. Russian notes with English terms ("ЭКГ: sinus rhythm")
still come out "ru" as long as most letters are Cyrillic.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["MIXED_BAND", "cyrillic_ratio", "detect_language", "detect_language_or_mixed", "letter_counts"]

Lang = Literal["ru", "en"]
# A Cyrillic share strictly inside this band is a mixed-language note: neither script clearly dominates.
MIXED_BAND = (0.2, 0.8)


def letter_counts(text: str) -> tuple[int, int]:
    """(Cyrillic letters, Latin letters) in `text`."""
    cyr = lat = 0
    for ch in text:
        if "а" <= ch <= "я" or "А" <= ch <= "Я" or ch in "ёЁ":
            cyr += 1
        elif "a" <= ch <= "z" or "A" <= ch <= "Z":
            lat += 1
    return cyr, lat


def cyrillic_ratio(text: str) -> float:
    """Share of Cyrillic among Cyrillic + Latin letters; 0.0 when the text has no letters at all."""
    cyr, lat = letter_counts(text)
    return cyr / (cyr + lat) if cyr + lat else 0.0


def detect_language(text: str, threshold: float = 0.5, default: Lang = "en", tie: Lang = "ru") -> Lang:
    """"ru" when more than `threshold` of the letters are Cyrillic, "en" when fewer, `tie` when exactly.

    Text without letters (empty, only numbers) returns `default`: there is no evidence either way, and the
    caller knows better (a Russian-only task passes `default="ru"` or checks `cyrillic_ratio` itself).
    `tie` is explicit because callers differ for a reason: a clinical note half in Cyrillic is a Russian
    note with English terms (tie "ru"), while the report labeler reads a report as Russian only when
    Cyrillic wins outright (tie "en"), so a one-word English finding in a Russian template stays English.
    """
    cyr, lat = letter_counts(text)
    if cyr + lat == 0:
        return default
    share = cyr / (cyr + lat)
    if share == threshold:
        return tie
    return "ru" if share > threshold else "en"


def detect_language_or_mixed(text: str) -> Literal["ru", "en", "mixed"]:
    """"ru" or "en" when one script clearly dominates, else "mixed" (a Cyrillic share inside `MIXED_BAND`).

    For callers that can run both languages' rules on one note (de-identification must not miss a Latin
    name in a Russian note). Text without letters is "en" (share 0.0).
    """
    r = cyrillic_ratio(text)
    if r >= MIXED_BAND[1]:
        return "ru"
    if r <= MIXED_BAND[0]:
        return "en"
    return "mixed"
