"""Sentence splitting by end punctuation, for text that medmoe writes or perturbs itself.

Why a plain regex and not razdel (`medmoe.text.russian.sentences`): generated reports, the validation
perturbations and the per-sentence language routing of `medmoe analyze` only need "cut after . ! ? followed
by space", must behave the same in English and Russian, and must be instant.
"""

from __future__ import annotations

import re

__all__ = ["sentence_spans", "split_sentences"]

_SENT_END = re.compile(r"(?<=[.!?])\s+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence of `text`, surrounding whitespace excluded: for callers that
    must map results back into the text."""
    out: list[tuple[int, int]] = []
    start = 0
    for cut in [*(m.span() for m in _SENT_END.finditer(text)), (len(text), len(text))]:
        piece = text[start : cut[0]]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start = cut[1]
    return out


def split_sentences(text: str) -> list[str]:
    """Non-empty sentences of `text`, split after ., ! or ? followed by whitespace (punctuation kept)."""
    return [text[a:b] for a, b in sentence_spans(text)]
