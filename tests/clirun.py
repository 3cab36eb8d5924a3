"""Run the `medmoe` entry point in-process and return its exit code (0 when it returns normally)."""

from __future__ import annotations

from medmoe.cli.main import main


def run_cli(args: list[str]) -> int:
    try:
        main(args)
    except SystemExit as e:
        return int(e.code or 0)
    return 0
