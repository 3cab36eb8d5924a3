"""One rule for `medmoe eval ...` inputs that hold nothing to score.

Why: a metric over zero records is no metric (NaN, or a table with empty cells), yet `eval rare` on an empty
file printed that table and exited 0, which a scheduled validation job reads as a pass. Every `eval`
command treats "no usable record" like a missing file: one line `error: FILE: no usable ...`, exit 2 (the
rule `eval deid` already followed). Bad records themselves are still reported one by one by the command.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from medmoe.errors import InputError


def require_records(n: int, source: str | Path | Sequence[str | Path], what: str = "records") -> None:
    """Raise `InputError` naming `source` (a path, or the list of paths read) when `n` < 1."""
    if n >= 1:
        return
    where = (
        ", ".join(map(str, source))
        if isinstance(source, Sequence) and not isinstance(source, str)
        else source
    )
    raise InputError(f"{where}: no usable {what}")
