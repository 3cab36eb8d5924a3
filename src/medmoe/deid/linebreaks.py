"""Names broken by a hyphen at a line end ("Ива-\nнова", "Okon-\nkwo"), shared by the Russian and English rules.

Why one place: OCRed letters and narrow PDF columns break long surnames in both languages the same way; each
language only differs in its letters and in what must hold for the joined word to be a name.
"""

from __future__ import annotations

import re

_SPACED_BREAK = re.compile(r"-[ \t]+\n")


def has_line_end_hyphen(text: str) -> bool:
    """A cheap pre-check before the name patterns: is there any word hyphenated at a line end?"""
    return "-\n" in text or _SPACED_BREAK.search(text) is not None


def hyphen_break_rx(upper: str, lower: str, tail: str = "") -> re.Pattern[str]:
    """A capitalised first half, a hyphen, the line break, a lowercase second half (groups 1 and 2); `tail` is
    what may follow the name (Russian initials: group 3)."""
    return re.compile(
        r"(?<![\w\-])(["
        + upper
        + r"]["
        + lower
        + r"]{1,14})-[ \t]*\n[ \t]*(["
        + lower
        + r"]{2,16})(?![\w\-])"
        + tail
    )
