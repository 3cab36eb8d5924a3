"""Disease -> phenotype annotations (`phenotype.hpoa`) and information content of HPO terms.

Why here: the synthetic patient generator, the similarity baseline and the MoE ranker must all agree on
one reading of the annotation file (which diseases, what a "frequent" feature means numerically, how NOT
annotations and obsolete ids are handled). This module is that one reading.

API::

    from medmoe.knowledge.annotations import get_annotations, get_diseases
    ann = get_annotations()                   # cached; same release directory as the ontology
    d = ann.diseases["OMIM:154700"]           # Disease(id, name, phenotypes, excluded, inheritance, onset, ...)
    d.phenotypes[0]                           # Annotation(term, frequency, frequency_known, onset, sex, modifiers)
    ann.ic["HP:0001166"]                      # information content (nats) of a term, see below
    ann.ic_array                              # numpy float array aligned with get_ontology().ids
    get_diseases()                            # == get_annotations().diseases

Which diseases: OMIM and ORPHA (DECIPHER is dropped), those with at least one present phenotype of the
"Phenotypic abnormality" branch. Obsolete/alt HPO ids are mapped to current terms; unmappable ones are
dropped (counted in `ann.dropped_terms`).

Frequencies become floats: the HPO frequency terms map to the middle of their published ranges
(Obligate 1.0, Very frequent 0.9, Frequent 0.55, Occasional 0.17, Very rare 0.025), "n/m" to n/m and
"x%" to x/100. An annotation without a frequency gets `DEFAULT_FREQUENCY` with `frequency_known=False`,
so a consumer can choose its own prior. The frequency "Excluded" (HP:0040285) is treated as a NOT
annotation. When a disease lists a term more than once (several sources), known frequencies are
averaged.

Information content: IC(t) = -ln(n_t / N) where N is the number of diseases and n_t the number of diseases
annotated with t or any descendant of t (annotations propagate to ancestors, the Resnik/Phenomizer
convention). Terms no disease reaches get the IC of a single disease, -ln(1/N): as surprising as the rarest
annotated term, so a very specific patient term is never worth more than any annotated one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from medmoe.errors import InputError
from medmoe.knowledge.hpo import (
    ONSET,
    Ontology,
    get_ontology,
    hpo_data_dir,
)

SOURCES = ("OMIM", "ORPHA")
DEFAULT_FREQUENCY = 0.5

FREQUENCY_TERMS: dict[str, float] = {
    "HP:0040280": 1.0,    # Obligate (100%)
    "HP:0040281": 0.9,    # Very frequent (99-80%)
    "HP:0040282": 0.55,   # Frequent (79-30%)
    "HP:0040283": 0.17,   # Occasional (29-5%)
    "HP:0040284": 0.025,  # Very rare (4-1%)
    "HP:0040285": 0.0,    # Excluded (0%)
}

# Typical age ranges (years) of the HPO onset terms; used to draw ages consistent with a disease.
ONSET_YEARS: dict[str, tuple[float, float]] = {
    "HP:0030674": (0.0, 0.0),     # Antenatal onset
    "HP:0011460": (0.0, 0.0),     # Embryonal onset
    "HP:0011461": (0.0, 0.0),     # Fetal onset
    "HP:0034199": (0.0, 0.0),     # Late first trimester onset
    "HP:0034198": (0.0, 0.0),     # Second trimester onset
    "HP:0034197": (0.0, 0.0),     # Third trimester onset
    "HP:0003577": (0.0, 0.0),     # Congenital onset
    "HP:0003623": (0.0, 0.08),    # Neonatal onset (first 28 days)
    "HP:0003593": (0.08, 1.0),    # Infantile onset
    "HP:0410280": (0.0, 15.0),    # Pediatric onset
    "HP:0011463": (1.0, 5.0),     # Childhood onset
    "HP:0003621": (5.0, 15.0),    # Juvenile onset
    "HP:0003581": (16.0, 80.0),   # Adult onset
    "HP:0011462": (16.0, 40.0),   # Young adult onset
    "HP:0025708": (16.0, 19.0),   # Early young adult onset
    "HP:0025709": (19.0, 25.0),   # Intermediate young adult onset
    "HP:0025710": (25.0, 40.0),   # Late young adult onset
    "HP:0003596": (40.0, 60.0),   # Middle age onset
    "HP:0003584": (60.0, 90.0),   # Late onset
}


@dataclass
class Annotation:
    """One present phenotype of a disease."""

    term: str
    frequency: float
    frequency_known: bool = True
    onset: str | None = None          # HPO onset term for this feature, if annotated
    sex: str | None = None            # "male"/"female" when the feature was seen in one sex only
    modifiers: list[str] = field(default_factory=list)


@dataclass
class Disease:
    id: str                            # "OMIM:154700" / "ORPHA:558"
    name: str
    phenotypes: list[Annotation] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)      # NOT annotations: features the disease lacks
    inheritance: list[str] = field(default_factory=list)   # HPO mode-of-inheritance terms
    onset: list[str] = field(default_factory=list)         # disease-level onset terms (aspect C)
    clinical_course: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.id.split(":", 1)[0]

    def terms(self) -> list[str]:
        return [a.term for a in self.phenotypes]

    def onset_years(self) -> tuple[float, float] | None:
        """Union of the age ranges of the disease's onset terms, or None when not annotated."""
        rng = [ONSET_YEARS[o] for o in self.onset if o in ONSET_YEARS]
        if not rng:
            return None
        return min(r[0] for r in rng), max(r[1] for r in rng)


