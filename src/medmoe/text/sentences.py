"""Sentence splitting by end punctuation, for text that medmoe writes or perturbs itself.

Why a plain regex and not razdel (`medmoe.text.russian.sentences`): generated reports and the validation
perturbations only need "cut after . ! ? followed by space", must behave the same in English and Russian,
and must be instant. Clinical notes with abbreviations ("т.е.", "Dr.") go through razdel instead.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_SENT_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str) -> list[str]:
    """Non-empty sentences of `text`, split after ., ! or ? followed by whitespace (punctuation kept)."""
    return [s for s in _SENT_END.split(text.strip()) if s]
