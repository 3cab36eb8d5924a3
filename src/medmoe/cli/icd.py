"""`medmoe icd`: train and apply ICD-10 coders for Russian complaint texts (RuMedTop3 format).

Heavy imports (torch, sklearn, natasha) happen inside the commands, so `medmoe --help` stays fast.
"""

from __future__ import annotations

import json
import shlex
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from medmoe.errors import InputError

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

app = typer.Typer(
    help="ICD-10 coding of Russian patient complaints (RuMedTop3: 3-character codes, Hit@1/Hit@3).",
    no_args_is_help=True,
)


# Small models, small batches: on a busy shared CPU extra intra-op threads mostly wait for each other
# (measured: one MoE training step 0.34 s with 1 thread, 7.3 s with 2 on a loaded 2-core machine).
THREADS_HELP = "Torch CPU threads (1 is fastest for these small models unless the machine is idle)."


def _set_threads(ctx: typer.Context, n: int) -> None:
    """Set torch's thread count for this command; restored when the command ends (tests run in-process)."""
    import torch

    prev = torch.get_num_threads()
    torch.set_num_threads(n)
    ctx.call_on_close(lambda: torch.set_num_threads(prev))


def _err(msg: str) -> None:
    typer.secho(msg, fg=typer.colors.YELLOW, err=True)


@app.command("train")
def train(
    ctx: typer.Context,
    train_file: Path = typer.Option(
        ...,
        "--train",
        dir_okay=False,
        readable=True,
        help='Training JSONL: {"idx", "symptoms", "code"} per line.',
    ),
    dev_file: Path = typer.Option(
        ...,
        "--dev",
        dir_okay=False,
        readable=True,
        help="Dev JSONL (same format): scored with 95% bootstrap intervals, never used for any choice.",
    ),
    out: Path | None = typer.Option(
        None, "--out", "--output", file_okay=False, help="Model directory to write (default: MEDMOE_HOME/models/icd)."
    ),
    baseline: bool = typer.Option(
        True,
        "--baseline/--no-baseline",
        help="Also fit the published RuMedBench baseline (char 3-8 TF-IDF + one-vs-rest "
        "LR, C=10) and score it on dev in the same run (a few minutes).",
    ),
    n_models: int = typer.Option(2, "--n-models", min=1, max=8, help="MoE ensemble size."),
    max_steps: int = typer.Option(
        100_000,
        "--max-steps",
        min=1,
        help="Upper bound of optimizer steps per MoE (the CV-chosen epochs usually end sooner).",
    ),
    moe: bool = typer.Option(True, "--moe/--no-moe", help="Train the MoE classifier."),
    ngram: bool = typer.Option(
        True, "--ngram/--no-ngram", help="Use the sparse n-gram models in the blend (hybrid)."
    ),
    seed: int = typer.Option(0, "--seed", help="Random seed (split, init, batches)."),
    threads: int = typer.Option(1, "--threads", min=1, help=THREADS_HELP),
) -> None:
    """Train a coder (bag-MoE ensemble + sparse n-gram hybrid; every hyperparameter and blend weight was chosen
    by 5-fold CV on TRAIN), report dev Hit@1/Hit@3 with 95% bootstrap intervals, and save the model."""
    import numpy as np

    from medmoe.icd.coder import ICDCoder
    from medmoe.icd.data import read_records
    from medmoe.icd.ngram import fit_published_baseline, hits
    from medmoe.icd.train import ICDTrainConfig, train_icd
    from medmoe.io import check_paths
    from medmoe.paths import user_models_dir
    from medmoe.validate.bootstrap import bootstrap_mean

    check_paths([train_file, dev_file], out_dirs=[out])
    _set_threads(ctx, threads)
    tr, tr_bad = read_records(train_file, labelled=True)
    dv, dv_bad = read_records(dev_file, labelled=True)
    for p in tr_bad + dv_bad:
        _err(str(p))
    if len({r["code"] for _, r in tr}) < 2:
        raise InputError(
            f"{train_file}: need at least two different codes among the good lines, got {len(tr)} good lines"
        )
    texts = [r["symptoms"] for _, r in tr]
    codes = [r["code"] for _, r in tr]
    cfg = ICDTrainConfig(n_models=n_models, max_steps=max_steps, use_moe=moe, use_ngram=ngram, seed=seed)
    t0 = time.perf_counter()
    c0 = time.process_time()
    parts = train_icd(texts, codes, cfg, say=lambda m: typer.echo(m, err=True))
    coder = ICDCoder.from_parts(parts, moe_temperature=cfg.moe_temperature)
    train_s = time.perf_counter() - t0
    train_cpu = time.process_time() - c0

    l2i = {c: i for i, c in enumerate(parts.labels)}
    unseen = 0
    for line_no, r in dv:
        if r["code"] not in l2i:
            unseen += 1
            _err(
                f"{dev_file}:{line_no}: code {r['code']!r} does not occur in the training data "
                "(scored as a miss)"
            )
    y = np.array([l2i.get(r["code"], -1) for _, r in dv], dtype=np.int64)
    dev_texts = [r["symptoms"] for _, r in dv]
    scores: dict[str, Any] = {}

    def score(name: str, p: np.ndarray) -> None:
        h1, h3 = bootstrap_mean(hits(p, y, 1)), bootstrap_mean(hits(p, y, 3))
        scores[name] = {"hit1": h1.as_dict(), "hit3": h3.as_dict()}
        typer.echo(f"dev {name:<22} Hit@1 {h1.fmt(100)}   Hit@3 {h3.fmt(100)}   (n={h1.n})")

    routing: dict[str, list[float]] = {}
    if dv:
        score("model", coder.predict_proba(dev_texts))
        for name, lp in coder.part_log_probas(dev_texts).items():
            score(f"part {name} alone", np.exp(lp))
        if len(coder.module.bags) and coder.ngram is not None:
            from medmoe.icd import chapter
            from medmoe.icd.model import routing_by_chapter_bag

            rows = [coder.ngram.transform_one(t) for t in dev_texts]
            routing = routing_by_chapter_bag(
                coder.module.bags[0],
                rows,  # type: ignore[arg-type]
                [chapter(r["code"]) for _, r in dv],
            )
        if baseline:
            typer.echo("fitting the published baseline (char 3-8 TF-IDF + OvR LR, C=10)...", err=True)
            tb = time.perf_counter()
            base = fit_published_baseline(texts, np.array([l2i[c] for c in codes]), len(parts.labels))
            score("baseline (published)", base(dev_texts))
            scores["baseline_seconds"] = round(time.perf_counter() - tb, 1)
    out = out or user_models_dir() / "icd"
    meta = {
        "task": "icd10-rumedtop3",
        "command": "medmoe icd train " + " ".join(shlex.quote(a) for a in sys.argv[3:])
        if len(sys.argv) > 3
        else "medmoe icd train",
        "train_file": str(train_file),
        "dev_file": str(dev_file),
        "n_train": len(tr),
        "n_dev": len(dv),
        "n_dev_unseen_codes": unseen,
        "train_config": json.loads(json.dumps(cfg, default=lambda o: o.__dict__)),
        "blend_weights": parts.weights,
        "part_seconds": {k: round(v, 1) for k, v in parts.part_seconds.items()},
        "train_seconds": round(train_s, 1),
        "train_cpu_seconds": round(train_cpu, 1),
        "dev_scores": scores,
        "routing_by_chapter_dev": routing,
    }
    coder.save(out, metadata=meta)
    typer.echo(f"model saved to {out} (trained in {train_s:.0f} s wall, {train_cpu:.0f} s CPU)")
    if tr_bad or dv_bad:
        _err(f"{len(tr_bad) + len(dv_bad)} bad line(s) skipped")
        sys.exit(
            1
        )  # SystemExit passes through click untouched (typer.Exit is swallowed with standalone_mode=False)