def parse_frequency(raw: str) -> tuple[float, bool]:
    """('HP:0040281' | '3/7' | '45%' | '') -> (frequency in [0, 1], known?)."""
    raw = raw.strip()
    if not raw:
        return DEFAULT_FREQUENCY, False
    if raw in FREQUENCY_TERMS:
        return FREQUENCY_TERMS[raw], True
    try:
        if "/" in raw:
            n, m = raw.split("/", 1)
            n_f, m_f = float(n), float(m)
            if m_f <= 0:
                return DEFAULT_FREQUENCY, False
            return min(1.0, max(0.0, n_f / m_f)), True
        if raw.endswith("%"):
            return min(1.0, max(0.0, float(raw[:-1]) / 100.0)), True
    except ValueError:
        pass
    return DEFAULT_FREQUENCY, False


class DiseaseAnnotations:
    """All OMIM + ORPHA diseases of a `phenotype.hpoa` file with their IC table."""

    def __init__(self, diseases: dict[str, Disease], onto: Ontology, version: str = "", source: str = "",
                 dropped_terms: int = 0) -> None:
        self.diseases = diseases
        self.onto = onto
        self.version = version
        self.source = source
        self.dropped_terms = dropped_terms
        self.ic_array, self.counts = self._information_content()
        self.ic: dict[str, float] = {t: float(self.ic_array[i]) for i, t in enumerate(onto.ids)}
        self.max_ic = float(self.ic_array.max()) if self.ic_array.size else 0.0

    def _information_content(self) -> tuple[np.ndarray, np.ndarray]:
        idx = self.onto.index
        counts = np.zeros(len(self.onto.ids), dtype=np.int64)
        for d in self.diseases.values():
            reached: set[str] = set()
            for a in d.phenotypes:
                reached |= self.onto.ancestors(a.term)
            for t in reached:
                counts[idx[t]] += 1
        n = max(1, len(self.diseases))
        ic = -np.log(np.maximum(counts, 1) / n)
        return ic.astype(np.float64), counts

    def __len__(self) -> int:
        return len(self.diseases)

    def get(self, disease_id: str) -> Disease | None:
        return self.diseases.get(disease_id)


