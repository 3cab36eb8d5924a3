"""`ICDCoder`: the public ICD-10 coding API, and the model directory format behind it.

A coder is a blend of up to two parts, chosen on held-out train data when it was trained:
the MoE classifier ensemble (`icd/model.py`) and the sparse n-gram linear model (`icd/ngram.py`),
`p = w * p_moe + (1 - w) * p_ngram`. Both live in one medmoe model directory (kind "icd-coder"):
`model.safetensors` holds the MoE weights *and* the n-gram idf / weight / bias as tensors (fp16 on disk to
stay small), the vocabularies and code list are JSON, and nothing is pickled. At prediction time the
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
from medmoe.icd.model import Featurizer, ICDMoEClassifier, ICDMoEConfig
from medmoe.icd.names import code_name as _code_name
from medmoe.icd.ngram import NgramConfig, NgramScorer
from medmoe.icd.train import TrainedParts, blend, moe_predict_proba

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


class ICDCoderModule(nn.Module):
    """Container whose state dict is the whole model: MoE ensemble + n-gram arrays as buffers."""

    def __init__(self, cfg: ICDCoderConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.moes = nn.ModuleList(ICDMoEClassifier(cfg.moe) for _ in range(cfg.n_moe)) if cfg.moe else nn.ModuleList()
        V = cfg.n_ngram_features if cfg.ngram is not None else 0
        self.register_buffer("ngram_idf", torch.zeros(V))
        self.register_buffer("ngram_weight", torch.zeros(V, cfg.n_classes))
        self.register_buffer("ngram_bias", torch.zeros(cfg.n_classes if V else 0))


register_model_kind(KIND, ICDCoderConfig, ICDCoderModule)


class ICDCoder:
    """Predict three-character ICD-10 codes from Russian complaint texts."""

    def __init__(self, module: ICDCoderModule, labels: Sequence[str], featurizer: Featurizer | None,
                 ngram_vocab: Sequence[str] | None, metadata: dict[str, Any] | None = None,
                 path: Path | None = None) -> None:
        self.module = module.float().eval()
        self.cfg = module.cfg
        self.labels = list(labels)
        self.featurizer = featurizer
        self.metadata = metadata or {}
        self.path = path
        self.ngram: NgramScorer | None = None
        if self.cfg.ngram is not None and ngram_vocab is not None and self.cfg.n_ngram_features:
            self.ngram = NgramScorer(self.cfg.ngram, ngram_vocab, module.ngram_idf.numpy(),
                                     module.ngram_weight.numpy(), module.ngram_bias.numpy())
        if len(self.labels) != self.cfg.n_classes:
            raise CheckpointError(f"labels.json lists {len(self.labels)} codes, config.json says "
                                  f"{self.cfg.n_classes}")

    # ------------------------------------------------------------------------------------------------
    @classmethod
    def from_parts(cls, parts: TrainedParts, ngram_cfg: NgramConfig | None) -> ICDCoder:
        moe_cfg = parts.moes[0].cfg if parts.moes else None
        n_feat = len(parts.ngram["vocab"]) if parts.ngram is not None else 0
        cfg = ICDCoderConfig(n_classes=len(parts.labels), moe=moe_cfg, n_moe=len(parts.moes),
                             ngram=ngram_cfg if parts.ngram is not None else None, n_ngram_features=n_feat,
                             weight_moe=parts.weight_moe if parts.ngram is not None else 1.0)
        if not parts.moes:
            cfg.weight_moe = 0.0
        module = ICDCoderModule(cfg)
        for dst, src in zip(module.moes, parts.moes, strict=True):
            dst.load_state_dict(src.state_dict())
        if parts.ngram is not None:
            module.ngram_idf.copy_(torch.from_numpy(parts.ngram["idf"]))
            module.ngram_weight.copy_(torch.from_numpy(parts.ngram["weight_VC"]))
            module.ngram_bias.copy_(torch.from_numpy(parts.ngram["bias_C"]))
        return cls(module, parts.labels, parts.featurizer,
                   parts.ngram["vocab"] if parts.ngram is not None else None)

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
                feat = Featurizer(fz["vocab"], fz["sub_vocab"], max_len=fz["max_len"], max_sub=fz["max_sub"],
                                  sub_n=tuple(fz["sub_n"]))
            ngram_vocab = ex.get("ngram_vocab")
        except (KeyError, TypeError) as e:
            raise CheckpointError(f"{lm.path}: incomplete ICD model JSON files ({e})") from None
        return cls(lm.model, labels, feat, ngram_vocab, lm.metadata, lm.path)  # type: ignore[arg-type]

    def save(self, path: str | Path, metadata: dict[str, Any] | None = None) -> Path:
        """Write the model directory (weights in fp16: half the size, no measurable change in scores)."""
        extra: dict[str, Any] = {"labels": self.labels,
                                 "code_names": {c: _code_name(c) for c in self.labels}}
        if self.featurizer is not None:
            f = self.featurizer
            extra["featurizer"] = {"vocab": f.vocab, "sub_vocab": f.sub_vocab, "max_len": f.max_len,
                                   "max_sub": f.max_sub, "sub_n": list(f.sub_n)}
        if self.ngram is not None:
            vocab = [""] * len(self.ngram.index)
            for g, j in self.ngram.index.items():
                vocab[j] = g
            extra["ngram_vocab"] = vocab
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
        w = self.cfg.weight_moe
        p_moe = p_ng = None
        if len(self.module.moes) and self.featurizer is not None and (w > 0 or self.ngram is None):
            p_moe = moe_predict_proba(list(self.module.moes), self.featurizer, texts, batch_size)  # type: ignore[arg-type]
        if self.ngram is not None and (w < 1 or p_moe is None):
            p_ng = self.ngram.predict_proba(texts).astype(np.float64)
        return blend(p_moe, p_ng, w)

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
