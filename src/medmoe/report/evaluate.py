"""Report evaluation: text overlap (BLEU-4, ROUGE-L, chrF) and clinical correctness, MoE vs template.

Why both kinds: overlap metrics are what published generators report (R2Gen on IU X-ray: BLEU-4 0.165,
ROUGE-L 0.371) but reward copying phrasing, not being right. Clinical correctness compares what the
labeler reads in the generated report with the input findings, at the level of (finding, side, severity),
which CheXbert-style CE F1 cannot see; plus the rates a radiologist cares about: hallucinated findings,
laterality errors, omitted explicit negatives. All numbers carry 95% bootstrap intervals over cases
(`medmoe.validate.bootstrap`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from medmoe.knowledge.cxr import load_kb
from medmoe.report.check import Tuple3, impression_omissions, predicted_tuples
from medmoe.report.data import ReportCase
from medmoe.report.findings import Finding
from medmoe.report.labeler import label_report
from medmoe.report.template import HEADERS, split_sections
from medmoe.validate.bootstrap import Estimate, bootstrap_mean, bootstrap_statistic


@dataclass
class CaseScore:
    """Per-case counts; corpus metrics are ratios of their sums (micro averages)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tp_id: int = 0
    fp_id: int = 0
    fn_id: int = 0
    pred_ids: int = 0
    halluc_ids: int = 0
    sided: int = 0
    side_errors: int = 0
    negatives: int = 0
    omitted_negatives: int = 0
    impression_due: int = 0  # present impression-worthy findings (KB `impression: true`)
    impression_omitted: int = 0  # ... of which the impression section does not name


def _as_gold_sides(pred: set[Tuple3], gold: set[Tuple3]) -> set[Tuple3]:
    """"Bilateral X" states the input's left X and right X when the input lists the two sides separately."""
    out: set[Tuple3] = set()
    for fid, side, sev in pred:
        sides = {g[1] for g in gold if g[0] == fid}
        if side == "bilateral" and "bilateral" not in sides and {"left", "right"} <= sides:
            out |= {(fid, "left", sev), (fid, "right", sev)}
        else:
            out.add((fid, side, sev))
    return out


def score_case(findings: list[Finding], text: str, lang: str) -> CaseScore:
    """Counts for one report. Instances are (finding, side, severity). Recall is measured on the findings
    section when the report has one: every finding must be described there (one named only in the
    impression is an omission, as the verifier says); precision on the whole text, since a hallucination
    is one wherever it is."""
    labels = label_report(text, lang)
    gold = {f.key() for f in findings if f.present}
    pred = _as_gold_sides(predicted_tuples(labels), gold)
    body_text = " ".join(split_sections(text, lang)[0]) if HEADERS[lang][1] in text else text
    body = _as_gold_sides(predicted_tuples(label_report(body_text, lang)), gold)
    gold_ids = {g[0] for g in gold}
    pred_ids = {p[0] for p in pred}
    s = CaseScore(tp=len(gold & body), fp=len(pred - gold), fn=len(gold - body),
                  tp_id=len(gold_ids & pred_ids), fp_id=len(pred_ids - gold_ids), fn_id=len(gold_ids - pred_ids),
                  pred_ids=len(pred_ids), halluc_ids=len(pred_ids - gold_ids))
    for f in findings:
        if f.present and f.laterality and f.finding in pred_ids:
            s.sided += 1
            said = {p[1] for p in pred if p[0] == f.finding and p[1]}
            if f.laterality not in said or said - {g[1] for g in gold if g[0] == f.finding}:
                s.side_errors += 1
    absent = {m.finding for m in labels if m.status == "absent"}
    for f in findings:
        if not f.present:
            s.negatives += 1
            s.omitted_negatives += f.finding not in absent
    kb = load_kb()
    due = {f.describe() for f in findings if f.present and kb.in_impression(f.finding)}
    if due:
        impression = label_report(" ".join(split_sections(text, lang)[1]), lang)
        s.impression_due = len(due)
        s.impression_omitted = len(impression_omissions(findings, impression, kb))
    return s