def parse_hpoa(path: str | Path, onto: Ontology, sources: tuple[str, ...] = SOURCES) -> DiseaseAnnotations:
    """Read a phenotype.hpoa file (tab-separated, '#' header lines, one column header line)."""
    path = Path(path)
    try:
        fh = path.open(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read disease annotations ({e.strerror})") from e
    version = ""
    diseases: dict[str, Disease] = {}
    freqs: dict[tuple[str, str], list[float]] = {}
    first: dict[tuple[str, str], Annotation] = {}
    dropped = 0
    col: dict[str, int] | None = None
    is_pheno: dict[str, bool] = {}
    with fh:
        for line_no, line in enumerate(fh, start=1):
            if line.startswith("#"):
                if line.startswith("#version:") or line.startswith("#date:"):
                    version = line.split(":", 1)[1].strip()
                continue
            parts = line.rstrip("\n").split("\t")
            if col is None:
                if parts[0] in ("database_id", "DatabaseID", "DB"):
                    col = {name: i for i, name in enumerate(parts)}
                    continue
                raise InputError(f"{path}:{line_no}: expected the phenotype.hpoa column header line")
            if len(parts) < len(col):
                continue
            db_id = parts[col["database_id"]]
            if db_id.split(":", 1)[0] not in sources:
                continue
            raw_term = parts[col["hpo_id"]]
            term = onto.resolve(raw_term)
            if term is None:
                dropped += 1
                continue
            d = diseases.get(db_id)
            if d is None:
                d = diseases[db_id] = Disease(db_id, parts[col["disease_name"]])
            aspect = parts[col["aspect"]]
            qualifier = parts[col["qualifier"]]
            freq, known = parse_frequency(parts[col["frequency"]])
            if aspect == "I":
                if term not in d.inheritance:
                    d.inheritance.append(term)
                continue
            if aspect == "C":
                target = d.onset if ONSET in onto.ancestors(term) else d.clinical_course
                if term not in target:
                    target.append(term)
                continue
            if aspect != "P":
                continue
            ok = is_pheno.get(term)
            if ok is None:
                ok = is_pheno[term] = onto.is_phenotype(term)
            if not ok:
                continue
            if qualifier == "NOT" or (known and freq == 0.0):
                if term not in d.excluded:
                    d.excluded.append(term)
                continue
            key = (db_id, term)
            if key not in first:
                sex = parts[col["sex"]].strip().lower() or None
                onset = onto.resolve(parts[col["onset"]]) if parts[col["onset"]] else None
                raw_mods = parts[col["modifier"]]
                mods = [m for m in (onto.resolve(x) for x in raw_mods.split(";") if x) if m] if raw_mods else []
                ann = Annotation(term, freq, known, onset, sex if sex in ("male", "female") else None, mods)
                first[key] = ann
                d.phenotypes.append(ann)
                freqs[key] = []
            if known:
                freqs[key].append(freq)
    if col is None:
        raise InputError(f"{path}: no phenotype.hpoa header line found")
    for key, fs in freqs.items():
        if fs:
            a = first[key]
            a.frequency, a.frequency_known = float(sum(fs) / len(fs)), True
    for d in diseases.values():  # a term both present and NOT (different sources): present wins
        present = {a.term for a in d.phenotypes}
        d.excluded = [t for t in d.excluded if t not in present]
    diseases = {k: d for k, d in sorted(diseases.items()) if d.phenotypes}
    return DiseaseAnnotations(diseases, onto, version, str(path), dropped)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, onto_path: str | None) -> DiseaseAnnotations:
    onto = get_ontology(onto_path)
    return parse_hpoa(path, onto)


def get_annotations(path: str | Path | None = None, ontology_path: str | Path | None = None) -> DiseaseAnnotations:
    """Annotations from `path` (a phenotype.hpoa file or a directory holding one) or the release in use.

    Cached per file and modification time (first call ~2 s, later calls free).
    """
    p = Path(path) if path is not None else hpo_data_dir() / "phenotype.hpoa"
    if p.is_dir():
        if ontology_path is None and (p / "hp.obo").is_file():
            ontology_path = p / "hp.obo"
        p = p / "phenotype.hpoa"
    if not p.is_file():
        raise InputError(f"{p}: disease annotation file phenotype.hpoa not found")
    return _load(str(p.resolve()), p.stat().st_mtime_ns, str(ontology_path) if ontology_path else None)


def get_diseases() -> dict[str, Disease]:
    """All OMIM + ORPHA diseases of the release in use, by id (sorted)."""
    return get_annotations().diseases


def onset_to_years(term: str) -> tuple[float, float] | None:
    return ONSET_YEARS.get(term)


def frequency_label(freq: float) -> str:
    """Back to words, for explanations: 0.9 -> 'very frequent'."""
    if freq >= 0.995:
        return "obligate"
    if freq >= 0.8:
        return "very frequent"
    if freq >= 0.3:
        return "frequent"
    if freq >= 0.05:
        return "occasional"
    return "very rare" if freq > 0 else "excluded"