@app.command("predict")
def predict(
    ctx: typer.Context,
    input_file: Path | None = typer.Option(
        None,
        "--input",
        "-i",
        dir_okay=False,
        readable=True,
        help='JSONL with {"idx", "symptoms"} per line (other fields kept).',
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "--out",
        "-o",
        dir_okay=False,
        help='Output JSONL (default: stdout); each line gains "prediction": \\'
        "[code1, code2, code3], best first (the RuMedBench format).",
    ),
    text: str | None = typer.Option(None, "--text", "-t", help="Code one complaint text and print a table."),
    top: int = typer.Option(3, "--top", min=1, max=50, help="How many codes per text."),
    model: str | None = typer.Option(None, "--model", help="Model directory or name (default: icd-default)."),
    probs: bool = typer.Option(False, "--probs", help='Also write "probabilities" next to "prediction".'),
    threads: int = typer.Option(1, "--threads", min=1, help=THREADS_HELP),
) -> None:
    """Predict ICD-10 codes for complaint texts: a JSONL batch (--input) or one text (--text)."""
    if (input_file is None) == (text is None):
        raise InputError('give exactly one of --input FILE.jsonl or --text "..."')
    from medmoe.io import check_paths

    check_paths([input_file], [output])

    from medmoe.icd.coder import ICDCoder
    from medmoe.icd.data import check_text

    _set_threads(ctx, threads)
    coder = ICDCoder.load(model)
    if text is not None:
        why = check_text(text)
        if why is not None:
            raise InputError(f"--text: {why}")
        from rich.console import Console
        from rich.table import Table

        table = Table(title="ICD-10 codes", show_lines=False)
        table.add_column("#", justify="right")
        table.add_column("code — name")
        table.add_column("probability", justify="right")
        for rank, (code, p) in enumerate(coder.predict([text], top=top)[0], start=1):
            table.add_row(str(rank), f"{code} — {coder.code_name(code)}", f"{p:.3f}")
        Console().print(table)
        return

    from tqdm.auto import tqdm

    from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl

    assert input_file is not None
    n_bad = n_ok = 0
    chunk: list[dict[str, Any]] = []

    def flush(writer: AtomicJsonlWriter) -> None:
        nonlocal n_ok
        if not chunk:
            return
        preds = coder.predict([r["symptoms"] for r in chunk], top=top)
        for rec, pred in zip(chunk, preds, strict=True):
            rec["prediction"] = [c for c, _ in pred]
            if probs:
                rec["probabilities"] = [round(p, 6) for _, p in pred]
            writer.write(rec)
        n_ok += len(chunk)
        chunk.clear()

    with AtomicJsonlWriter(output) as writer:
        for item in tqdm(
            iter_jsonl(input_file, required=("idx", "symptoms")),
            desc="icd predict",
            unit=" notes",
            file=sys.stderr,
            disable=None,
        ):
            if isinstance(item, BadRecord):
                _err(str(item))
                n_bad += 1
                continue
            line_no, rec = item
            why = check_text(rec["symptoms"])
            if why is not None:
                _err(f"{input_file}:{line_no}: {why}")
                n_bad += 1
                continue
            chunk.append(rec)
            if len(chunk) >= 256:
                flush(writer)
        flush(writer)
    if output is not None:
        typer.echo(f"{n_ok} note(s) coded -> {output}", err=True)
    if n_bad:
        _err(f"{n_bad} bad line(s) skipped")
        sys.exit(
            1
        )  # SystemExit passes through click untouched (typer.Exit is swallowed with standalone_mode=False)


def register(cli: CLI) -> None:
    cli.app.add_typer(app, name="icd")
