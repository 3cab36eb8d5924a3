"""The one convention for batch commands' bad records and empty inputs (see docs/ARCHITECTURE.md, CLI).

Why one helper: users line outputs up with inputs by id, and scripts read exit codes. Every batch command
reports a bad record on stderr as `failed: file:line: reason`, does not write it, goes on, and exits 1 at the
end; an input with no records at all is a warning (`no records in X`, exit 0) so a wrong path is noticed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer


class BatchFailures:
    """Counts and reports failed records; `finish()` applies the end-of-batch exit convention."""

    def __init__(self, source: str | Path) -> None:
        self.source = str(source)
        self.n_failed = 0
        self.n_ok = 0

    def __call__(self, msg: str) -> None:
        """Report one failed record (`msg` starts with `file:line`; never the record's text)."""
        self.n_failed += 1
        typer.secho(f"failed: {msg}", fg=typer.colors.RED, err=True)

    def ok(self) -> None:
        self.n_ok += 1

    def finish(self) -> None:
        """Warn on an empty input; exit 1 if any record failed (typer.Exit is lost under standalone_mode=False)."""
        if self.n_ok == 0 and self.n_failed == 0:
            typer.secho(f"warning: no records in {self.source}", fg=typer.colors.YELLOW, err=True)
        self.exit_if_failed()

    def exit_if_failed(self) -> None:
        """Exit 1 if any record failed; for commands that count good records themselves (train, eval)."""
        if self.n_failed:
            typer.secho(f"{self.n_failed} record(s) failed", fg=typer.colors.YELLOW, err=True)
            sys.exit(1)
