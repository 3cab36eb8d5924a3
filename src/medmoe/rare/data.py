"""Vocabulary and tensors of the MoE ranker: HPO terms -> token ids, patients -> padded batches.

Why a fixed vocabulary of every phenotype term (not only the annotated ones): real patients use terms no
disease is annotated with (more specific ones); they still get a vector through their ancestors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from medmoe.knowledge.annotations import DiseaseAnnotations
from medmoe.rare.model import CLS, PAD, SPECIALS, TYPE_EXCLUDED, TYPE_PRESENT, TYPE_SPECIAL

AGE_BANDS = [(1.0, "<age:0-1>"), (5.0, "<age:1-5>"), (16.0, "<age:5-16>"), (40.0, "<age:16-40>"),
             (float("inf"), "<age:40+>")]


@dataclass
class Vocab:
    """Token ids of specials + HPO phenotype terms, and the disease list (order of the scoring head)."""

    terms: list[str]
    diseases: list[str]

    def __post_init__(self) -> None:
        self.tok = {s: i for i, s in enumerate(SPECIALS)}
        self.tok.update({t: i + len(SPECIALS) for i, t in enumerate(self.terms)})
        self.dis_index = {d: i for i, d in enumerate(self.diseases)}

    @property
    def size(self) -> int:
        return len(SPECIALS) + len(self.terms)

    def to_json(self) -> dict:
        return {"terms": self.terms, "diseases": self.diseases}

    @classmethod
    def from_json(cls, obj: dict) -> Vocab:
        return cls(list(obj["terms"]), list(obj["diseases"]))

    @classmethod
    def build(cls, ann: DiseaseAnnotations) -> Vocab:
        onto = ann.onto
        return cls([t for t in onto.ids if onto.is_phenotype(t)], list(ann.diseases))


def structure_tensors(vocab: Vocab, ann: DiseaseAnnotations, self_weight: float = 2.0,
                      ic_floor: float = 0.5) -> dict[str, torch.Tensor]:
    """The buffers of `RareRanker`: ancestor CSR (weights ~ IC, normalised per term) and disease CSR
    (weights ~ sqrt(frequency): occasional features still count, obligate ones count more)."""
    onto = ann.onto
    ic = ann.ic
    anc_ptr, anc_idx, anc_w = [0], [], []
    for i in range(vocab.size):
        if i < len(SPECIALS):
            anc_idx.append(i)
            anc_w.append(1.0)
        else:
            t = vocab.terms[i - len(SPECIALS)]
            ancs = [a for a in onto.ancestors(t) if a in vocab.tok]
            w = np.array([(ic[a] + ic_floor) * (self_weight if a == t else 1.0) for a in ancs])
            w = w / w.sum()
            anc_idx.extend(vocab.tok[a] for a in ancs)
            anc_w.extend(w.tolist())
        anc_ptr.append(len(anc_idx))
    dis_ptr, dis_term, dis_w = [0], [], []
    for d_id in vocab.diseases:
        for a in ann.diseases[d_id].phenotypes:
            if a.term in vocab.tok:
                dis_term.append(vocab.tok[a.term])
                f = a.frequency if a.frequency_known else 0.5
                dis_w.append(float(np.sqrt(max(f, 0.01))))
        dis_ptr.append(len(dis_term))
    return {
        "encoder.tok_emb.anc_ptr": torch.tensor(anc_ptr, dtype=torch.int32),
        "encoder.tok_emb.anc_idx": torch.tensor(anc_idx, dtype=torch.int16),
        "encoder.tok_emb.anc_w": torch.tensor(anc_w, dtype=torch.float16),
        "dis_ptr": torch.tensor(dis_ptr, dtype=torch.int32),
        "dis_term": torch.tensor(dis_term, dtype=torch.int16),
        "dis_w": torch.tensor(dis_w, dtype=torch.float16),
    }


def install_structure(model: torch.nn.Module, tensors: dict[str, torch.Tensor]) -> None:
    bufs = dict(model.named_buffers())
    for name, t in tensors.items():
        if bufs[name].shape != t.shape:
            raise ValueError(f"buffer {name}: model has {tuple(bufs[name].shape)}, data {tuple(t.shape)}")
        bufs[name].copy_(t)
    model.train(model.training)  # clear inference caches


def age_token(age: float | None) -> str | None:
    if age is None:
        return None
    for hi, tok in AGE_BANDS:
        if age < hi:
            return tok
    return None


def encode_patient(vocab: Vocab, present: list[str], excluded: list[str], sex: str | None,
                   age: float | None, max_len: int) -> tuple[list[int], list[int]]:
    """(token ids, type ids) of one patient; terms outside the vocabulary are dropped; truncated to max_len
    (present terms first, they carry most of the signal)."""
    ids, types = [CLS], [TYPE_SPECIAL]
    if sex in ("male", "female"):
        ids.append(vocab.tok[f"<{sex}>"])
        types.append(TYPE_SPECIAL)
    at = age_token(age)
    if at is not None:
        ids.append(vocab.tok[at])
        types.append(TYPE_SPECIAL)
    seen: set[int] = set()
    for terms, ty in ((present, TYPE_PRESENT), (excluded, TYPE_EXCLUDED)):
        for t in terms:
            i = vocab.tok.get(t)
            if i is None or i in seen:
                continue
            seen.add(i)
            ids.append(i)
            types.append(ty)
    return ids[:max_len], types[:max_len]


def collate(encoded: list[tuple[list[int], list[int]]]) -> tuple[torch.Tensor, torch.Tensor]:
    T = max(len(ids) for ids, _ in encoded)
    ids_BT = torch.full((len(encoded), T), PAD, dtype=torch.long)
    type_BT = torch.zeros((len(encoded), T), dtype=torch.long)
    for b, (ids, types) in enumerate(encoded):
        ids_BT[b, : len(ids)] = torch.tensor(ids)
        type_BT[b, : len(types)] = torch.tensor(types)
    return ids_BT, type_BT
