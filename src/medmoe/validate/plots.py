"""Figures for validation reports, returned as base64 PNG so the HTML report is one self-contained file."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence

import matplotlib

matplotlib.use("Agg")  # headless: reports are made on servers
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def _png(fig: plt.Figure) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def reliability_diagram(bins: Sequence[dict[str, float]], ece: float, title: str = "Calibration") -> str:
    fig, ax = plt.subplots(figsize=(4.2, 4.0))
    ax.plot([0, 1], [0, 1], "--", color="grey", lw=1, label="perfect")
    if bins:
        x = [b["confidence"] for b in bins]
        y = [b["accuracy"] for b in bins]
        s = [max(10.0, 300.0 * b["count"] / max(bb["count"] for bb in bins)) for b in bins]
        ax.plot(x, y, "-", color="#1f77b4", lw=1)
        ax.scatter(x, y, s=s, color="#1f77b4", alpha=0.7, label="model (size = cases)")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("stated confidence")
    ax.set_ylabel("observed accuracy")
    ax.set_title(f"{title} (ECE {ece:.3f})")
    ax.legend(loc="upper left", fontsize=8)
    return _png(fig)


def topk_plot(curves: dict[str, Sequence[float]]) -> str:
    fig, ax = plt.subplots(figsize=(5.0, 3.6))
    for name, ys in curves.items():
        ax.plot(range(1, len(ys) + 1), ys, marker="o", ms=3, label=name)
    ax.set_xlabel("k")
    ax.set_ylabel("gold answer within top k")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)


def bar_with_ci(labels: Sequence[str], values: Sequence[float], lows: Sequence[float],
                highs: Sequence[float], xlabel: str) -> str:
    fig, ax = plt.subplots(figsize=(6.0, 0.35 * len(labels) + 1.2))
    y = np.arange(len(labels))
    v = np.asarray(values)
    err = np.vstack([v - np.asarray(lows), np.asarray(highs) - v])
    ax.barh(y, v, xerr=np.nan_to_num(err), color="#4c9a6a", alpha=0.8, capsize=3)
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", alpha=0.3)
    return _png(fig)


def heatmap(matrix: np.ndarray, row_labels: Sequence[str], col_labels: Sequence[str], title: str) -> str:
    fig, ax = plt.subplots(figsize=(0.45 * len(col_labels) + 2.5, 0.3 * len(row_labels) + 1.5))
    im = ax.imshow(matrix, aspect="auto", cmap="viridis")
    ax.set_xticks(range(len(col_labels)), col_labels, fontsize=8)
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize=8)
    ax.set_title(title, fontsize=10)
    fig.colorbar(im, ax=ax, fraction=0.04)
    return _png(fig)
