"""Sparse n-gram linear models: the published RuMedBench baseline and the compact one medmoe ships.

Why two: the *baseline* reproduces the paper exactly (sklearn `TfidfVectorizer(analyzer="char",
ngram_range=(3, 8))` + one-vs-rest logistic regression, C=10) and is only a yardstick; its 760k-feature
weight matrix is far too big to ship. The *shipped* n-gram model uses word-bounded character n-grams of
our own `medmoe.text.russian.char_ngrams` (so training and prediction share one analyzer, no sklearn at
prediction time), a document-frequency cut, sublinear tf, and a few lemma features. It is exported as
tensors (idf, weights, bias) + a JSON vocabulary, and `NgramScorer` rebuilds the TF-IDF transform from
them with numpy: no pickle anywhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from medmoe.errors import ConfigError
from medmoe.text.russian import char_ngrams, expand_abbreviations, lemma, mark_negation, words


@lru_cache(maxsize=8192)
def note_tokens(text: str) -> tuple[str, ...]:
    """Negation-marked lemmas of a note after abbreviation expansion; cached because the MoE featurizer and
    the n-gram model both need them for the same text (razdel + pymorphy3 are the slow part of prediction)."""
    return tuple(mark_negation([lemma(w) for w in words(expand_abbreviations(text), lower=False)]))


@lru_cache(maxsize=8192)
def note_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lower-cased words, plain lemmas) of the raw note: no abbreviation expansion, no negation marks.
    Cached like `note_tokens`; the "words" and "lemmas" n-gram blocks share it."""
    ws = words(text, lower=False)
    return tuple(w.replace("ё", "е").replace("Ё", "Е").lower() for w in ws), tuple(lemma(w) for w in ws)


KINDS = ("char_lem", "words", "lemmas")
MODELS = ("lr", "svc")

__all__ = [
    "KINDS",
    "MODELS",
    "NgramConfig",
    "NgramScorer",
    "fit_ngram",
    "fit_published_baseline",
    "hits",
    "ngram_features",
    "note_tokens",
    "note_words",
]


