"""Whole-file and whole-directory writes that a crash cannot leave half done, and file digests.

Why: a model directory, a training checkpoint or a report that exists must be complete. Files are written to
a temp file in the same directory and renamed; directories are built under a temp name and swapped in.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write a whole file atomically (temp file in the same directory + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_dir(tmp: Path, final: Path, old: Path | None = None) -> None:
    """Swap the fully written directory `tmp` in at `final`; an existing `final` is moved aside, then deleted.

    `old` (default `<final>.old`) is where the previous directory waits between the two renames: a reader
    that finds no `final` after a kill can fall back to it (the trainer's resume does).
    """
    old = old if old is not None else final.with_name(final.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    shutil.rmtree(old, ignore_errors=True)


def sha256_file(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
