"""`medmoe demo`: the whole toolkit on bundled made-up examples, results in demo-output/index.html."""

from __future__ import annotations

import sys
from pathlib import Path

import typer


def register(cli: "medmoe.cli.main.CLI") -> None:  # type: ignore[name-defined] # noqa: F821, UP037
    @cli.app.command("demo")
    def demo(
        out: Path = typer.Option(Path("demo-output"), "--out", "--output", "-o", help="Folder for the results (index.html inside)."),
        quick: bool = typer.Option(False, "--quick", help="Smaller validation sets and a shorter toy training run."),
    ) -> None:
        """Run everything on the bundled examples: the clinical pipeline (with FHIR and a personal-data leak
        check), rare-disease ranking of example phenopackets, radiology reports (en + ru), triage on the
        hand-written set, validation reports of every available model, and a toy MoE training run.
        Steps whose module or model is missing are skipped with the reason. Takes a few minutes on 2 cores."""
        from rich.console import Console
        from rich.table import Table

        from medmoe.io import check_paths
        from medmoe.pipeline.demo import DemoConfig, run_demo

        check_paths(out_dirs=[out])

        console = Console(stderr=True)

        def on_step(i: int, n: int, name: str) -> None:
            console.print(f"[bold cyan][{i}/{n}][/] {name} ...")

        results = run_demo(DemoConfig(out=out, quick=quick), on_step=on_step)
        table = Table(title="medmoe demo")
        for col in ("step", "status", "time", "result"):
            table.add_column(col)
        for r in results:
            color = "green" if r.status == "ok" else "yellow" if r.status.startswith("skipped") else "red"
            table.add_row(r.name, f"[{color}]{r.status}[/]", f"{r.seconds:.1f} s", r.summary)
        console.print(table)
        total = sum(r.seconds for r in results)
        console.print(f"total {total:.0f} s. Open [bold]{(out / 'index.html').resolve()}[/]")
        if any(r.status.startswith("failed") for r in results):
            sys.exit(1)