def _ratio(scores: Sequence[CaseScore], num: Callable[[CaseScore], float], den: Callable[[CaseScore], float],
           n_boot: int = 1000) -> Estimate:
    nums = np.array([num(s) for s in scores], dtype=float)
    dens = np.array([den(s) for s in scores], dtype=float)

    def stat(idx: np.ndarray) -> float:
        d = dens[idx].sum()
        return float(nums[idx].sum() / d) if d > 0 else float("nan")

    return bootstrap_statistic(len(scores), stat, n_boot=n_boot)


def _f1(scores: Sequence[CaseScore], tp: str, fp: str, fn: str) -> Estimate:
    t = np.array([getattr(s, tp) for s in scores], dtype=float)
    p = np.array([getattr(s, fp) for s in scores], dtype=float)
    n = np.array([getattr(s, fn) for s in scores], dtype=float)

    def stat(idx: np.ndarray) -> float:
        a, b, c = t[idx].sum(), p[idx].sum(), n[idx].sum()
        return float(2 * a / (2 * a + b + c)) if (2 * a + b + c) > 0 else 1.0

    return bootstrap_statistic(len(scores), stat, n_boot=1000)


def clinical_metrics(scores: Sequence[CaseScore]) -> dict[str, dict[str, float]]:
    return {k: v.as_dict() for k, v in {
        "finding_precision": _ratio(scores, lambda s: s.tp, lambda s: s.tp + s.fp),
        "finding_recall": _ratio(scores, lambda s: s.tp, lambda s: s.tp + s.fn),
        "finding_f1": _f1(scores, "tp", "fp", "fn"),
        "finding_f1_type_only": _f1(scores, "tp_id", "fp_id", "fn_id"),
        "hallucinated_finding_rate": _ratio(scores, lambda s: s.halluc_ids, lambda s: s.pred_ids),
        "laterality_error_rate": _ratio(scores, lambda s: s.side_errors, lambda s: s.sided),
        "omitted_negative_rate": _ratio(scores, lambda s: s.omitted_negatives, lambda s: s.negatives),
        "impression_omission_rate": _ratio(scores, lambda s: s.impression_omitted, lambda s: s.impression_due),
    }.items()}


class _WordTokenizer:
    """rouge-score's default tokenizer drops every non-ASCII letter (all of Russian); this one keeps words."""

    def tokenize(self, text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())


def _corpus_bootstrap(metric: Any, hyps: list[str], refs: list[str], n_boot: int) -> Estimate:
    """Corpus-level BLEU/chrF with a bootstrap over cases, from per-sentence sufficient statistics
    (summing statistics is what corpus BLEU does, and it avoids re-tokenising for every resample)."""
    try:
        stats = np.asarray(metric._extract_corpus_statistics(hyps, [refs]), dtype=float)

        def stat(idx: np.ndarray) -> float:
            return metric._compute_score_from_stats(list(stats[idx].sum(axis=0))).score / 100
    except AttributeError:  # sacrebleu without the internal helpers: slower, same numbers
        def stat(idx: np.ndarray) -> float:
            return metric.corpus_score([hyps[i] for i in idx], [[refs[i] for i in idx]]).score / 100

    return bootstrap_statistic(len(hyps), stat, n_boot=n_boot)


def text_metrics(hyps: list[str], refs: list[str], n_boot: int = 1000) -> dict[str, dict[str, float]]:
    from rouge_score import rouge_scorer
    from sacrebleu.metrics import BLEU, CHRF

    scorer = rouge_scorer.RougeScorer(["rougeL"], tokenizer=_WordTokenizer())
    rl = [scorer.score(r, h)["rougeL"].fmeasure for h, r in zip(hyps, refs, strict=True)]
    return {"bleu4": _corpus_bootstrap(BLEU(), hyps, refs, n_boot).as_dict(),
            "rougeL": bootstrap_mean(rl).as_dict(),
            "chrf": _corpus_bootstrap(CHRF(), hyps, refs, n_boot).as_dict()}


