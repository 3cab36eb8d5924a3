"""`medmoe analyze`: the whole clinical pipeline on notes (.txt, a directory, or JSONL {"id","text"})."""

from __future__ import annotations

from pathlib import Path

import typer


def register(cli: "medmoe.cli.main.CLI") -> None:  # type: ignore[name-defined] # noqa: F821, UP037
    @cli.app.command("analyze")
    def analyze(
        input: Path = typer.Argument(..., help="A .txt note, a directory of notes, or JSONL with {\"id\", \"text\"} per line."),
        output: str = typer.Option("-", "--output", "--out", "-o", help="Output JSONL (written atomically); '-' for stdout."),
        fhir: bool = typer.Option(False, "--fhir", help="Add a FHIR R4 document Bundle to each result ('fhir' field)."),
        lang: str = typer.Option("auto", "--lang", help="Note language: ru, en or auto (detected per note)."),
        key_file: Path | None = typer.Option(None, "--key-file", help="Pseudonymisation key file (default: the local key)."),
        top_k: int = typer.Option(10, "--top-k", help="Length of the rare-disease differential (computed only when the note has >= 3 specific phenotypes)."),
        triage_model: str | None = typer.Option(None, "--triage-model", help="Triage model name or directory; 'rules' for rules only."),
    ) -> None:
        """Analyse clinical notes: language, de-identification (first; fails closed), sections, HPO phenotypes,
        rare-disease differential, ICD-10 suggestions, triage. One JSON line per note; the output holds only
        de-identified text. Exit status 1 if any note failed (each failure is listed on stderr)."""
        from medmoe.cli.batch import BatchFailures
        from medmoe.errors import InputError
        from medmoe.io import check_paths
        from medmoe.pipeline import PipelineConfig, run_batch

        if lang not in ("ru", "en", "auto"):
            raise InputError(f"--lang must be ru, en or auto, got {lang!r}")
        if top_k < 1:
            raise InputError(f"--top-k must be >= 1, got {top_k}")
        check_paths([input, key_file], [output], dir_reads=("*",))  # iter_notes reads every file of a directory
        key = None
        if key_file is not None:
            from medmoe.deid.keys import load_or_create_key

            key = load_or_create_key(key_file)[0]  # the same hex key file as `medmoe deid`: same pseudonyms
        cfg = PipelineConfig(lang=lang, fhir=fhir, deid_key=key, top_k=top_k, triage_model=triage_model)
        summary = run_batch(input, None if output == "-" else output, cfg)
        for m in summary.messages:
            typer.secho(f"failed: {m}", fg=typer.colors.RED, err=True)
        levels = ", ".join(f"{k} {v}" for k, v in sorted(summary.levels.items()))
        counts = BatchFailures(input)
        counts.n_ok, counts.n_failed = summary.n_ok, summary.n_failed
        # the shared end-of-batch rule: one summary line, warn on no notes, exit 1 if any failed
        counts.finish("analyzed", "note", output, f"triage: {levels}" if levels else "")
