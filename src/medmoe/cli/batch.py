"""The one convention for batch commands' bad records and empty inputs (see docs/ARCHITECTURE.md, CLI).

Why one helper: users line outputs up with inputs by id, and scripts read exit codes. Every batch command
reports a bad record on stderr as `failed: file:line: reason`, does not write it, goes on, and exits 1 at the
end; an input with no records at all is a warning (`no records in X`, exit 0) so a wrong path is noticed.
Every batch command also ends with one summary line on stderr (`labelled 12 report(s), 1 failed; wrote OUT`),
so a run that wrote what it should is visible without opening the output, and stdout stays pure JSONL.
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

    def summary(self, done: str, unit: str, output: str | Path | None = None, extra: str = "") -> None:
        """The one end-of-batch line: what was done to how many records, failures, extra facts, where it went."""
        line = f"{done} {self.n_ok} {unit}(s), {self.n_failed} failed"
        if extra:
            line += f"; {extra}"
        if output is not None and str(output) != "-":
            line += f"; wrote {output}"
        typer.echo(line, err=True)

    def finish(self, done: str | None = None, unit: str = "record", output: str | Path | None = None,
               extra: str = "") -> None:
        """Print the summary line (when `done` is given, e.g. "triaged"), warn on an empty input, and exit 1 if
        any record failed (typer.Exit is lost under standalone_mode=False)."""
        if done is not None:
            self.summary(done, unit, output, extra)
        if self.n_ok == 0 and self.n_failed == 0:
            typer.secho(f"warning: no records in {self.source}", fg=typer.colors.YELLOW, err=True)
        self.exit_if_failed()

    def exit_if_failed(self) -> None:
        """Exit 1 if any record failed; for commands that count good records themselves (train, eval)."""
        if self.n_failed:
            typer.secho(f"{self.n_failed} record(s) failed", fg=typer.colors.YELLOW, err=True)
            sys.exit(1)