def _system_result(cases: list[ReportCase], hyps: list[str], seconds: float) -> dict[str, Any]:
    scores = [score_case(c.findings, h, c.lang) for c, h in zip(cases, hyps, strict=True)]
    out: dict[str, Any] = {"n": len(cases), "ms_per_report": 1000 * seconds / max(1, len(cases))}
    out.update(text_metrics(hyps, [c.report for c in cases]))
    out.update(clinical_metrics(scores))
    out["by_lang"] = {}
    for lang in sorted({c.lang for c in cases}):
        sub = [s for s, c in zip(scores, cases, strict=True) if c.lang == lang]
        out["by_lang"][lang] = {"n": len(sub), **clinical_metrics(sub)}
    return out


def evaluate_cases(cases: list[ReportCase], model: str | None = None, raw: bool = False,
                   batch_size: int = 16) -> dict[str, Any]:
    """Template baseline and MoE (verified; with `raw`, also the bare greedy output) on the same cases."""
    from tqdm import tqdm

    from medmoe.report.generator import ReportGenerator

    res: dict[str, Any] = {"n_cases": len(cases), "systems": {}}
    tmpl = ReportGenerator.load("template")
    t0 = time.perf_counter()
    hyps = [tmpl.template.generate_text(c.findings, c.lang) for c in cases]
    res["systems"]["template"] = _system_result(cases, hyps, time.perf_counter() - t0)
    if model == "template":
        return res
    gen = ReportGenerator.load(model)
    res["model"] = gen.model_name
    texts: list[str] = []
    raw_texts: list[str] = []
    t_moe = 0.0
    for i in tqdm(range(0, len(cases), batch_size), desc="eval report", disable=None):
        chunk = cases[i:i + batch_size]
        fs = [[f.to_dict() for f in c.findings] for c in chunk]
        t0 = time.perf_counter()
        outs = gen.generate_batch(fs, [c.lang for c in chunk])  # type: ignore[arg-type]
        t_moe += time.perf_counter() - t0
        texts.extend(o.text for o in outs)
        if raw:
            raw_texts.extend(gen.generate_raw([c.findings for c in chunk], [c.lang for c in chunk]))
    res["systems"]["moe"] = _system_result(cases, texts, t_moe)
    res["systems"]["moe"]["verification_paths"] = dict(gen.stats)
    if raw:
        res["systems"]["moe_raw_greedy"] = _system_result(cases, raw_texts, float("nan"))
    return res


ROWS = [("bleu4", "BLEU-4"), ("rougeL", "ROUGE-L"), ("chrf", "chrF"), ("finding_f1", "finding F1 (side+sev)"),
        ("finding_precision", "finding precision"), ("finding_recall", "finding recall"),
        ("finding_f1_type_only", "finding F1 (type only)"), ("hallucinated_finding_rate", "hallucinated findings"),
        ("laterality_error_rate", "laterality errors"), ("omitted_negative_rate", "omitted negatives"),
        ("impression_omission_rate", "impression omissions")]


def _fmt(d: dict[str, float]) -> str:
    if d["value"] != d["value"]:
        return "n/a"
    return f"{d['value']:.3f} [{d['low']:.3f}, {d['high']:.3f}]"


def format_table(res: dict[str, Any]) -> str:
    systems = list(res["systems"])
    width = 30
    lines = [f"{res['n_cases']} cases" + (f"; model {res['model']}" if "model" in res else ""),
             "metric".ljust(width) + "".join(s.ljust(28) for s in systems)]
    for key, name in ROWS:
        lines.append(name.ljust(width) + "".join(_fmt(res["systems"][s][key]).ljust(28) for s in systems))
    langs = sorted({lg for s in systems for lg in res["systems"][s].get("by_lang", {})})
    for lg in langs:
        for key in ("finding_f1", "hallucinated_finding_rate", "laterality_error_rate"):
            row = f"[{lg}] {dict(ROWS)[key]}".ljust(width)
            row += "".join(_fmt(res["systems"][s]["by_lang"][lg][key]).ljust(28) for s in systems
                           if lg in res["systems"][s].get("by_lang", {}))
            lines.append(row)
    ms = "".join(f"{res['systems'][s]['ms_per_report']:.1f}".ljust(28) for s in systems)
    lines.append("ms/report".ljust(width) + ms)
    if "moe" in res["systems"]:
        lines.append(f"MoE verification paths: {res['systems']['moe'].get('verification_paths')}")
    return "\n".join(lines)
