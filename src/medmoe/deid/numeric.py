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


# Column headers of a delimited export (CSV, TSV, ";", a "|" table) whose cells are personal, by type. Why by column: a value
# in a table has no label of its own ("1402 343920 152520" under "Полис ОМС", "312 888 9694" under "NHS Number"
# would read as a phone), and the header names it once for every row.
_COLUMN_TYPES = (
    (
        "ID",
        re.compile(
            r"(?i:MRN|NHS[ ]+(?:number|no\.?)|CHI|URN?|UHID|hospital[ ]+(?:number|no\.?)|patient[ ]+(?:id|number|no\.?)|"
            r"account(?:[ ]+(?:number|no\.?))?|order(?:[ ]+(?:number|no\.?|id))?|specimen(?:[ ]+(?:id|no\.?|number))?|"
            r"barcode|member[ ]+id|полис(?:[ ]+(?:ОМС|ДМС))?|ЕНП|СНИЛС|№[ ]*(?:карты|ИБ|заказа|пробы)|ИБ|"
            r"номер[ ]+(?:карты|заказа|пробы|полиса)|ШК(?:[ ]+\w+)?|штрих-?код(?:[ ]+\w+)?)"
        ),
    ),
    (
        "DATE",
        re.compile(
            r"(?i:date(?:[ ]+of[ ]+birth)?|DOB|birth[ ]+date|collected|дата(?:[ ]+\w+)?|д\.[ ]?р\.|"
            r"день[ ]+рождения)"
        ),
    ),
    ("PHONE", re.compile(r"(?i:phone|tel\.?|telephone|mobile|телефон|тел\.?|моб\.?[ ]*телефон)")),
)
_DELIMITER = re.compile(r"[,;\t|]")  # "|": a table pasted from a text document or Markdown


def _split_cells(line: str, delim: str, quotes: bool) -> list[tuple[int, int]]:
    """(start, end) of each cell of one line; with `quotes`, a delimiter inside double quotes does not split."""
    cells, start, inside = [], 0, False
    for i, ch in enumerate(line):
        if quotes and ch == '"':
            inside = not inside
        elif ch == delim and not inside:
            cells.append((start, i))
            start = i + 1
    cells.append((start, len(line)))
    return cells


class TableColumnRecognizer(Recognizer):
    """Values under an ID, date or phone column of a delimited export: a header line of 3+ short cells without
    digits, then the rows below it with as many cells (quotes respected, or not when a row's quoting is broken),
    until a line that does not fit. A cell counts only if it looks like its type (digits for an id or a phone)."""

    name, types, score = "table_column", ("ID", "DATE", "PHONE"), 0.93

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        if text.count("\n") < 1 or not _DELIMITER.search(text):
            return
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            start, line = lines[i]
            i += 1
            delim = max(",;\t|", key=line.count)
            if line.count(delim) < 2 or any(c.isdigit() for c in line) or len(line) > 400:
                continue
            head = [line[s:e].strip().strip('"') for s, e in _split_cells(line, delim, True)]
            kinds = [next((t for t, rx in _COLUMN_TYPES if rx.fullmatch(h)), "") for h in head]
            if not any(kinds) or max(map(len, head)) > 40:
                continue
            while i < len(lines):
                r0, row = lines[i]
                cells = _split_cells(row, delim, True)
                if len(cells) != len(head):
                    cells = _split_cells(row, delim, False)
                if len(cells) != len(head):
                    break
                i += 1
                for (s, e), kind in zip(cells, kinds):
                    yield from self._cell(text, r0 + s, r0 + e, kind)

    def _cell(self, text: str, s: int, e: int, kind: str) -> Iterator[Entity]:
        while s < e and text[s] in ' "':
            s += 1
        while e > s and text[e - 1] in ' "':
            e -= 1
        if kind == "DATE":  # "«12» марта 2019 г.": the year's "г." is a word of the cell, not of the date
            e = s + len(re.sub(r"[ \t]*(?:г\.?|года)$", "", text[s:e]))
        digits = sum(c.isdigit() for c in text[s:e])
        if not kind or e - s > 40 or (kind == "ID" and digits < 3) or (kind == "PHONE" and digits < 5):
            return
        if kind == "DATE" and (digits == 0 or ":" in text[s:e] and digits <= 4):
            return
        yield Entity(s, e, kind, self.name, self.score if kind == "ID" else 0.9, "table")
