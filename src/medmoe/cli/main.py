"""The `medmoe` command: one typer app, with groups that several tasks add to (`eval`, `synth`, `data`).

Each task's CLI lives in `medmoe/cli/<task>.py` and defines `register(cli: CLI) -> None`. Task modules
import heavy libraries (torch, natasha) inside their command functions, so `medmoe --help` stays fast.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from dataclasses import dataclass

# Plain click help: typer's rich panels print every flag as "--flag <bool>" and break lines mid-sentence.
os.environ.setdefault("TYPER_USE_RICH", "0")

import typer  # noqa: E402

from medmoe.errors import MedmoeError  # noqa: E402

# Order here is the order of commands in --help.
TASK_MODULES = ["demo", "pipeline", "rare", "phenotypes", "report", "deid", "icd", "triage", "validate", "data", "core"]


@dataclass
class CLI:
    """The app and its shared groups, handed to every task module's `register`."""

    app: typer.Typer
    eval: typer.Typer
    synth: typer.Typer
    data: typer.Typer


_STATE = {"debug": False}


def build_app() -> typer.Typer:
    app = typer.Typer(
        name="medmoe",
        help="medmoe: on-premises Mixture-of-Experts models for Russian and English clinical text. "
        "Everything runs offline on this machine.",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )

    @app.callback()
    def _root(
        debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Log more detail to stderr."),
    ) -> None:
        _STATE["debug"] = debug
        logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                            format="%(levelname)s %(name)s: %(message)s")

    groups = CLI(
        app=app,
        eval=typer.Typer(help="Evaluate a model on labelled data (metrics with 95% bootstrap intervals).",
                         no_args_is_help=True),
        synth=typer.Typer(help="Generate synthetic data (patients, reports, notes), reproducible from a seed.",
                          no_args_is_help=True),
        data=typer.Typer(help="Manage data: ontologies and datasets (the only commands that use the network).",
                         no_args_is_help=True),
    )
    for name in TASK_MODULES:
        modname = f"medmoe.cli.{name}"
        try:
            mod = importlib.import_module(modname)
        except ModuleNotFoundError as e:
            if e.name == modname:
                continue  # task not built yet
            raise
        mod.register(groups)
    app.add_typer(groups.eval, name="eval")
    app.add_typer(groups.synth, name="synth")
    app.add_typer(groups.data, name="data")
    return app


INTERRUPTED = ("interrupted: no output file written (its .partial was removed); "
               "re-run the same command to start again")


def hoist_global_flags(argv: list[str]) -> list[str]:
    """Move `--debug` to the front, so `medmoe triage ... --debug` works like `medmoe --debug triage ...`
    (click only accepts the root's options before the command name). Nothing after `--` is touched."""
    end = argv.index("--") if "--" in argv else len(argv)
    flags = [a for a in argv[:end] if a == "--debug"]
    return flags + [a for a in argv[:end] if a != "--debug"] + argv[end:]


def main(argv: list[str] | None = None) -> None:
    app = build_app()
    argv = hoist_global_flags(list(sys.argv[1:] if argv is None else argv))
    try:
        # Without standalone mode click returns the code of a `typer.Exit` instead of exiting with it.
        rc = app(args=argv, standalone_mode=False)
        if rc == 130:  # typer turns Ctrl-C into Exit(130); the writers have already removed their .partial
            typer.secho(INTERRUPTED, err=True)
        if isinstance(rc, int) and not isinstance(rc, bool) and rc != 0:
            sys.exit(rc)
    except MedmoeError as e:
        if _STATE["debug"]:
            raise
        typer.secho(f"error: {e}", fg=typer.colors.RED, err=True)
        sys.exit(2)
    except KeyboardInterrupt:  # raised outside the command (while the app is built)
        typer.secho(INTERRUPTED, err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as e:
        # Usage errors (unknown option, missing argument): click's own message, exit 2. typer >= 0.20
        # vendors click, so the classes are matched by behaviour rather than by import.
        if hasattr(e, "show") and isinstance(getattr(e, "exit_code", None), int):
            e.show()
            sys.exit(e.exit_code)
        if type(e).__name__ == "Abort":
            sys.exit(1)
        if _STATE["debug"]:
            raise
        typer.secho(f"error: {type(e).__name__}: {e} (run with --debug for the traceback)",
                    fg=typer.colors.RED, err=True)
        sys.exit(1)

if __name__ == "__main__":
    main()
