"""Should a note get a rare-disease differential at all? A specificity gate over its phenotypes.

Why: the ranker always returns a ranking, and its scores (a softmax over ~12.6k diseases) sum to 1 whatever
the input, so a common cold ("rhinitis, cough, fever", plus "hypothermia" read from "после переохлаждения")
came out as "Lujo hemorrhagic fever 0.848". A differential means something only when the note has enough
phenotypes that are (1) specific in the disease annotations (information content, IC = -log of the share of
diseases annotated with the term or a descendant) and (2) not common presentations (`COMMON_TERMS`: terms
found in real outpatient complaints and in common emergencies, plus `ACUTE_ILLNESS_TERMS`). Low back pain has a
high IC (few rare diseases list it) but is the fourth most common outpatient complaint, so IC alone is not enough.

Thresholds (`GateConfig`) were chosen on RuMedTop3 *train* complaints (the same notes the common-term list
comes from) against synthetic rare-disease narratives (seed 11); measured on RuMedTop3 *dev* and other
seeds by `benchmarks/bench_rare.py --gate` (`benchmarks/results/rare_gate.json`). This gates the automatic
differential of `medmoe analyze`; `medmoe diagnose`, an explicit request, always ranks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from medmoe.errors import ConfigError
from medmoe.rare.common_terms import COMMON_TERMS

NOT_ENOUGH = "not enough specific phenotypes for a rare-disease differential"

# Findings of the commonest acute illness, infection and sepsis: the SIRS / qSOFA / NEWS2 criteria and the usual
# signs of a urinary, chest or skin infection. Why curated on top of the generated `COMMON_TERMS`: the
# synthetic triage vignettes it counts name these rarely (fewer than its 5 hits), so the bundled urosepsis
# note ("rigors", "not passing much urine", "sepsis") read as specific and got a rare-disease differential.
# An ED note full of them says "infection", not "rare disease"; `medmoe diagnose` still ranks on request.
ACUTE_ILLNESS_TERMS: frozenset[str] = frozenset({
    "HP:0100806",  # Sepsis
    "HP:0031864",  # Bacteremia
    "HP:0031273",  # Shock
    "HP:0025145",  # Rigors
    "HP:0002789",  # Tachypnea
    "HP:0012418",  # Hypoxemia
    "HP:0100520",  # Oliguria
    "HP:0001974",  # Leukocytosis
    "HP:0031258",  # Delirium
    "HP:0001944",  # Dehydration
    "HP:0011106",  # Hypovolemia
    "HP:0000012",  # Urinary urgency
    "HP:0012085",  # Pyuria
    "HP:0012461",  # Bacteriuria
    "HP:0100658",  # Cellulitis
    "HP:0010628",  # Facial palsy: stroke and Bell palsy, as its child Unilateral facial palsy in COMMON_TERMS
})


@dataclass(frozen=True)
class GateConfig:
    min_specific: int = 3  # specific terms needed
    min_ic: float = 3.0  # nats; a term annotated in more than ~5% of diseases (e^-3) is not specific
    # common presentations, never specific (a site may extend it)
    common: frozenset[str] = COMMON_TERMS | ACUTE_ILLNESS_TERMS

    def __post_init__(self) -> None:
        if self.min_specific < 1:
            raise ConfigError("GateConfig.min_specific: must be at least 1")
        if self.min_ic < 0:
            raise ConfigError("GateConfig.min_ic: must be >= 0")


@dataclass
class Specificity:
    """Which present terms count as specific, and the verdict with a reason a user can read."""

    specific: list[str] = field(default_factory=list)
    common: list[str] = field(default_factory=list)  # common presentations (`GateConfig.common`)
    unspecific: list[str] = field(default_factory=list)  # IC below the threshold
    ok: bool = False
    reason: str = ""


def assess(present: Iterable[str], ic: dict[str, float], cfg: GateConfig | None = None) -> Specificity:
    """Sort `present` HPO ids into specific / common / unspecific and decide whether to rank.

    `ic`: the annotation IC table (`DiseaseAnnotations.ic`, also `Diagnoser.ann.ic`)."""
    cfg = cfg or GateConfig()
    out = Specificity()
    for t in dict.fromkeys(present):
        if t in cfg.common:
            out.common.append(t)
        elif ic.get(t, 0.0) < cfg.min_ic:
            out.unspecific.append(t)
        else:
            out.specific.append(t)
    out.ok = len(out.specific) >= cfg.min_specific
    counted = f"{len(out.specific)} specific phenotype(s) (IC >= {cfg.min_ic:g}, not a common presentation)"
    out.reason = counted if out.ok else f"{NOT_ENOUGH} ({counted}; {cfg.min_specific} needed)"
    return out


def trigger_rate(cases: list[list[str]], ic: dict[str, float], cfg: GateConfig | None = None) -> float:
    """Share of cases (lists of present HPO ids) that would get a differential."""
    return sum(assess(c, ic, cfg).ok for c in cases) / max(1, len(cases))
