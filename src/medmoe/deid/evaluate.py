"""Scoring de-identification against gold spans: `medmoe eval deid`.

Strict match: same start, end and type. Partial: same type and any overlap. "any" rows ignore the type:
for privacy what matters is that the characters were removed, whatever label they got. Leakage counts gold
personal-data strings still present in the output text of their document; eponym retention is the share of
gold eponym phrases that no predicted entity touches. Intervals: percentile bootstrap over documents.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from medmoe.deid.entities import ENTITY_TYPES
from medmoe.errors import InputError
from medmoe.io import BadRecord, iter_jsonl
from medmoe.validate.bootstrap import bootstrap_statistic
from medmoe.validate.metrics import micro_prf

Span = tuple[int, int, str]


def _doc_counts(gold: list[Span], pred: list[Span], typ: str | None, partial: bool) -> tuple[int, int, int]:
    """(true positives by gold, gold count, correct predictions) for one document."""
    g = [s for s in gold if typ is None or s[2] == typ]
    p = [s for s in pred if typ is None or s[2] == typ]

    def match(a: Span, b: Span) -> bool:
        same_type = typ is None or a[2] == b[2]
        if partial:
            return same_type and a[0] < b[1] and b[0] < a[1]
        return same_type and a[0] == b[0] and a[1] == b[1]

    tp_g = sum(1 for a in g if any(match(a, b) for b in p))
    tp_p = sum(1 for b in p if any(match(a, b) for a in g))
    return tp_g, len(g), tp_p * 1000 + len(p)  # packed: correct predictions, predictions


def _metric_fns(
    tp_g: np.ndarray, n_g: np.ndarray, tp_p: np.ndarray, n_p: np.ndarray
) -> tuple[Callable[[np.ndarray], float], Callable[[np.ndarray], float], Callable[[np.ndarray], float]]:
    """Micro recall, precision, F1 over a resample of documents (index array); nan without gold/predictions."""

    def prf(idx: np.ndarray) -> tuple[float, float, float]:
        return micro_prf(tp_p[idx].sum(), n_p[idx].sum(), tp_g[idx].sum(), n_g[idx].sum(), empty=float("nan"))

    def rec(idx: np.ndarray) -> float:
        return prf(idx)[1]

    def prec(idx: np.ndarray) -> float:
        return prf(idx)[0]

    def f1(idx: np.ndarray) -> float:
        return prf(idx)[2]

    return rec, prec, f1


def score(docs: list[dict[str, Any]], n_boot: int = 300) -> dict[str, Any]:
    """docs: [{"gold": [...spans], "pred": [...spans], "output": str, "text": str, "eponyms": [...]}]."""
    out: dict[str, Any] = {"n_docs": len(docs), "types": {}}
    types = [t for t in ENTITY_TYPES if any(s[2] == t for d in docs for s in d["gold"])] + [None]
    for typ in types:
        row: dict[str, Any] = {}
        for kind, partial in (("strict", False), ("partial", True)):
            arr = np.array([_doc_counts(d["gold"], d["pred"], typ, partial) for d in docs], dtype=np.int64)
            tp_g, n_g = arr[:, 0], arr[:, 1]
            tp_p, n_p = arr[:, 2] // 1000, arr[:, 2] % 1000

            rec, prec, f1 = _metric_fns(tp_g, n_g, tp_p, n_p)
            row[kind] = {
                name: bootstrap_statistic(len(docs), fn, n_boot=n_boot).as_dict()
                for name, fn in (("recall", rec), ("precision", prec), ("f1", f1))
            }
            row[kind]["n_gold"] = int(n_g.sum())
            row[kind]["n_pred"] = int(n_p.sum())
        out["types"][typ or "any"] = row
    leaks = [sum(1 for s in d["gold_text"] if s and s in d["output"]) for d in docs]
    out["leakage"] = {
        "leaked_strings": int(sum(leaks)),
        "gold_strings": int(sum(len(d["gold_text"]) for d in docs)),
        "docs_with_leak": int(sum(1 for x in leaks if x)),
    }
    kept = [
        [not any(p[0] < e["end"] and e["start"] < p[1] for p in d["pred"]) for e in d["eponyms"]]
        for d in docs
    ]
    flat = [float(k) for ks in kept for k in ks]
    if flat:
        doc_idx = np.repeat(np.arange(len(docs)), [len(k) for k in kept])
        vals = np.array(flat)

        def ret(idx: np.ndarray) -> float:
            sel = np.concatenate([vals[doc_idx == i] for i in idx]) if len(idx) else np.array([])
            return float(sel.mean()) if sel.size else float("nan")

        out["eponym_retention"] = bootstrap_statistic(len(docs), ret, n_boot=min(n_boot, 200)).as_dict()
        out["eponym_retention"]["n"] = len(flat)
    return out


def _read_all(path: Path) -> list[dict[str, Any]]:
    """Every record of a gold/prediction file; a broken line is an error (a score over part of a file misleads)."""
    recs: list[dict[str, Any]] = []
    for item in iter_jsonl(path, required=("id", "text", "entities")):
        if isinstance(item, BadRecord):
            raise InputError(str(item))
        recs.append(item[1])
    return recs


def evaluate_file(
    gold_path: Path,
    pred_path: Path | None = None,
    mode: str = "pseudonymize",
    lang: str = "auto",
    natasha: bool = True,
    ner_gated: bool = True,
    key: bytes = b"medmoe-eval-key-0000000000000000",
    n_boot: int = 300,
) -> dict[str, Any]:
    gold = _read_all(gold_path)
    if not gold:
        raise InputError(f"{gold_path}: no gold records to score")
    preds: dict[str, dict[str, Any]] = {}
    if pred_path is not None:
        for rec in _read_all(pred_path):
            preds[str(rec["id"])] = rec
    else:
        from medmoe.deid.engine import Deidentifier
        from medmoe.deid.recognizers import builtin_recognizers
        from medmoe.deid.registry import Registry

        recs = builtin_recognizers(natasha=natasha)
        for r in recs:
            if r.name == "natasha":
                r.gated = ner_gated  # type: ignore[attr-defined]
        deid = Deidentifier(lang=lang, mode=mode, key=key, registry=Registry(recs))
        import sys

        from tqdm import tqdm

        for g in tqdm(gold, desc="deid", unit="doc", file=sys.stderr, disable=None):
            res = deid.process(g["text"], doc_id=str(g["id"]))
            preds[str(g["id"])] = {"text": res.text, "entities": [e.as_dict() for e in res.entities]}
    docs = []
    for g in gold:
        p = preds.get(str(g["id"]), {"text": g["text"], "entities": []})
        docs.append(
            {
                "gold": [(e["start"], e["end"], e["type"]) for e in g["entities"]],
                "gold_text": [g["text"][e["start"] : e["end"]] for e in g["entities"]],
                "pred": [(e["start"], e["end"], e["type"]) for e in p["entities"]],
                "output": p["text"],
                "eponyms": g.get("eponyms", []),
            }
        )
    res = score(docs, n_boot=n_boot)
    res["gold"] = str(gold_path)
    res["mode"] = mode
    return res


def format_report(res: dict[str, Any]) -> str:
    lines = [
        f"documents: {res['n_docs']}",
        "",
        f"{'type':8} {'match':8} {'recall':>22} {'precision':>22} {'F1':>22} {'gold':>6} {'pred':>6}",
    ]
    for typ, row in res["types"].items():
        for kind in ("strict", "partial"):
            r = row[kind]

            def f(e: dict[str, float]) -> str:
                return f"{e['value']:.3f} [{e['low']:.3f},{e['high']:.3f}]"

            lines.append(
                f"{typ:8} {kind:8} {f(r['recall']):>22} {f(r['precision']):>22} {f(r['f1']):>22} "
                f"{r['n_gold']:>6} {r['n_pred']:>6}"
            )
    lk = res["leakage"]
    lines += [
        "",
        f"leakage: {lk['leaked_strings']} of {lk['gold_strings']} gold strings still in the output "
        f"({lk['docs_with_leak']} documents)",
    ]
    if "eponym_retention" in res:
        e = res["eponym_retention"]
        lines.append(f"eponym retention: {e['value']:.3f} [{e['low']:.3f},{e['high']:.3f}] (n={e['n']})")
    return "\n".join(lines)


def dump(res: dict[str, Any]) -> str:
    return json.dumps(res, ensure_ascii=False, indent=2)
