"""`medmoe report` (generate / label / train), `medmoe synth report`, `medmoe eval report`.

Heavy imports (torch, the model) happen inside the command functions so `medmoe --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medmoe.cli.batch import BatchFailures
from medmoe.cli.evalinput import require_records
from medmoe.errors import InputError
from medmoe.io import check_paths

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

LANG_HELP = "Report language: en (FINDINGS/IMPRESSION) or ru (ОПИСАНИЕ/ЗАКЛЮЧЕНИЕ)."
MODEL_HELP = ("Model directory or name (default: the shipped report-default model). "
              "Use 'template' for the template baseline.")


def _err(msg: str) -> None:
    typer.secho(msg, fg=typer.colors.YELLOW, err=True)


def _check_lang(lang: str, allow_auto: bool = False) -> str:
    ok = ("en", "ru", "auto") if allow_auto else ("en", "ru")
    if lang not in ok:
        raise InputError(f"--lang must be one of {', '.join(ok)}, got {lang!r}")
    return lang


def register(cli: CLI) -> None:
    report = typer.Typer(
        help="Chest X-ray reports from structured findings (MoE model, verified against its input), "
             "a findings labeler for report text, and training on a site's own reports.",
        invoke_without_command=True, no_args_is_help=False)

    @report.callback(invoke_without_command=True)
    def report_main(
        ctx: typer.Context,
        findings: str | None = typer.Option(
            None, "--findings", "-f",
            help="Findings as a MeSH-style string ('Cardiomegaly/mild;Opacity/lung/base/left', or 'normal') "
                 "or a JSON list of {finding, location, laterality, severity, present}."),
        input: Path | None = typer.Option(  # noqa: A002
            None, "--input", "-i", help="JSONL file, one {\"id\", \"findings\"} per line (batch mode)."),
        output: Path | None = typer.Option(
            None, "--output", "--out", "-o", help="Batch output JSONL (adds report and check); default stdout."),
        lang: str = typer.Option("en", "--lang", "-l", help=LANG_HELP),
        model: str | None = typer.Option(None, "--model", "-m", help=MODEL_HELP),
        show_check: bool = typer.Option(False, "--check", help="Also print the verification result (stderr)."),
    ) -> None:
        """Write a report for --findings, or for every line of --input."""
        if ctx.invoked_subcommand is not None:
            return
        _check_lang(lang)
        if (findings is None) == (input is None):
            if findings is None:
                typer.echo(ctx.get_help())
                raise typer.Exit(0)
            raise InputError("give either --findings or --input, not both")
        check_paths([input], [output] if input is not None else [])
        from medmoe.report.generator import ReportGenerator

        gen = ReportGenerator.load(model)
        if findings is not None:
            res = gen.generate(findings, lang)
            typer.echo(res.text)
            if show_check or not res.check_ok:
                _err(f"check: {json.dumps(res.check, ensure_ascii=False)} (path: {res.path})")
            return
        _batch_generate(gen, input, output, lang)  # type: ignore[arg-type]

    @report.command("label")
    def report_label(
        text_arg: str | None = typer.Argument(None, metavar="[TEXT]", help="Report text (or --text; omit to use --input)."),
        text_opt: str | None = typer.Option(None, "--text", "-t", help="Report text (same as the TEXT argument)."),
        input: Path | None = typer.Option(  # noqa: A002
            None, "--input", "-i", help="JSONL file with {\"id\", \"text\"} (or \"report\") per line."),
        output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Output JSONL (default stdout)."),
        lang: str = typer.Option("auto", "--lang", "-l", help="en, ru or auto (by script)."),
    ) -> None:
        """Extract findings (with negation/uncertainty, laterality, severity) from report text."""
        _check_lang(lang, allow_auto=True)
        from medmoe.report.labeler import label_report

        if text_arg is not None and text_opt is not None:
            raise InputError("give the report text once: as TEXT or as --text")
        text = text_arg if text_arg is not None else text_opt
        if (text is None) == (input is None):
            raise InputError("give either TEXT (or --text) or --input")
        check_paths([input], [output] if input is not None else [])
        if text is not None:
            for m in label_report(text, lang):
                mods = ", ".join(x for x in (m.laterality, m.severity, m.location) if x)
                typer.echo(f"{m.status:9s} {m.finding}" + (f" ({mods})" if mods else "") + f"  [{m.text}]")
            return
        from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl

        failed = BatchFailures(input)  # type: ignore[arg-type]
        with AtomicJsonlWriter(output) as w:
            for item in iter_jsonl(input):  # type: ignore[arg-type]
                if isinstance(item, BadRecord):
                    failed(str(item))
                    continue
                line_no, rec = item
                body = rec.get("text", rec.get("report"))
                if not isinstance(body, str):
                    failed(f"{input}:{line_no}: missing string field 'text' (or 'report')")
                    continue
                labels = [m.to_dict() for m in label_report(body, lang)]
                w.write({"id": rec.get("id", line_no), "findings": labels})
                failed.ok()
        failed.finish("labelled", "report", output)

    @report.command("train")
    def report_train(
        data: Path | None = typer.Option(
            None, "--data", "-d", help="Training reports: Open-i CSV (uid, MeSH, Problems, image, indication, "
                                       "comparison, findings, impression) or JSONL {findings, report}."),
        synthetic: int = typer.Option(0, "--synthetic", help="Add this many synthetic training cases."),
        output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Model directory to write "
                                           "(default: $MEDMOE_HOME/models/report-<date>-<time>)."),
        steps: int = typer.Option(1500, "--steps", help="Optimizer steps."),
        d_model: int = typer.Option(128, "--d-model", help="Model width."),
        layers: int = typer.Option(2, "--layers", help="Encoder and decoder layers (each)."),
        experts: int = typer.Option(4, "--experts", help="Experts per MoE layer (top-2 routing)."),
        batch_size: int = typer.Option(32, "--batch-size"),
        lr: float = typer.Option(2e-3, "--lr"),
        seed: int = typer.Option(0, "--seed"),
        threads: int = typer.Option(0, "--threads", help="torch CPU threads (0: torch default)."),
        device: str = typer.Option("cpu", "--device", help="cpu, cuda or auto."),
        run_dir: Path | None = typer.Option(None, "--run-dir", help="Resumable checkpoints go here."),
        init: str | None = typer.Option(
            None, "--init", help="Fine-tune this report model (e.g. report-default) instead of training from "
                                 "scratch; its tokenizer and size are kept (--d-model/--layers/--experts ignored)."),
    ) -> None:
        """Train the MoE report model on a site's reports and/or the synthetic corpus."""
        import time

        import torch

        from medmoe.paths import user_models_dir
        from medmoe.report.data import read_cases, synthetic_cases
        from medmoe.report.model import ReportModelConfig, train_report_model

        if output is None:
            output = user_models_dir() / f"report-{time.strftime('%Y%m%d-%H%M%S')}"
            _err(f"no --output given: the model goes to {output}")
        check_paths([data], out_dirs=[output, run_dir])
        if threads > 0:
            torch.set_num_threads(threads)
        cases = []
        failed = BatchFailures(data or "--synthetic")
        if data is not None:
            cases += read_cases(data, failed)
            if not cases:
                raise InputError(f"{data}: no usable training rows")
        if synthetic > 0:
            cases += synthetic_cases(synthetic, "train", seed=seed)
        if len(cases) < 2:
            raise InputError("nothing to train on: give --data FILE and/or --synthetic N")
        cfg = ReportModelConfig(d_model=d_model, d_ff=2 * d_model, d_expert=2 * d_model, n_layers=layers,
                                n_decoder_layers=layers, n_experts=experts, steps=steps,
                                batch_size=batch_size, lr=lr, seed=seed)
        dev = synthetic_cases(64, "train", seed=seed + 1000) if synthetic > 0 else None
        cmd = (f"medmoe report train{f' --data {data}' if data else ''} --synthetic {synthetic} --steps {steps} "
               f"--d-model {d_model} --layers {layers} --experts {experts} --batch-size {batch_size} --lr {lr} "
               f"--seed {seed}{f' --init {init}' if init else ''} --output {output}")
        path = train_report_model([(c.source, c.report) for c in cases], output, cfg,
                                  dev_pairs=[(c.source, c.report) for c in dev] if dev else None,
                                  run_dir=run_dir, device=device, init=init,
                                  metadata={"command": cmd, "data": str(data) if data else None,
                                            "synthetic_cases": synthetic})
        typer.echo(f"saved {path}")
        failed.exit_if_failed()

    cli.app.add_typer(report, name="report")

    @cli.synth.command("report")
    def synth_report(
        n: int = typer.Option(1000, "--n", "-n", help="Number of cases."),
        split: str = typer.Option("train", "--split",
                                  help="train, or heldout (phrasings and finding combinations never in train)."),
        lang: str = typer.Option("both", "--lang", "-l", help="en, ru or both (alternating)."),
        seed: int = typer.Option(0, "--seed"),
        output: Path | None = typer.Option(None, "--output", "--out", "-o", help="JSONL file (default stdout)."),
    ) -> None:
        """Synthetic paired structured findings + reports (JSONL {id, lang, findings, report, split})."""
        from medmoe.io import AtomicJsonlWriter
        from medmoe.synth.report import generate_cases

        if split not in ("train", "heldout"):
            raise InputError(f"--split must be train or heldout, got {split!r}")
        check_paths([], [output])
        langs = ("en", "ru") if lang == "both" else (_check_lang(lang),)
        written = 0
        with AtomicJsonlWriter(output) as w:
            for case in generate_cases(n, split, langs, seed):
                w.write(case)
                written += 1
        # On stderr, like every batch command's summary: stdout may be the JSONL itself.
        _err(f"wrote {written} synthetic {split} report case(s) ({'/'.join(langs)}) to {output or 'stdout'}")

    @cli.eval.command("report")
    def eval_report(
        data: Path = typer.Option(..., "--data", "-d",
                                  help="JSONL {findings, report[, lang]} or Open-i CSV with reference reports."),
        model: str | None = typer.Option(None, "--model", "-m", help=MODEL_HELP),
        limit: int = typer.Option(0, "--limit", help="Evaluate only the first N cases (0: all)."),
        output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Write the metrics as JSON here."),
        no_verify: bool = typer.Option(False, "--no-verify",
                                       help="Also score the raw greedy MoE output (no verification pass)."),
    ) -> None:
        """BLEU-4, ROUGE-L, chrF and clinical correctness (finding P/R/F1 with side and severity, omitted
        negatives, laterality errors, hallucinations): MoE vs template, with 95% bootstrap intervals."""
        from medmoe.io import atomic_write_text
        from medmoe.report.data import read_cases
        from medmoe.report.evaluate import evaluate_cases, format_table

        check_paths([data], [output])
        failed = BatchFailures(data)
        cases = read_cases(data, failed)
        if limit > 0:
            cases = cases[:limit]
        require_records(len(cases), data, "cases")
        res = evaluate_cases(cases, model, raw=no_verify)
        typer.echo(format_table(res))
        if output is not None:
            atomic_write_text(output, json.dumps(res, ensure_ascii=False, indent=2) + "\n")
        failed.exit_if_failed()


def _batch_generate(gen: object, input: Path, output: Path | None, lang: str) -> None:  # noqa: A002
    from tqdm import tqdm

    from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl
    from medmoe.report.findings import parse_findings

    failed = BatchFailures(input)
    with AtomicJsonlWriter(output) as w:
        for item in tqdm(list(iter_jsonl(input, required=("findings",))), desc="report", file=sys.stderr,
                         disable=not sys.stderr.isatty()):
            if isinstance(item, BadRecord):
                failed(str(item))
                continue
            line_no, rec = item
            try:
                rec_lang = _check_lang(rec.get("lang", lang))
                parse_findings(rec["findings"])  # unknown terms -> InputError naming them
                res = gen.generate(rec["findings"], rec_lang)  # type: ignore[attr-defined]
            except InputError as e:
                failed(f"{input}:{line_no}: {e}")
                continue
            w.write({**rec, "report": res.text, "check": res.check, "verification": res.path})
            failed.ok()
    failed.finish("generated", "report", output)
