"""`Diagnoser`: rank OMIM/ORPHA diseases for a patient's HPO terms (the API the CLI and pipeline use).

    from medmoe.rare.api import Diagnoser, Patient
    dx = Diagnoser.load()                                  # the shipped default model (rare-default)
    p = Patient("case-1", present=["HP:0001166", "HP:0001083"], excluded=["HP:0001250"], sex="female")
    dx.rank(p, top_k=10, explain=True)                     # hybrid MoE + similarity, best first
    dx.baseline_rank(p, top_k=10)                          # Phenomizer-style similarity only

Scores: `rank` returns the softmax over all diseases of the hybrid score
`log p_MoE(d | patient) + w * z(similarity)` (w tuned on the validation protocol, stored in the model's
config), so they are comparable across cases and sum to 1 over all ~12.6k diseases. `baseline_rank`
returns the raw best-match-average IC similarity (nats).

`explain=True` fills, per ranked disease, `evidence`: one entry per patient term with its best-matching
annotation of the disease (Resnik MICA), and its *contribution*: how much the disease's hybrid score drops
when that one term is removed (occlusion; positive = the term supports the disease, negative = it argues
against it, e.g. an excluded feature the disease usually has). `experts` lists the MoE experts the case was
routed to (most used first, all layers pooled), and each evidence entry has the experts its token used.

Ranking uses one CPU thread by default: for one case the matrices are tiny and extra threads mostly wait on
each other (on a busy 2-core machine, 2 threads were ~10x slower than 1).
"""

from __future__ import annotations

import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from medmoe.errors import InputError

log = logging.getLogger(__name__)
DEFAULT_MODEL = "rare-default"
MAX_TERMS = 500  # per case; published cases list up to ~60-100, more is a broken export


@dataclass
class Patient:
    id: str
    present: list[str]
    excluded: list[str] = field(default_factory=list)
    sex: str | None = None           # "male" | "female" | None
    age_years: float | None = None


@dataclass
class RankedDisease:
    disease_id: str
    label: str
    score: float
    evidence: list[dict] = field(default_factory=list)
    experts: list[int] = field(default_factory=list)

    def as_dict(self, with_explain: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"disease_id": self.disease_id, "label": self.label, "score": round(self.score, 6)}
        if with_explain:
            d["evidence"] = self.evidence
            d["experts"] = self.experts
        return d


@contextmanager
def _threads(n: int | None):  # noqa: ANN202 - context manager
    import torch

    if n is None:
        yield
        return
    old = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(old)


