"""Pieces shared by the number-shaped recognizers (dates, contacts, identifiers): boundaries that keep a match
from being glued to a word or a decimal, the unit words that make a number a measurement, and the recognizer for
numbers that are personal either by a check digit or by a context word before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from medmoe.deid.entities import Entity
from medmoe.deid.registry import Recognizer

NB = r"(?<![\w.])"  # not glued to a word or a decimal point before
NA = r"(?![\w]|[.,]\d)"  # not glued after (a trailing sentence dot is fine)
# a unit after a number makes it a measurement ("2000 мг", "1900 ml"), not a year, phone or id
UNIT = r"(?:мг|мкг|ммоль|мкмоль|г/л|г|%|мл|ед|ЕД|мм|см|кг|°|x|х|×|mg|ml|mmol|cm|mm|kg)"


def context_before(text: str, start: int, words: re.Pattern[str], window: int) -> bool:
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
            ctx = context_before(text, s, self.context, self.window)
            ok = callable(self.validate) and self.validate(m.group())
            if ok and not self.need_context:
                yield Entity(s, e, self.types[0], self.name, self.score_valid, self.subtype)
            elif ctx:
                yield Entity(s, e, self.types[0], self.name, self.score_context, self.subtype)
