"""`medmoe validate TASK`: the validation report every model ships with."""

from __future__ import annotations

from pathlib import Path

import typer


def register(cli) -> None:  # noqa: ANN001 (medmoe.cli.main.CLI; not imported to keep --help fast)
    @cli.app.command("validate")
    def validate(
        task: str = typer.Argument(..., help="rare | icd | deid | report | triage"),
        model: str = typer.Option(None, "--model", help="Model name or directory (default: the task's default model)."),
        data: str = typer.Option(None, "--data", help="Labelled data file (default: a built-in held-out synthetic set; "
                                                      "for icd, RuMedTop3 dev when ../shared is present)."),
        out: Path = typer.Option(None, "--out", "--output", "-o", help="Directory for report.html and validation.json "
                                                   "(default: validation-output/TASK)."),
        n: int = typer.Option(300, "--n", help="Number of cases when generating a held-out set."),
        seed: int = typer.Option(0, "--seed", help="Seed for data generation and bootstrap."),
    ) -> None:
        """Validate a model: metrics with 95% bootstrap intervals, paired comparison with the task's baseline,
        calibration, subgroups, robustness, expert routing, and a model card, as one HTML page + JSON."""
        from medmoe.io import check_paths
        from medmoe.validate.runner import run_validation

        check_paths([data], out_dirs=[out])
        page = run_validation(task, model, data, out or Path("validation-output") / task, n=n, seed=seed)
        typer.echo(f"report: {page}")