class Diagnoser:
    """Holds the model, the similarity baseline and the ontology; cheap per case after `load`."""

    def __init__(self, ann: Any, model: Any | None = None, vocab: Any | None = None,
                 labels: dict[str, str] | None = None, hybrid_weight: float = 0.0, threads: int | None = 1,
                 model_name: str = "") -> None:
        from medmoe.rare.similarity import SimilarityRanker

        self.ann = ann
        self.onto = ann.onto
        self.model = model
        self.vocab = vocab
        self.hybrid_weight = hybrid_weight
        self.threads = threads
        self.model_name = model_name
        disease_ids = list(vocab.diseases) if vocab is not None else list(ann.diseases)
        self.disease_ids = disease_ids
        self.labels = dict(labels or {})
        for d in disease_ids:
            if d not in self.labels:
                dis = ann.diseases.get(d)
                self.labels[d] = dis.name if dis is not None else d
        self.sim = SimilarityRanker(ann, disease_ids)

    @classmethod
    def load(cls, model: str | None = None, threads: int | None = 1) -> Diagnoser:
        """Load a trained ranker by name or path (None: the shipped default) with the HPO release in use.

        Cached per (model, threads, HPO release): a pipeline that calls `load()` per document pays the ~5 s
        of parsing and index building once. Diagnosers hold no per-case state, so sharing one is safe
        (a model directory rewritten in the same process is not re-read: use `_load_uncached`).
        """
        from medmoe.knowledge.hpo import hpo_data_dir

        return _load_cached(model or DEFAULT_MODEL, threads, str(hpo_data_dir()))

    @classmethod
    def _load_uncached(cls, model: str, threads: int | None) -> Diagnoser:
        import medmoe.rare.model  # noqa: F401 - registers the "rare-ranker" model kind
        from medmoe.checkpoint import load_model
        from medmoe.knowledge.annotations import get_annotations
        from medmoe.rare.data import Vocab

        loaded = load_model(model, kind="rare-ranker")
        vocab = Vocab.from_json(loaded.extra_json["vocab"])
        labels = loaded.extra_json.get("labels", {})
        ann = get_annotations()
        m = loaded.model
        return cls(ann, m, vocab, labels, float(loaded.config.hybrid_weight), threads, str(loaded.path))

    @classmethod
    def baseline_only(cls) -> Diagnoser:
        """The similarity baseline without a learned model (no checkpoint needed)."""
        from medmoe.knowledge.annotations import get_annotations

        return cls(get_annotations())

    # -- input checks ------------------------------------------------------------------------------
    def clean(self, patient: Patient) -> tuple[Patient, list[str]]:
        """Resolve ids (alt/obsolete -> current), drop unknown ones and non-phenotype terms (inheritance,
        onset, ...); returns (patient, ignored ids)."""
        n = len(patient.present) + len(patient.excluded)
        if n > MAX_TERMS:
            raise InputError(f"case {patient.id}: {n} phenotypic features; the limit is {MAX_TERMS}")
        present, bad_p = self.onto.resolve_many(patient.present)
        excluded, bad_e = self.onto.resolve_many(patient.excluded)
        # Known ids outside "Phenotypic abnormality" (inheritance, onset, modifiers) describe the disease,
        # not the patient: they would only dilute the similarity average.
        bad_p += [t for t in present if not self.onto.is_phenotype(t)]
        bad_e += [t for t in excluded if not self.onto.is_phenotype(t)]
        present = [t for t in present if self.onto.is_phenotype(t)]
        excluded = [t for t in excluded if t not in set(present) and self.onto.is_phenotype(t)]
        sex = patient.sex.lower() if isinstance(patient.sex, str) else None
        sex = sex if sex in ("male", "female") else None
        return Patient(patient.id, present, excluded, sex, patient.age_years), bad_p + bad_e

    # -- scoring -----------------------------------------------------------------------------------
    def _moe_logits(self, patients: list[Patient]) -> np.ndarray:
        import torch

        from medmoe.rare.data import collate, encode_patient

        enc = [encode_patient(self.vocab, p.present, p.excluded, p.sex, p.age_years, self.model.cfg.max_len)
               for p in patients]
        ids, types = collate(enc)
        with _threads(self.threads), torch.no_grad():
            return self.model(ids, types).float().numpy()

    def score_arrays(self, patients: list[Patient], symmetric: bool = False) -> dict[str, np.ndarray]:
        """Per-disease scores for cleaned patients: 'baseline' (similarity), and with a model 'moe'
        (logits) and 'hybrid'; `symmetric` adds 'baseline_symmetric' (Phenomizer's symmetric variant, a
        stronger classical control). Rows follow `patients`, columns `self.disease_ids`."""
        from medmoe.rare.train import hybrid_scores, zscore

        sim = np.stack([self.sim.scores(p.present) for p in patients]) if patients else np.zeros((0, len(self.disease_ids)))
        out = {"baseline": sim}
        if symmetric and patients:
            out["baseline_symmetric"] = np.stack([self.sim.scores_symmetric(p.present) for p in patients])
        if self.model is not None and patients:
            logits = self._moe_logits(patients)
            out["moe"] = logits
            out["hybrid"] = hybrid_scores(logits, zscore(sim), self.hybrid_weight)
        return out

    def _top(self, s: np.ndarray, k: int) -> np.ndarray:
        # One total order (score, then disease index) over all diseases, so the first k of a longer list
        # are exactly the shorter list: argpartition picks among ties arbitrarily and made --top 1 and
        # --top 2 disagree on the best disease.
        return np.argsort(-s, kind="stable")[: min(k, s.shape[0])]

    def rank(self, patient: Patient, top_k: int = 10, explain: bool = False) -> list[RankedDisease]:
        """Hybrid MoE + similarity ranking (similarity only when no model is loaded)."""
        p, unknown = self.clean(patient)
        if unknown:
            log.warning("case %s: ignored HPO ids (unknown or not phenotypes) %s", p.id, ", ".join(unknown[:10]))
        if not p.present:
            raise InputError(f"case {patient.id}: no usable present phenotypic feature")
        if self.model is None:
            return self.baseline_rank(p, top_k)
        s = self.score_arrays([p])["hybrid"][0]
        prob = np.exp(s - s.max())
        prob /= prob.sum()
        top = self._top(s, top_k)
        out = [RankedDisease(self.disease_ids[i], self.labels[self.disease_ids[i]], float(prob[i])) for i in top]
        if explain:
            self._explain(p, out, top, s)
        return out

    def baseline_rank(self, patient: Patient, top_k: int = 10) -> list[RankedDisease]:
        p, _ = self.clean(patient)
        if not p.present:
            raise InputError(f"case {patient.id}: no usable present phenotypic feature")
        s = self.sim.scores(p.present)
        return [RankedDisease(self.disease_ids[i], self.labels[self.disease_ids[i]], float(s[i]))
                for i in self._top(s, top_k)]

    # -- explanations ------------------------------------------------------------------------------
    def best_match(self, term: str, disease_id: str) -> tuple[str | None, float]:
        """(disease annotation best matching `term`, IC of their most informative common ancestor)."""
        d = self.ann.diseases.get(disease_id)
        if d is None:
            return None, 0.0
        anc = self.onto.ancestors(term)
        best, best_ic = None, 0.0
        for a in d.phenotypes:
            common = anc & self.onto.ancestors(a.term)
            ic = max((self.ann.ic.get(c, 0.0) for c in common), default=0.0)
            if ic > best_ic:
                best, best_ic = a.term, ic
        return best, best_ic

    def matched_phenotypes(self, patient: Patient, disease_id: str, min_ratio: float = 0.75) -> list[str]:
        """Patient terms that the disease explains closely (MICA carries >= min_ratio of the term's IC)."""
        out = []
        for t in patient.present:
            _, ic = self.best_match(t, disease_id)
            own = self.ann.ic.get(t, 0.0)
            if own > 0 and ic / own >= min_ratio:
                out.append(t)
        return out

    def _explain(self, p: Patient, ranked: list[RankedDisease], top: np.ndarray, full: np.ndarray) -> None:
        terms = [(t, False) for t in p.present] + [(t, True) for t in p.excluded]
        variants = []
        for i in range(len(terms)):
            keep = [x for j, x in enumerate(terms) if j != i]
            pres = [t for t, ex in keep if not ex]
            exc = [t for t, ex in keep if ex]
            variants.append(Patient(p.id, pres, exc, p.sex, p.age_years))
        drop = self.score_arrays(variants)["hybrid"] if variants else np.zeros((0, len(full)))
        experts_case, experts_tok = self._routing(p)
        for r, idx in zip(ranked, top, strict=True):
            ev = []
            for j, (t, ex) in enumerate(terms):
                match, ic = self.best_match(t, r.disease_id)
                ev.append({"hpo_id": t, "label": self.onto.name(t), "excluded": ex,
                           "contribution": round(float(full[idx] - drop[j, idx]), 4),
                           "matched": match, "matched_label": self.onto.name(match) if match else None,
                           "ic_match": round(ic, 3), "experts": experts_tok.get(t, [])})
            r.evidence = ev
            r.experts = experts_case

    def _routing(self, p: Patient) -> tuple[list[int], dict[str, list[int]]]:
        """Experts the case used (pooled over layers, most used first) and per term (all layers)."""
        from medmoe.moe import MoELayer
        from medmoe.rare.model import SPECIALS

        self._moe_logits([p])
        case: Counter[int] = Counter()
        per_tok: dict[int, list[int]] = {}
        for mod in self.model.modules():
            if isinstance(mod, MoELayer) and mod.last_stats is not None:
                ids = mod.last_stats.expert_ids.tolist()
                for pos, experts in enumerate(ids):
                    case.update(experts)
                    per_tok.setdefault(pos, []).extend(experts)
        from medmoe.rare.data import encode_patient

        toks, _ = encode_patient(self.vocab, p.present, p.excluded, p.sex, p.age_years, self.model.cfg.max_len)
        by_term: dict[str, list[int]] = {}
        for pos, tok in enumerate(toks):
            if tok >= len(SPECIALS):
                by_term[self.vocab.terms[tok - len(SPECIALS)]] = sorted(set(per_tok.get(pos, [])))
        return [e for e, _ in case.most_common()], by_term


@lru_cache(maxsize=2)
def _load_cached(model: str, threads: int | None, release: str) -> Diagnoser:
    return Diagnoser._load_uncached(model, threads)
