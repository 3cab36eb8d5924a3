"""Render a validation result as one self-contained HTML page (figures inlined as base64 PNG)."""

from __future__ import annotations

import html
import json
from typing import Any

_CSS = """
body{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;max-width:1060px;margin:24px auto;
padding:0 16px;color:#1d2733;line-height:1.45}
h1{font-size:1.6em;margin-bottom:0} h2{border-bottom:2px solid #e3e8ee;padding-bottom:4px;margin-top:1.8em}
.sub{color:#5b6b7c;margin-top:4px} table{border-collapse:collapse;margin:8px 0 16px;font-size:.92em}
th,td{border:1px solid #d9e0e7;padding:4px 9px;text-align:left;vertical-align:top} th{background:#f3f6f9}
td.num{text-align:right;font-variant-numeric:tabular-nums} .figs{display:flex;flex-wrap:wrap;gap:16px}
.figs img{max-width:100%;border:1px solid #e3e8ee} .card{background:#f7f9fb;border:1px solid #e3e8ee;
padding:10px 16px;border-radius:6px} .good{color:#23743b} .bad{color:#b3261e} code{background:#f3f6f9;padding:1px 4px}
"""


_LOWER_IS_BETTER = ("over_", "under_", "error", "leak", "missing", "extra", "halluc")


def _e(x: Any) -> str:
    return html.escape(str(x))


def _ci(d: dict[str, float] | None, digits: int = 3) -> str:
    if not d:
        return ""
    return f"{d['value']:.{digits}f} <span class=sub>[{d['low']:.{digits}f}, {d['high']:.{digits}f}]</span>"


def _img(figures: dict[str, str], key: str, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{figures[key]}">' if key in figures else ""


def render(result: dict[str, Any], figures: dict[str, str], card: dict[str, Any]) -> str:
    r = result
    prim = r["primary_metric"]
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>medmoe validation: {_e(r['task'])}"
             f"</title><style>{_CSS}</style></head><body>"]
    parts.append(f"<h1>Validation report: {_e(r['task'])}</h1><p class=sub>{_e(r['data'])} &middot; "
                 f"{r['n_cases']} cases &middot; {r['seconds_per_case'] * 1000:.1f} ms per case</p>")
    parts.append(f"<p>{_e(r.get('metric_description', ''))}</p>")

    # Performance vs baseline.
    parts.append("<h2>Performance (95% bootstrap intervals)</h2><table><tr><th>metric</th><th>model</th>")
    base = r.get("baseline")
    if base:
        parts.append(f"<th>{_e(base['name'])}</th><th>difference (paired)</th>")
    parts.append("</tr>")
    for k, est in r["metrics"].items():
        row = f"<tr><td>{_e(k)}</td><td class=num>{_ci(est)}</td>"
        if base:
            b = base["metrics"].get(k)
            p = base["paired"].get(k)
            sign = -1 if any(w in k for w in _LOWER_IS_BETTER) else 1
            cls = ("good" if p and sign * p["low"] > 0 and sign * p["high"] > 0 else
                   "bad" if p and sign * p["low"] < 0 and sign * p["high"] < 0 else "")
            row += f"<td class=num>{_ci(b)}</td><td class='num {cls}'>" + (
                f"{p['diff']:+.3f} [{p['low']:+.3f}, {p['high']:+.3f}]" if p else "") + "</td>"
        parts.append(row + "</tr>")
    parts.append("</table>")
    if r.get("summary"):
        parts.append("<table>" + "".join(f"<tr><td>{_e(k)}</td><td class=num>{v:.4g}</td></tr>"
                                         for k, v in r["summary"].items()) + "</table>")

    figs = [_img(figures, "calibration", "reliability diagram"), _img(figures, "topk", "top-k curve")]
    if any(figs):
        parts.append("<h2>Calibration and ranking</h2>")
        if "calibration" in r:
            c = r["calibration"]
            parts.append(f"<p>Expected calibration error {c['ece']:.3f}, maximum {c['mce']:.3f} "
                         f"(10 equal-width bins).</p>")
        parts.append("<div class=figs>" + "".join(figs) + "</div>")

    if r.get("subgroups"):
        parts.append(f"<h2>Subgroups ({_e(prim)})</h2><div class=figs>")
        for attr, rows in r["subgroups"].items():
            tbl = (f"<div><table><tr><th>{_e(attr)}</th><th>n</th><th>{_e(prim)}</th></tr>" + "".join(
                f"<tr><td>{_e(x['group'])}</td><td class=num>{x['n']}</td><td class=num>{_ci(x[prim])}</td></tr>"
                for x in rows[:30]) + "</table>" + _img(figures, f"subgroup_{attr}", attr) + "</div>")
            parts.append(tbl)
        parts.append("</div>")

    rob = r.get("robustness", {}).get("rows", [])
    if rob:
        parts.append(f"<h2>Robustness</h2><p>Reference {_e(prim)} on the unperturbed cases: "
                     f"{r['robustness']['reference']:.3f}. A drop is the paired mean difference "
                     "original - perturbed. After a negation flip the prediction <em>must</em> change.</p>"
                     "<table><tr><th>perturbation</th><th>n</th><th>perturbed</th><th>drop [95% CI]</th></tr>")
        for x in rob:
            if "prediction_changed" in x:
                parts.append(f"<tr><td>{_e(x['perturbation'])}</td><td class=num>{x['n']}</td><td colspan=2>"
                             f"prediction changed in {_ci(x['prediction_changed'])}</td></tr>")
            else:
                d = x["drop"] or {"diff": float("nan"), "low": float("nan"), "high": float("nan")}
                cls = "bad" if d["low"] > 0.02 else ""
                parts.append(f"<tr><td>{_e(x['perturbation'])}</td><td class=num>{x['n']}</td><td class=num>"
                             f"{x[prim]:.3f}</td><td class='num {cls}'>{d['diff']:+.3f} [{d['low']:+.3f}, "
                             f"{d['high']:+.3f}]</td></tr>")
        parts.append("</table>")

    if r.get("routing"):
        parts.append("<h2>Interpretability: which experts handle which cases</h2><p>Mean share of a case's "
                     "routed tokens per expert, summed over MoE layers.</p><div class=figs>")
        parts.append("".join(_img(figures, f"routing_{a}", a) for a in r["routing"]) + "</div>")
    if r.get("examples"):
        parts.append("<h2>Example explanations</h2>")
        for ex in r["examples"]:
            parts.append(f"<pre>{_e(json.dumps(ex, ensure_ascii=False, indent=1)[:3000])}</pre>")

    parts.append("<h2>Model card</h2><div class=card><table>")
    for k in ("model", "version", "intended_use", "out_of_scope", "training_data", "reproduce", "headline"):
        parts.append(f"<tr><th>{_e(k.replace('_', ' '))}</th><td>{_e(card.get(k, ''))}</td></tr>")
    parts.append("<tr><th>limits</th><td><ul>" + "".join(f"<li>{_e(x)}</li>" for x in card.get("limits", []))
                 + f"</ul></td></tr><tr><th>ethical notes</th><td>{_e(card.get('ethics', ''))}</td></tr>")
    parts.append("</table></div><p class=sub>Generated by medmoe; the same numbers are in "
                 "<code>validation.json</code> beside this page.</p></body></html>")
    return "".join(parts)
