"""`ICDCoder`: the public ICD-10 coding API, and the model directory format behind it.

A coder blends sparse n-gram linear models (`icd/ngram.py`: the char_lem block, plus optional "extra"
blocks over words / lemmas) and an MoE classifier ensemble (`icd/model.py`: the stop-2 bag MoE, whose input
is the char_lem block's TF-IDF vector). Stop-2 models (`weights` set) take the weighted geometric mean of
the parts' probabilities; stop-1 models (token MoE) the linear blend `p = w * p_moe + (1 - w) * p_ngram`.
Everything lives in one medmoe model directory (kind "icd-coder"): `model.safetensors` holds the MoE
weights *and* the n-gram idf / weight / bias as tensors (fp16 on disk to stay small), the vocabularies and
code list are JSON, and nothing is pickled. At prediction time the
n-gram transform is rebuilt from those arrays with numpy, so sklearn is not needed to predict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from medmoe.checkpoint import load_model, register_model_kind, save_model
from medmoe.errors import CheckpointError, InputError
from medmoe.icd.model import Featurizer, ICDBagMoE, ICDBagMoEConfig, ICDMoEClassifier, ICDMoEConfig
from medmoe.icd.names import code_name as _code_name
from medmoe.icd.ngram import NgramConfig, NgramScorer
from medmoe.icd.train import TrainedParts, bag_log_proba, blend, log_blend, moe_predict_proba

__all__ = ["DEFAULT_MODEL", "KIND", "ICDCoder", "ICDCoderConfig"]

KIND = "icd-coder"
DEFAULT_MODEL = "icd-default"


@dataclass
class ICDCoderConfig:
    n_classes: int = 105
    moe: ICDMoEConfig | None = None
    n_moe: int = 0  # ensemble size
    ngram: NgramConfig | None = field(default_factory=NgramConfig)
    n_ngram_features: int = 0
    weight_moe: float = 0.5
    # stop 2: extra n-gram blocks, the bag-MoE ensemble, log-space blend weights [ngram, *extra, moe]
    extra: list[NgramConfig] = field(default_factory=list)
    n_extra_features: list[int] = field(default_factory=list)
    bag: ICDBagMoEConfig | None = None
    n_bag: int = 0
    moe_temperature: float = 1.0
    weights: list[float] = field(default_factory=list)
    # n-gram weight matrices stored as int8 with one fp16 scale per feature row (halves the model; the
    # recorded scores are computed with the quantised weights)
    int8: bool = False


class ICDCoderModule(nn.Module):
    """Container whose state dict is the whole model: MoE ensemble + n-gram arrays as buffers."""

    def __init__(self, cfg: ICDCoderConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.moes = (
            nn.ModuleList(ICDMoEClassifier(cfg.moe) for _ in range(cfg.n_moe)) if cfg.moe else nn.ModuleList()
        )
        V = cfg.n_ngram_features if cfg.ngram is not None else 0
        wdtype = torch.int8 if cfg.int8 else torch.float32
        self.register_buffer("ngram_idf", torch.zeros(V))
        self.register_buffer("ngram_weight", torch.zeros(V, cfg.n_classes, dtype=wdtype))
        self.register_buffer("ngram_bias", torch.zeros(cfg.n_classes if V else 0))
        if cfg.int8:
            self.register_buffer("ngram_wscale", torch.zeros(V))
        for i, n in enumerate(cfg.n_extra_features):
            self.register_buffer(f"extra{i}_idf", torch.zeros(n))
            self.register_buffer(f"extra{i}_weight", torch.zeros(n, cfg.n_classes, dtype=wdtype))
            self.register_buffer(f"extra{i}_bias", torch.zeros(cfg.n_classes))
            if cfg.int8:
                self.register_buffer(f"extra{i}_wscale", torch.zeros(n))
        self.bags = (
            nn.ModuleList(ICDBagMoE(cfg.bag) for _ in range(cfg.n_bag)) if cfg.bag else nn.ModuleList()
        )


register_model_kind(KIND, ICDCoderConfig, ICDCoderModule)


def quantize_rows(w_VC: np.ndarray) -> tuple[torch.Tensor, torch.Tensor]:
    """(int8 [V, C], fp16-representable scale [V]) with w ~= q * scale[:, None]; symmetric per feature row."""
    scale = np.abs(w_VC).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float16).astype(np.float32)  # exact after fp16 saving
    q = np.clip(np.rint(w_VC / scale[:, None]), -127, 127).astype(np.int8)
    return torch.from_numpy(q), torch.from_numpy(scale)


def _weight(module: nn.Module, prefix: str) -> np.ndarray:
    w = getattr(module, f"{prefix}_weight")
    if w.dtype == torch.int8:
        return w.numpy().astype(np.float32) * getattr(module, f"{prefix}_wscale").float().numpy()[:, None]
    return w.float().numpy()


class ICDCoder:
    """Predict three-character ICD-10 codes from Russian complaint texts."""

    def __init__(
        self,
        module: ICDCoderModule,
        labels: Sequence[str],
        featurizer: Featurizer | None,
        ngram_vocab: Sequence[str] | None,
        metadata: dict[str, Any] | None = None,
        path: Path | None = None,
        extra_vocabs: Sequence[Sequence[str]] = (),
    ) -> None:
        self.module = module.float().eval()
        self.cfg = module.cfg
        self.labels = list(labels)
        self.featurizer = featurizer
        self.metadata = metadata or {}
        self.path = path
        self.ngram: NgramScorer | None = None
        if self.cfg.ngram is not None and ngram_vocab is not None and self.cfg.n_ngram_features:
            self.ngram = NgramScorer(
                self.cfg.ngram,
                ngram_vocab,
                module.ngram_idf.numpy(),
                _weight(module, "ngram"),
                module.ngram_bias.numpy(),
            )
        self.extra: list[NgramScorer] = []
        if len(extra_vocabs) != len(self.cfg.extra):
            raise CheckpointError(
                f"{len(extra_vocabs)} extra n-gram vocabularies for {len(self.cfg.extra)} blocks"
            )
        for i, (ec, voc) in enumerate(zip(self.cfg.extra, extra_vocabs, strict=True)):
            self.extra.append(
                NgramScorer(
                    ec,
                    voc,
                    getattr(module, f"extra{i}_idf").numpy(),
                    _weight(module, f"extra{i}"),
                    getattr(module, f"extra{i}_bias").numpy(),
                )
            )
        if len(self.labels) != self.cfg.n_classes:
            raise CheckpointError(
                f"labels.json lists {len(self.labels)} codes, config.json says {self.cfg.n_classes}"
            )

    # ------------------------------------------------------------------------------------------------
    @classmethod
    def from_parts(
        cls, parts: TrainedParts, ngram_cfg: NgramConfig | None = None, moe_temperature: float = 1.0
    ) -> ICDCoder:
        """The coder of a stop-2 `train_icd` result (char_lem block, extra blocks, bag MoEs, log weights)."""
        ngram_cfg = ngram_cfg or parts.ngram_cfg
        cfg = ICDCoderConfig(
            n_classes=len(parts.labels),
            ngram=ngram_cfg,
            n_ngram_features=len(parts.ngram["vocab"]),
            weight_moe=0.0,
            extra=[ec for ec, _ in parts.extra],
            n_extra_features=[len(a["vocab"]) for _, a in parts.extra],
            bag=parts.bags[0].cfg if parts.bags else None,
            n_bag=len(parts.bags),
            moe_temperature=moe_temperature,
            weights=list(parts.weights),
            int8=True,
        )
        module = ICDCoderModule(cfg)
        for dst, src in zip(module.bags, parts.bags, strict=True):
            dst.load_state_dict(src.state_dict())
        for prefix, a in [("ngram", parts.ngram)] + [
            (f"extra{i}", a) for i, (_, a) in enumerate(parts.extra)
        ]:
            # idf and bias go through fp16 on disk: round them now so scores here equal scores after loading
            getattr(module, f"{prefix}_idf").copy_(torch.from_numpy(a["idf"]).half().float())
            getattr(module, f"{prefix}_bias").copy_(torch.from_numpy(a["bias_C"]).half().float())
            q, scale = quantize_rows(a["weight_VC"])
            getattr(module, f"{prefix}_weight").copy_(q)
            getattr(module, f"{prefix}_wscale").copy_(scale)
        for bag in module.bags:  # same for the MoE weights (saved in fp16)
            bag.half().float()
        return cls(
            module,
            parts.labels,
            None,
            parts.ngram["vocab"],
            extra_vocabs=[a["vocab"] for _, a in parts.extra],
        )

    @classmethod
    def load(cls, model: str | Path | None = None) -> ICDCoder:
        """Load a model directory or name (None: the shipped default `icd-default`)."""
        lm = load_model(model if model is not None else DEFAULT_MODEL, kind=KIND)
        ex = lm.extra_json
        try:
            labels = ex["labels"]
            feat = None
            if lm.config.n_moe:
                fz = ex["featurizer"]
                feat = Featurizer(
                    fz["vocab"],
                    fz["sub_vocab"],
                    max_len=fz["max_len"],
                    max_sub=fz["max_sub"],
                    sub_n=tuple(fz["sub_n"]),
                )
            ngram_vocab = ex.get("ngram_vocab")
            extra_vocabs = ex.get("extra_vocabs", [])
        except (KeyError, TypeError) as e:
            raise CheckpointError(f"{lm.path}: incomplete ICD model JSON files ({e})") from None
        return cls(
            lm.model,
            labels,
            feat,
            ngram_vocab,
            lm.metadata,
            lm.path,  # type: ignore[arg-type]
            extra_vocabs=extra_vocabs,
        )

    def save(self, path: str | Path, metadata: dict[str, Any] | None = None) -> Path:
        """Write the model directory (weights in fp16: half the size, no measurable change in scores)."""
        extra: dict[str, Any] = {"labels": self.labels, "code_names": {c: _code_name(c) for c in self.labels}}
        if self.featurizer is not None:
            f = self.featurizer
            extra["featurizer"] = {
                "vocab": f.vocab,
                "sub_vocab": f.sub_vocab,
                "max_len": f.max_len,
                "max_sub": f.max_sub,
                "sub_n": list(f.sub_n),
            }
        if self.ngram is not None:
            vocab = [""] * len(self.ngram.index)
            for g, j in self.ngram.index.items():
                vocab[j] = g
            extra["ngram_vocab"] = vocab
        if self.extra:
            extra["extra_vocabs"] = [sorted(sc.index, key=sc.index.__getitem__) for sc in self.extra]
        half = ICDCoderModule(self.cfg)
        half.load_state_dict(self.module.state_dict())
        half.half()
        meta = dict(self.metadata)
        meta.update(metadata or {})
        return save_model(path, half, self.cfg, KIND, metadata=meta, extra_json=extra)

    # ------------------------------------------------------------------------------------------------
    @torch.no_grad()
    def predict_proba(self, texts: Sequence[str], batch_size: int = 256) -> np.ndarray:
        """[N, n_codes] probabilities (columns in `self.labels` order)."""
        texts = [self._check(t, i) for i, t in enumerate(texts)]
        if not texts:
            return np.zeros((0, len(self.labels)))
        if self.cfg.weights:
            return self._predict_log_blend(texts, batch_size)
        w = self.cfg.weight_moe
        p_moe = p_ng = None
        if len(self.module.moes) and self.featurizer is not None and (w > 0 or self.ngram is None):
            p_moe = moe_predict_proba(list(self.module.moes), self.featurizer, texts, batch_size)  # type: ignore[arg-type]
        if self.ngram is not None and (w < 1 or p_moe is None):
            p_ng = self.ngram.predict_proba(texts).astype(np.float64)
        return blend(p_moe, p_ng, w)

    def part_log_probas(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """log-probabilities of each stop-2 part ("ngram", "extra_<kind>", "moe"), for ablations."""
        out: dict[str, np.ndarray] = {}
        assert self.ngram is not None
        rows = [self.ngram.transform_one(t) for t in texts]
        out["ngram"] = np.log(np.clip(self.ngram.proba_from_logits(self.ngram.logits_rows(rows)), 1e-30, 1.0))
        for sc in self.extra:
            out[f"extra_{sc.cfg.kind}"] = sc.log_proba(texts)
        if len(self.module.bags):
            out["moe"] = bag_log_proba(list(self.module.bags), rows, self.cfg.moe_temperature)  # type: ignore[arg-type]
        return out

    def _predict_log_blend(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        w = self.cfg.weights
        if self.ngram is None:
            raise CheckpointError("a stop-2 ICD model needs its char_lem n-gram block")
        rows = [self.ngram.transform_one(t) for t in texts]
        lps: list[np.ndarray | None] = [None] * len(w)
        if w[0] > 0:
            lps[0] = np.log(np.clip(self.ngram.proba_from_logits(self.ngram.logits_rows(rows)), 1e-30, 1.0))
        for i, sc in enumerate(self.extra, start=1):
            if w[i] > 0:
                lps[i] = sc.log_proba(texts)
        if w[-1] > 0 and len(self.module.bags):
            lps[-1] = bag_log_proba(
                list(self.module.bags),
                rows,
                self.cfg.moe_temperature,  # type: ignore[arg-type]
                batch_size,
            )
        return log_blend(lps, w)

    def predict(self, texts: Sequence[str], top: int = 3) -> list[list[tuple[str, float]]]:
        """Top-`top` (code, probability) per text, best first."""
        if top < 1:
            raise InputError(f"top must be >= 1, got {top}")
        p = self.predict_proba(texts)
        order = np.argsort(-p, axis=1, kind="stable")[:, :top]
        return [[(self.labels[j], float(p[i, j])) for j in row] for i, row in enumerate(order)]

    def code_name(self, code: str) -> str:
        """Russian ICD-10 title of `code` ("M54" -> "Дорсалгия")."""
        return _code_name(code)

    @staticmethod
    def _check(text: Any, i: int) -> str:
        if not isinstance(text, str):
            raise InputError(f"text {i}: expected a string, got {type(text).__name__}")
        return text