@dataclass
class NgramConfig:
    """Features and regularisation of one sparse n-gram block.

    `kind`: "char_lem" (word-bounded char n_min..n_max grams + negation-marked lemma unigrams: the first
    shipped model), "words" (lower-cased word unigrams+bigrams) or "lemmas" (plain lemma unigrams+bigrams).
    `model`: "lr" (logistic regression) or "svc" (linear SVM; its scores become probabilities by a softmax at
    `temperature`, a scale chosen by cross-validation on train). `temperature` multiplies the logits of
    either model before the softmax.
    """

    kind: str = "char_lem"
    model: str = "lr"
    temperature: float = 1.0
    n_min: int = 2
    n_max: int = 5
    min_df: int = 3  # 38k features instead of 50k at min_df=2, same held-out scores
    lemma_features: bool = True  # add "w:<lemma>" (negation-marked) unigrams: spelling-normalised words
    sublinear_tf: bool = True
    C: float = 10.0
    multinomial: bool = True  # softmax LR (better calibrated than normalised one-vs-rest)

    def __post_init__(self) -> None:
        if not 1 <= self.n_min <= self.n_max:
            raise ConfigError(f"NgramConfig.n_min: need 1 <= n_min <= n_max, got {self.n_min}, {self.n_max}")
        if self.min_df < 1:
            raise ConfigError(f"NgramConfig.min_df: must be >= 1, got {self.min_df}")
        if self.C <= 0:
            raise ConfigError(f"NgramConfig.C: must be positive, got {self.C}")
        if self.kind not in KINDS:
            raise ConfigError(f"NgramConfig.kind: must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.model not in MODELS:
            raise ConfigError(f"NgramConfig.model: must be one of {', '.join(MODELS)}, got {self.model!r}")
        if self.temperature <= 0:
            raise ConfigError(f"NgramConfig.temperature: must be positive, got {self.temperature}")


def _uni_bi(toks: Sequence[str]) -> list[str]:
    return list(toks) + [a + " " + b for a, b in zip(toks, toks[1:], strict=False)]


def ngram_features(text: str, cfg: NgramConfig) -> list[str]:
    """The analyzer of a block (train and predict): char n-grams + optional lemma unigrams, or word / lemma
    unigrams+bigrams."""
    if cfg.kind == "words":
        return _uni_bi(note_words(text)[0])
    if cfg.kind == "lemmas":
        return _uni_bi(note_words(text)[1])
    feats = char_ngrams(text, cfg.n_min, cfg.n_max, word_bounded=True)
    if cfg.lemma_features:
        feats.extend("w:" + lem for lem in note_tokens(text))
    return feats


class NgramScorer:
    """TF-IDF + linear layer rebuilt from exported arrays: `predict_proba(texts) -> [N, C]` probabilities."""

    def __init__(
        self,
        cfg: NgramConfig,
        vocab: Sequence[str],
        idf: np.ndarray,
        weight_VC: np.ndarray,
        bias_C: np.ndarray,
    ) -> None:
        self.cfg = cfg
        self.index = {g: i for i, g in enumerate(vocab)}
        self.idf = np.asarray(idf, dtype=np.float32)
        self.weight_VC = np.asarray(weight_VC, dtype=np.float32)
        self.bias_C = np.asarray(bias_C, dtype=np.float32)

    def transform_one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(column indices, L2-normalised tf-idf values) of one text, as sklearn's TfidfVectorizer makes them."""
        counts: dict[int, int] = {}
        index = self.index
        for g, c in Counter(ngram_features(text, self.cfg)).items():  # C-level counting, one lookup per type
            j = index.get(g)
            if j is not None:
                counts[j] = c
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        if self.cfg.sublinear_tf:
            tf = 1.0 + np.log(tf)
        vals = tf * self.idf[cols]
        vals /= max(float(np.linalg.norm(vals)), 1e-12)
        return cols, vals

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores (before `temperature`)."""
        return self.logits_rows([self.transform_one(t) for t in texts])

    def logits_rows(self, rows: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """Raw linear scores of already transformed texts (`transform_one` output)."""
        out = np.tile(self.bias_C, (len(rows), 1))
        for i, (cols, vals) in enumerate(rows):
            if cols.size:
                out[i] += vals @ self.weight_VC[cols]
        return out

    def proba_from_logits(self, z: np.ndarray) -> np.ndarray:
        if self.cfg.multinomial or self.cfg.model == "svc":
            z = z * self.cfg.temperature
            z = z - z.max(axis=1, keepdims=True)
            p = np.exp(z)
        else:  # one-vs-rest: sigmoid per class, normalised (as sklearn's OvR predict_proba)
            p = 1.0 / (1.0 + np.exp(-z))
        return p / p.sum(axis=1, keepdims=True)

    def log_proba(self, texts: Sequence[str]) -> np.ndarray:
        """log of `predict_proba` (float64)."""
        return np.log(np.clip(self.predict_proba(texts).astype(np.float64), 1e-30, 1.0))

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.proba_from_logits(self.logits(texts))


def fit_ngram(texts: Sequence[str], y: np.ndarray, n_classes: int, cfg: NgramConfig) -> dict[str, Any]:
    """Train the shipped n-gram model with sklearn and export plain arrays (vocab, idf, weight_VC, bias_C).

    Classes absent from `y` get a very negative bias, so the exported matrix always has `n_classes` columns.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.svm import LinearSVC

    vec = TfidfVectorizer(
        analyzer=lambda t: ngram_features(t, cfg),
        min_df=cfg.min_df,
        sublinear_tf=cfg.sublinear_tf,
        dtype=np.float32,
    )
    X = vec.fit_transform(list(texts))
    if cfg.model == "svc":
        clf: Any = LinearSVC(C=cfg.C)
    elif cfg.multinomial:
        clf = LogisticRegression(C=cfg.C, max_iter=300)
    else:
        clf = OneVsRestClassifier(LogisticRegression(C=cfg.C, solver="liblinear"))
    clf.fit(X, y)
    classes = clf.classes_
    direct = cfg.multinomial or cfg.model == "svc"
    coef = clf.coef_ if direct else np.vstack([e.coef_ for e in clf.estimators_])
    icpt = clf.intercept_ if direct else np.concatenate([e.intercept_ for e in clf.estimators_])
    if coef.shape[0] == 1 and len(classes) == 2:  # binary LR stores one row: expand to two classes
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        icpt = np.array([-icpt[0] / 2, icpt[0] / 2])
    weight_VC = np.zeros((X.shape[1], n_classes), dtype=np.float32)
    bias_C = np.full(n_classes, -30.0, dtype=np.float32)
    weight_VC[:, classes] = coef.T
    bias_C[classes] = icpt
    vocab = [""] * len(vec.vocabulary_)
    for g, j in vec.vocabulary_.items():
        vocab[j] = g
    return {"vocab": vocab, "idf": vec.idf_.astype(np.float32), "weight_VC": weight_VC, "bias_C": bias_C}


def fit_published_baseline(train_texts: Sequence[str], y: np.ndarray, n_classes: int, C: float = 10.0) -> Any:
    """The RuMedBench linear baseline exactly as published; returns `predict_proba(texts) -> [N, C]`.

    sklearn >= 1.7 dropped `LogisticRegression(multi_class="ovr")`; `OneVsRestClassifier` is the same model.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

    vec = TfidfVectorizer(analyzer="char", ngram_range=(3, 8))
    X = vec.fit_transform(list(train_texts))
    clf = OneVsRestClassifier(LogisticRegression(C=C, max_iter=1000))  # penalty: l2 is the default
    clf.fit(X, y)

    def predict_proba(texts: Sequence[str]) -> np.ndarray:
        p = clf.predict_proba(vec.transform(list(texts)))
        out = np.zeros((len(texts), n_classes), dtype=np.float64)
        out[:, clf.classes_] = p
        return out

    return predict_proba


def hits(prob_NC: np.ndarray, y_N: np.ndarray, k: int) -> np.ndarray:
    """Per-case hit@k (1.0/0.0); a gold label of -1 (unknown code) is always a miss."""
    top = np.argsort(-prob_NC, axis=1)[:, :k]
    return (top == y_N[:, None]).any(axis=1).astype(np.float64)
