"""Synthetic rare-disease patients sampled from the HPO disease annotations, as GA4GH Phenopackets v2.

Why synthetic: real annotated patients are scarce and cannot leave the hospital. A ranker learns from
patients drawn from `phenotype.hpoa` and must generalise to real ones, which differ from clean samples of the
annotations: clinicians record general terms ("Abnormality of the eye") or terms more specific than the
annotation, list features the disease does not explain, miss frequent ones, and write down what the patient
does *not* have. Every such deviation is a knob of `RareSynthConfig`, so training, validation and test sets
can be drawn from deliberately *different* distributions (see `PRESETS`).

Sampling one patient for disease D (all randomness from one `numpy.random.Generator`):
1. sex from the inheritance mode (X-linked recessive -> mostly male); age from the onset terms + a delay;
2. each annotated feature present with its frequency (unknown frequency -> `unknown_frequency`), scaled
   by `frequency_scale`, features annotated for the other sex skipped; then `p_missing` drops each;
3. at least `min_present` features are kept (most frequent first), at most `max_present`;
4. imprecision: with `p_ancestor` a term is replaced by an ancestor 1..`max_up` levels up; with
   `p_descendant` by a more specific descendant 1..`max_down` levels down;
5. noise: Poisson(`noise_rate`) unrelated common phenotypes (not explained by D);
6. excluded: Poisson(`excluded_rate`) terms recorded as absent: D's NOT annotations when it has them,
   otherwise common phenotypes D does not have; with `p_wrong_excluded` one excluded term is actually a
   (rare) feature of D, as in real notes where a feature was missed.

API::

    from medmoe.synth.rare import RareSynthConfig, RarePatientSampler
    s = RarePatientSampler(RareSynthConfig(seed=1))
    p = s.sample("OMIM:154700")             # SyntheticPatient(disease_id, present, excluded, sex, age_years)
    pp = s.to_phenopacket(p, "case-1")      # dict, GA4GH Phenopacket v2 JSON
    validate_phenopacket(pp)                # raises InputError naming the problem
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace

import numpy as np

from medmoe.errors import ConfigError, InputError

X_LINKED_RECESSIVE = "HP:0001419"
X_LINKED_DOMINANT = "HP:0001423"
X_LINKED = "HP:0001417"
Y_LINKED = "HP:0001450"


@dataclass
class RareSynthConfig:
    """Every knob of the generator. Defaults: a moderately noisy, realistic training distribution."""

    seed: int = 0
    diseases: list[str] | None = None     # restrict to these disease ids (None: all OMIM + ORPHA)
    unknown_frequency: float = 0.5        # presence probability of features annotated without a frequency
    frequency_scale: float = 1.0          # multiplies every frequency (<1: sparser patients)
    p_missing: float = 0.1                # extra chance that a sampled feature is not recorded
    min_present: int = 1
    max_present: int = 30
    p_ancestor: float = 0.15              # imprecision: replace a term by an ancestor
    max_up: int = 2
    p_descendant: float = 0.1             # over-specificity: replace a term by a descendant
    max_down: int = 2
    noise_rate: float = 0.5               # mean number of unrelated phenotypes added
    excluded_rate: float = 1.0            # mean number of excluded (absent) terms
    p_wrong_excluded: float = 0.02        # chance that one excluded term is in fact a feature of the disease
    onset_delay_years: float = 3.0        # mean delay from onset to the recorded age
    p_unknown_sex: float = 0.05
    p_unknown_age: float = 0.1

    def __post_init__(self) -> None:
        c = "RareSynthConfig"
        probs = ("unknown_frequency", "p_missing", "p_ancestor", "p_descendant", "p_wrong_excluded",
                 "p_unknown_sex", "p_unknown_age")
        for name in probs:
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ConfigError(f"{c}.{name}: a probability must be in [0, 1], got {v}")
        if self.p_ancestor + self.p_descendant > 1.0:
            raise ConfigError(f"{c}.p_ancestor: p_ancestor + p_descendant must be <= 1")
        for name in ("noise_rate", "excluded_rate", "onset_delay_years", "frequency_scale"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{c}.{name}: must be >= 0, got {getattr(self, name)}")
        if self.min_present < 1:
            raise ConfigError(f"{c}.min_present: a patient needs at least one present feature")
        if self.max_present < self.min_present:
            raise ConfigError(f"{c}.max_present: must be >= min_present ({self.min_present})")
        if self.max_up < 1 or self.max_down < 1:
            raise ConfigError(f"{c}.max_up: max_up and max_down must be >= 1")


# Named protocols. "train" is what the default model learns from (but training also *varies* these knobs
# per batch, see medmoe.rare.train); "validation" is harsher and differently shaped (early stopping);
# "classic" is the Phenomizer-paper protocol (half the terms replaced by ancestors, noise added);
# "realistic" mimics published cases (many terms, more specific ones, excluded terms, unexplained ones).
PRESETS: dict[str, RareSynthConfig] = {
    "train": RareSynthConfig(),
    "clean": RareSynthConfig(p_missing=0.0, p_ancestor=0.0, p_descendant=0.0, noise_rate=0.0,
                             excluded_rate=0.0, p_wrong_excluded=0.0),
    "validation": RareSynthConfig(p_missing=0.3, p_ancestor=0.3, max_up=3, p_descendant=0.2, max_down=3,
                                  noise_rate=2.0, excluded_rate=2.0, p_wrong_excluded=0.05,
                                  unknown_frequency=0.3),
    "classic": RareSynthConfig(p_missing=0.0, p_ancestor=0.5, max_up=1, p_descendant=0.0, noise_rate=2.0,
                               excluded_rate=0.0, p_wrong_excluded=0.0, max_present=10),
    "realistic": RareSynthConfig(frequency_scale=1.2, p_missing=0.15, p_ancestor=0.2, max_up=2,
                                 p_descendant=0.35, max_down=3, noise_rate=1.5, excluded_rate=4.0,
                                 p_wrong_excluded=0.1, max_present=60),
}


def preset(name: str, **overrides: object) -> RareSynthConfig:
    if name not in PRESETS:
        raise ConfigError(f"RareSynthConfig preset {name!r} unknown; choose one of {', '.join(PRESETS)}")
    return replace(PRESETS[name], **overrides)  # type: ignore[arg-type]


@dataclass
class SyntheticPatient:
    disease_id: str
    present: list[str]
    excluded: list[str] = field(default_factory=list)
    sex: str | None = None            # "male" | "female" | None
    age_years: float | None = None
    noise: list[str] = field(default_factory=list)  # which present terms are unrelated noise (for analysis)


class RarePatientSampler:
    """Draws patients; reproducible: the same config (seed included) gives the same stream."""

    def __init__(self, cfg: RareSynthConfig | None = None, annotations: object | None = None) -> None:
        from medmoe.knowledge.annotations import get_annotations

        self.cfg = cfg or RareSynthConfig()
        self.ann = annotations if annotations is not None else get_annotations()
        self.onto = self.ann.onto  # type: ignore[attr-defined]
        self.rng = np.random.default_rng(self.cfg.seed)
        all_ids = list(self.ann.diseases)  # type: ignore[attr-defined]
        if self.cfg.diseases is not None:
            unknown = [d for d in self.cfg.diseases if d not in self.ann.diseases]  # type: ignore[attr-defined]
            if unknown:
                raise ConfigError(f"RareSynthConfig.diseases: unknown disease id {unknown[0]!r}")
            all_ids = list(self.cfg.diseases)
        self.disease_ids = all_ids
        self._closure: dict[str, frozenset[str]] = {}
        self._build_noise_pool()

    def _build_noise_pool(self) -> None:
        # Common phenotypes: terms annotated in many diseases. Weight ~ sqrt(count) so noise is mostly
        # everyday findings but not only the top ten.
        counts: dict[str, int] = {}
        for d in self.ann.diseases.values():  # type: ignore[attr-defined]
            for a in d.phenotypes:
                counts[a.term] = counts.get(a.term, 0) + 1
        terms = [t for t, c in counts.items() if c >= 3]
        w = np.sqrt(np.array([counts[t] for t in terms], dtype=np.float64))
        self.noise_terms = terms
        self.noise_p = w / w.sum()

    def closure(self, disease_id: str) -> frozenset[str]:
        """Every term a disease explains: its annotations and all their ancestors."""
        got = self._closure.get(disease_id)
        if got is None:
            acc: set[str] = set()
            for a in self.ann.diseases[disease_id].phenotypes:  # type: ignore[attr-defined]
                acc |= self.onto.ancestors(a.term)
            got = self._closure[disease_id] = frozenset(acc)
        return got

    # -- sampling ---------------------------------------------------------------------------------
    def _sex(self, d: object, rng: np.random.Generator) -> str | None:
        if rng.random() < self.cfg.p_unknown_sex:
            return None
        inh = set(d.inheritance)  # type: ignore[attr-defined]
        if X_LINKED_RECESSIVE in inh or Y_LINKED in inh:
            p_male = 0.9
        elif X_LINKED_DOMINANT in inh or X_LINKED in inh:
            p_male = 0.4
        else:
            sexes = [a.sex for a in d.phenotypes if a.sex]  # type: ignore[attr-defined]
            p_male = 0.5 if not sexes else sum(s == "male" for s in sexes) / len(sexes)
        return "male" if rng.random() < p_male else "female"

    def _age(self, d: object, rng: np.random.Generator) -> float | None:
        if rng.random() < self.cfg.p_unknown_age:
            return None
        rng_years = d.onset_years()  # type: ignore[attr-defined]
        lo, hi = rng_years if rng_years is not None else (0.0, 50.0)
        onset = lo + (hi - lo) * rng.random()
        delay = rng.exponential(self.cfg.onset_delay_years) if self.cfg.onset_delay_years > 0 else 0.0
        return round(min(onset + delay, 95.0), 2)

    def _walk_up(self, term: str, rng: np.random.Generator) -> str:
        from medmoe.knowledge.hpo import PHENOTYPIC_ABNORMALITY

        top = set(self.onto.top_level_branches()) | {PHENOTYPIC_ABNORMALITY}
        steps = int(rng.integers(1, self.cfg.max_up + 1))
        cur = term
        for _ in range(steps):
            parents = [p for p in self.onto.terms[cur].parents if p not in top]
            if not parents:
                break
            cur = parents[int(rng.integers(len(parents)))]
        return cur

    def _walk_down(self, term: str, rng: np.random.Generator) -> str:
        steps = int(rng.integers(1, self.cfg.max_down + 1))
        cur = term
        for _ in range(steps):
            kids = self.onto._children.get(cur, [])
            if not kids:
                break
            cur = kids[int(rng.integers(len(kids)))]
        return cur

    def _common_terms(self, n: int, rng: np.random.Generator, avoid: frozenset[str] | set[str]) -> list[str]:
        out: list[str] = []
        tries = 0
        while len(out) < n and tries < 20 * (n + 1):
            tries += 1
            t = self.noise_terms[int(rng.choice(len(self.noise_terms), p=self.noise_p))]
            if t in avoid or t in out:
                continue
            out.append(t)
        return out

    def sample(self, disease_id: str, rng: np.random.Generator | None = None) -> SyntheticPatient:
        """One patient with disease `disease_id` (uses the sampler's own stream unless `rng` is given)."""
        rng = rng if rng is not None else self.rng
        cfg = self.cfg
        d = self.ann.diseases[disease_id]  # type: ignore[attr-defined]
        sex = self._sex(d, rng)
        age = self._age(d, rng)
        anns = [a for a in d.phenotypes if not (a.sex and sex and a.sex != sex)] or list(d.phenotypes)
        freqs = np.array([a.frequency if a.frequency_known else cfg.unknown_frequency for a in anns])
        freqs = np.clip(freqs * cfg.frequency_scale, 0.0, 1.0)
        draw = rng.random(len(anns))
        keep = (draw < freqs) & (rng.random(len(anns)) >= cfg.p_missing)
        chosen = [anns[i] for i in np.flatnonzero(keep)]
        if len(chosen) < cfg.min_present:
            # Too few recorded: add the most frequent remaining features (ties broken at random).
            order = np.lexsort((rng.random(len(anns)), -freqs))
            for i in order:
                if len(chosen) >= min(cfg.min_present, len(anns)):
                    break
                if not keep[i]:
                    chosen.append(anns[i])
        if len(chosen) > cfg.max_present:
            idx = rng.choice(len(chosen), size=cfg.max_present, replace=False)
            chosen = [chosen[i] for i in sorted(idx)]
        present: list[str] = []
        for a in chosen:
            t = a.term
            u = rng.random()
            if u < cfg.p_ancestor:
                t = self._walk_up(t, rng)
            elif u < cfg.p_ancestor + cfg.p_descendant:
                t = self._walk_down(t, rng)
            if t not in present:
                present.append(t)
        closure = self.closure(disease_id)
        n_noise = int(rng.poisson(cfg.noise_rate)) if cfg.noise_rate > 0 else 0
        noise = self._common_terms(n_noise, rng, closure | set(present))
        present.extend(noise)
        excluded: list[str] = []
        n_exc = int(rng.poisson(cfg.excluded_rate)) if cfg.excluded_rate > 0 else 0
        if n_exc:
            nots = [t for t in d.excluded if t not in present]
            rng.shuffle(nots)
            excluded = nots[:n_exc]
            # Plausible negatives: common findings the disease does not explain (nor any of their
            # descendants: "no seizures" must not contradict an annotated "Focal seizure").
            avoid = set(closure) | set(present) | set(excluded)
            while len(excluded) < n_exc:
                more = self._common_terms(n_exc - len(excluded), rng, avoid)
                more = [t for t in more if not (self.onto.descendants(t) & closure)]
                if not more:
                    break
                excluded.extend(more)
                avoid |= set(more)
            if cfg.p_wrong_excluded > 0 and rng.random() < cfg.p_wrong_excluded:
                missed = [a.term for a in anns if a.term not in present and a.term not in excluded]
                if missed:
                    excluded[int(rng.integers(len(excluded)))] = missed[int(rng.integers(len(missed)))]
        order = rng.permutation(len(present))
        present = [present[i] for i in order]
        return SyntheticPatient(disease_id, present, excluded, sex, age, noise)

    def stream(self, n: int, disease_ids: list[str] | None = None) -> Iterator[SyntheticPatient]:
        """`n` patients, diseases drawn uniformly (every disease equally likely, like a referral mix of
        undiagnosed rare cases rather than of prevalence)."""
        pool = disease_ids or self.disease_ids
        for _ in range(n):
            yield self.sample(pool[int(self.rng.integers(len(pool)))])

    # -- phenopackets -----------------------------------------------------------------------------
    def to_phenopacket(self, p: SyntheticPatient, packet_id: str, created: str = "2025-01-01T00:00:00Z") -> dict:
        return to_phenopacket(p, packet_id, self.onto, self.ann, created, generator_cfg=asdict(self.cfg))


def iso_age(years: float) -> str:
    """ISO 8601 duration for an age: 5.25 -> 'P5Y3M', 0.02 -> 'P7D'."""
    if years < 1.0 / 12:
        return f"P{max(0, round(years * 365.25))}D"
    y = int(math.floor(years))
    m = int(round((years - y) * 12))
    if m == 12:
        y, m = y + 1, 0
    if y and m:
        return f"P{y}Y{m}M"
    return f"P{y}Y" if y else f"P{m}M"


def parse_iso_age(s: str) -> float | None:
    """'P5Y3M' -> 5.25; 'P10D' -> 0.027; None for anything else."""
    import re

    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                     r"(?:T.*)?", s.strip())
    if not m or not any(m.groups()):
        return None
    y, mo, w, d = (float(g) if g else 0.0 for g in m.groups())
    return y + mo / 12 + w * 7 / 365.25 + d / 365.25


