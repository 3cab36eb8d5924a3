"""`Triager`: red-flag rules + the MoE classifier, combined safety-first.

Combination rule: the returned level is the more urgent of the rules' level and the model's vote, so a
rule can only ever raise urgency, never lower it. The model votes for a level L only when it is confident
that the case is at least that urgent, P(level >= L) >= threshold[L] (defaults 0.8 for urgent, 0.9 for
emergency, fixed a priori, stored in the model's metadata when trained): a model trained on synthetic
vignettes is over-confident on unfamiliar wording, and an unthresholded vote more than doubled the
over-triage of routine cases on held-out text.

What the output says, so that it reads consistently: `model_level` is the model's *vote* (the level that
enters the combination, after the thresholds), `model_top` its most probable level (they differ when the
model leans to a level without the confidence to vote for it: P(emergency) 0.68 < 0.9 but
P(>= urgent) 0.97 >= 0.8 votes urgent), and `level` = max(`rule_level`, `model_level`) always.
`prob` is the model's probability that the case is at least as urgent as `level`, P(level >= L), the
quantity the vote thresholds (for "routine": P(routine)); low when a rule overrode the model, and that
disagreement is worth showing. Without a model it is 1.0.
The model reads the note without the clauses whose red flags the rules found negated: it cannot read a
negation scope, and "denies suicidal ideation" must not become an emergency through the model's vote.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medmoe.triage.rules import LEVELS, RedFlagRules

log = logging.getLogger(__name__)
DEFAULT_MODEL = "triage-default"
DEFAULT_THRESHOLDS = {"urgent": 0.8, "emergency": 0.9}


def model_vote(p: list[float], thresholds: dict[str, float]) -> int:
    """Index of the most urgent level L with P(level >= L) >= thresholds[L]; 0 (routine) if none."""
    for i in range(len(LEVELS) - 1, 0, -1):
        if sum(p[i:]) >= thresholds.get(LEVELS[i], 1.0):
            return i
    return 0


@dataclass
class TriageResult:
    level: str  # "emergency" | "urgent" | "routine"
    prob: float
    red_flags: list[str] = field(default_factory=list)  # ids of fired red-flag rules, most urgent first
    flags: list[dict[str, Any]] = field(default_factory=list)  # id, level, label, evidence
    rule_level: str = "routine"
    model_level: str | None = None  # the model's thresholded vote (see module docstring)
    model_top: str | None = None  # the model's most probable level
    model_probs: dict[str, float] = field(default_factory=dict)
    source: str = "rules"  # which part decided the level: "rules", "model" or "both"

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "prob": round(self.prob, 4), "red_flags": self.red_flags, "flags": self.flags,
                "rule_level": self.rule_level, "model_level": self.model_level, "model_top": self.model_top,
                "model_probs": {k: round(v, 4) for k, v in self.model_probs.items()}, "source": self.source}


class Triager:
    def __init__(self, rules: RedFlagRules, model: Any = None, tokenizer: Any = None, max_len: int = 128,
                 model_name: str | None = None, model_note: str = "",
                 thresholds: dict[str, float] | None = None) -> None:
        self.rules, self.model, self.tokenizer, self.max_len = rules, model, tokenizer, max_len
        self.thresholds = dict(thresholds or DEFAULT_THRESHOLDS)
        self.model_name = model_name
        self.model_note = model_note  # why the model is absent, if it is

    @classmethod
    def load(cls, model: str | None = None, lexicon: str | Path | None = None) -> Triager:
        """`model`: a model name or directory; None: the shipped default; "rules": rules only.

        A missing default model degrades to rules only (logged), a missing *named* model is an error."""
        rules = RedFlagRules.load(lexicon)
        if model == "rules":
            return cls(rules, model_note="rules only (requested)")
        import medmoe.triage.model  # noqa: F401  (registers the model kind)
        from medmoe.checkpoint import load_model
        from medmoe.errors import CheckpointError

        try:
            lm = load_model(model or DEFAULT_MODEL, kind="triage-classifier")
        except CheckpointError as e:
            if model is not None:
                raise
            log.warning("triage: default model unavailable (%s); using red-flag rules only", e)
            return cls(rules, model_note=f"rules only: {e}")
        return cls(rules, lm.model, lm.tokenizer, int(lm.metadata.get("max_len", 128)), model_name=str(lm.path),
                   thresholds=lm.metadata.get("vote_thresholds"))

    def triage(self, text: str, lang: str = "ru") -> TriageResult:
        return self.triage_batch([text], [lang])[0]

    def triage_batch(self, texts: list[str], langs: list[str] | None = None, batch_size: int = 64) -> list[TriageResult]:
        langs = langs or ["ru"] * len(texts)
        mentions = [self.rules.mentions(t, lg) for t, lg in zip(texts, langs, strict=True)]
        probs: list[list[float] | None] = [None] * len(texts)
        if self.model is not None:
            # The model sees the note without its negated red flags (see `RedFlagRules.without_negated`); a
            # note that was nothing but negated red flags gives it nothing to vote on.
            shown = [self.rules.without_negated(t, lg, ms) for t, lg, ms in zip(texts, langs, mentions, strict=True)]
            todo = [i for i, t in enumerate(shown) if any(ch.isalpha() for ch in t)]
            for i, p in zip(todo, self._model_probs([shown[i] for i in todo], batch_size), strict=True):
                probs[i] = p
        out = []
        for text, lang, p, ms in zip(texts, langs, probs, mentions, strict=True):
            rule_level, hits = self.rules.level(text, lang, ms)
            r = LEVELS.index(rule_level)
            model_top = None
            if p is None:
                level, prob, model_level, source = rule_level, 1.0, None, "rules"
            else:
                v = model_vote(p, self.thresholds)
                k = max(r, v)
                level, model_level = LEVELS[k], LEVELS[v]
                model_top = LEVELS[max(range(len(LEVELS)), key=lambda i: p[i])]
                prob = sum(p[k:]) if k > 0 else p[0]
                source = "both" if r == v else ("rules" if r > v else "model")
            out.append(TriageResult(level=level, prob=float(prob), red_flags=[h.id for h in hits],
                                    flags=[h.as_dict() for h in hits], rule_level=rule_level,
                                    model_level=model_level, model_top=model_top,
                                    model_probs=dict(zip(LEVELS, p, strict=True)) if p is not None else {},
                                    source=source))
        return out

    def _model_probs(self, texts: list[str], batch_size: int) -> list[list[float]]:
        import torch

        from medmoe.triage.model import encode

        out: list[list[float]] = []
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                ids, mask = encode(self.tokenizer, texts[i:i + batch_size], self.max_len)
                out.extend(torch.softmax(self.model(ids, mask), -1).tolist())
        return out
