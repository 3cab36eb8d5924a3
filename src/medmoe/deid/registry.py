"""Recognizers are plugins: a registry of named detectors, each declaring its types, languages and score.

Why (as in Presidio): a hospital adds its own record-number format by registering one small recognizer,
without touching the others or the operators::

    from medmoe.deid import RegexRecognizer, default_registry
    default_registry().register(RegexRecognizer(
        name="our_mrn", types=("ID",), pattern=r"\\bКБ-\\d{7}\\b", score=0.9))
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator

from medmoe.deid.entities import ENTITY_TYPES, Entity


class Recognizer(ABC):
    """A detector. `langs` is a subset of {"ru", "en"}; `types` the entity types it may emit."""

    name: str = "recognizer"
    types: tuple[str, ...] = ()
    langs: tuple[str, ...] = ("ru", "en")
    score: float = 0.5

    # A recognizer with `uses_prior = True` runs after the others and is called as
    # `find(text, lang, prior)` with their candidates (natasha uses it to skip what the rules already found).
    uses_prior: bool = False

    @abstractmethod
    def find(self, text: str, lang: str) -> Iterable[Entity]:
        """Yield entities with offsets into `text`. Raising makes the document fail closed."""


class RegexRecognizer(Recognizer):
    """A recognizer from one regular expression; group `group` (default whole match) is the span. `group="any"`
    takes the group that matched, for alternatives that each capture their span in a group of their own (a
    lookbehind of fixed width per alternative cannot share one group)."""

    def __init__(
        self,
        name: str,
        types: tuple[str, ...],
        pattern: str | re.Pattern[str],
        score: float = 0.8,
        langs: tuple[str, ...] = ("ru", "en"),
        group: int | str = 0,
        subtype: str = "",
        flags: int = 0,
        gate: tuple[str, ...] | re.Pattern[str] = (),
    ) -> None:
        bad = [t for t in types if t not in ENTITY_TYPES]
        if len(types) != 1 or bad:
            raise ValueError(f"RegexRecognizer.types: need exactly one of {ENTITY_TYPES}, got {types}")
        self.name, self.types, self.score, self.langs = name, types, score, langs
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self.group, self.subtype = group, subtype
        # substrings one of which every match contains (or a cheap pattern every match contains): a rare layout's
        # pattern is tried only in the notes that have one (a substring test is far cheaper than a regex that
        # starts at every word)
        self.gate = gate

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        if isinstance(self.gate, re.Pattern):
            if self.gate.search(text) is None:
                return
        elif self.gate and not any(g in text for g in self.gate):
            return
        for m in self.pattern.finditer(text):
            s, e = m.span(m.lastindex or 0) if self.group == "any" else m.span(self.group)
            if e > s:
                yield Entity(s, e, self.types[0], self.name, self.score, self.subtype)


class Registry:
    """An ordered set of recognizers, looked up by name; `for_lang` picks those that apply."""

    def __init__(self, recognizers: Iterable[Recognizer] = ()) -> None:
        self._by_name: dict[str, Recognizer] = {}
        for r in recognizers:
            self.register(r)

    def register(self, recognizer: Recognizer, replace: bool = False) -> None:
        if recognizer.name in self._by_name and not replace:
            raise ValueError(f"recognizer {recognizer.name!r} is already registered (pass replace=True)")
        self._by_name[recognizer.name] = recognizer

    def remove(self, name: str) -> None:
        self._by_name.pop(name, None)

    def names(self) -> list[str]:
        return list(self._by_name)

    def get(self, name: str) -> Recognizer:
        return self._by_name[name]

    def for_lang(self, lang: str) -> list[Recognizer]:
        return [r for r in self._by_name.values() if lang in r.langs]

    def copy(self) -> Registry:
        return Registry(self._by_name.values())


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry with all built-in recognizers (built once; register your own into it)."""
    global _DEFAULT
    if _DEFAULT is None:
        from medmoe.deid.recognizers import builtin_recognizers

        _DEFAULT = Registry(builtin_recognizers())
    return _DEFAULT