def _resources(hpo_version: str) -> list[dict]:
    return [
        {"id": "hp", "name": "human phenotype ontology", "url": "http://purl.obolibrary.org/obo/hp.owl",
         "version": hpo_version or "unknown", "namespacePrefix": "HP",
         "iriPrefix": "http://purl.obolibrary.org/obo/HP_"},
        {"id": "omim", "name": "Online Mendelian Inheritance in Man", "url": "https://www.omim.org",
         "version": hpo_version or "unknown", "namespacePrefix": "OMIM", "iriPrefix": "https://omim.org/entry/"},
        {"id": "orpha", "name": "Orphanet Rare Disease Ontology", "url": "https://www.orpha.net",
         "version": hpo_version or "unknown", "namespacePrefix": "ORPHA",
         "iriPrefix": "http://www.orpha.net/ORDO/Orphanet_"},
    ]


def to_phenopacket(p: SyntheticPatient, packet_id: str, onto: object, ann: object,
                   created: str = "2025-01-01T00:00:00Z", generator_cfg: dict | None = None) -> dict:
    """A GA4GH Phenopacket v2 dict for a synthetic patient; the gold disease goes into `interpretations`."""
    d = ann.diseases[p.disease_id]  # type: ignore[attr-defined]
    subject: dict = {"id": f"{packet_id}-subject", "sex": {"male": "MALE", "female": "FEMALE"}.get(p.sex or "",
                                                                                                 "UNKNOWN_SEX")}
    if p.age_years is not None:
        subject["timeAtLastEncounter"] = {"age": {"iso8601duration": iso_age(p.age_years)}}
    feats = [{"type": {"id": t, "label": onto.name(t)}} for t in p.present]  # type: ignore[attr-defined]
    feats += [{"type": {"id": t, "label": onto.name(t)}, "excluded": True} for t in p.excluded]  # type: ignore[attr-defined]
    disease = {"id": d.id, "label": d.name}
    meta: dict = {"created": created, "createdBy": "medmoe synth rare", "resources": _resources(ann.version),  # type: ignore[attr-defined]
                  "phenopacketSchemaVersion": "2.0"}
    if generator_cfg is not None:
        meta["externalReferences"] = [{"id": "medmoe:synthetic",
                                       "description": "synthetic patient; generator config: "
                                       + ",".join(f"{k}={v}" for k, v in generator_cfg.items()
                                                  if k != "diseases")}]
    return {
        "id": packet_id,
        "subject": subject,
        "phenotypicFeatures": feats,
        "diseases": [{"term": disease}],
        "interpretations": [{"id": f"{packet_id}-interpretation", "progressStatus": "SOLVED",
                             "diagnosis": {"disease": disease}}],
        "metaData": meta,
    }


def validate_phenopacket(pp: dict, where: str = "phenopacket") -> None:
    """Check a dict against the Phenopacket v2 schema (the `phenopackets` protobuf) + required fields."""
    import json

    from google.protobuf.json_format import ParseDict, ParseError
    from phenopackets import Phenopacket

    try:
        ParseDict(json.loads(json.dumps(pp)), Phenopacket())
    except ParseError as e:
        raise InputError(f"{where}: not a valid Phenopacket v2: {e}") from e
    for f in ("id", "metaData"):
        if not pp.get(f):
            raise InputError(f"{where}: Phenopacket v2 requires field {f!r}")
    if pp["metaData"].get("phenopacketSchemaVersion") != "2.0":
        raise InputError(f"{where}: metaData.phenopacketSchemaVersion must be '2.0'")
