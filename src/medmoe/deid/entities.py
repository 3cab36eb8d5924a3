"""The vocabulary shared by recognizers, operators and evaluation: entity types and spans.

Why a closed set of types: the output contract (`medmoe deid` JSONL) promises exactly these eight, so
downstream tools can switch on them; recognizers that know more (SNILS vs INN) say so in `detector`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES: tuple[str, ...] = ("NAME", "DATE", "ADDRESS", "PHONE", "EMAIL", "ID", "URL", "ORG")


@dataclass(frozen=True)
class Entity:
    """A detected span of personal data; `start`/`end` index the ORIGINAL text (end exclusive).

    `detector` names the recognizer (e.g. "snils", "ru_name_rules", "natasha"); `score` is its confidence,
    used only to resolve overlaps; `subtype` carries detail an operator may need (e.g. "snils", "birth_year").
    """

    start: int
    end: int
    type: str
    detector: str
    score: float = 0.5
    subtype: str = ""

    def __post_init__(self) -> None:
        if self.type not in ENTITY_TYPES:
            raise ValueError(f"Entity.type: {self.type!r} is not one of {ENTITY_TYPES}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"Entity span: bad offsets {self.start}..{self.end}")

    def as_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "type": self.type, "detector": self.detector}


@dataclass
class DeidResult:
    """What `Deidentifier.process` returns: the transformed text and the spans found in the original."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    # surrogate spans in the OUTPUT text -> original string; kept in memory only, written to the vault
    replacements: list[tuple[int, int, str]] = field(default_factory=list, repr=False)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entities:
            out[e.type] = out.get(e.type, 0) + 1
        return out
