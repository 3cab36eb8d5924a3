"""Check a command's input and output paths before it does any work.

Why: a batch over a hospital archive can run for an hour. A missing input, an output that is a directory or
sits on a read-only disk, or an output that is one of the inputs (which would be destroyed while it is read)
must be refused in the first second with one line naming the paths (exit 2), not after the batch with a
Python exception name and a `.partial` file left behind. Every CLI command calls `check_paths` first.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from medmoe.errors import InputError

PathLike = str | Path | None


def _given(p: PathLike) -> Path | None:
    """None for "not given" and for "-" (stdin/stdout), else the path."""
    return None if p is None or str(p) in ("", "-") else Path(p)


def _same_file(a: Path, b: Path) -> bool:
    """Same file by resolved name, or (hard links, bind mounts) by inode when both exist."""
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _inside(child: Path, parent: Path) -> bool:
    return parent.is_dir() and child.resolve().is_relative_to(parent.resolve())


def _read_from_dir(out: Path, in_dir: Path, dir_reads: tuple[str, ...]) -> bool:
    """Would a command that reads `dir_reads` files under `in_dir` read `out` as an input next time?"""
    return _inside(out, in_dir) and ("*" in dir_reads or out.suffix.lower() in dir_reads or out.is_dir())


def _check_writable_place(out: Path) -> None:
    """The nearest existing ancestor must be a directory we can create files in (probed, not os.access:
    root passes os.access everywhere, yet /proc and read-only mounts still refuse)."""
    parent = out.parent if str(out.parent) else Path(".")
    existing = parent
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(f"{out}: cannot write here ({existing} is not a directory)")
    try:
        with tempfile.TemporaryFile(dir=existing, prefix=".medmoe-write-check-"):
            pass
    except OSError as e:
        raise InputError(f"{out}: cannot write in {existing} ({e.strerror or e})") from None


def check_paths(inputs: Sequence[PathLike] = (), outputs: Sequence[PathLike] = (),
                out_dirs: Sequence[PathLike] = (), dir_reads: tuple[str, ...] = ()) -> None:
    """Raise `InputError` (the CLI prints one line, exit 2) unless the paths can work together.

    inputs: files that must exist and be readable; directories too when `dir_reads` is given.
    dir_reads: the suffixes a command reads from an input directory (e.g. (".txt",); ("*",) for every file); an
        output of such a suffix inside an input directory is refused, since it would be read back as input.
    outputs: files that will be written: not a directory, in a writable place, not an input, not read back
        from an input directory, and all different from each other (an output JSONL, a vault, an audit log).
    out_dirs: directories that will be written (a model, a report folder): not an existing file, writable,
        not an input. None and "-" (stdin/stdout) are skipped everywhere.
    """
    ins = [p for p in map(_given, inputs) if p is not None]
    outs = [p for p in map(_given, outputs) if p is not None]
    dirs = [p for p in map(_given, out_dirs) if p is not None]
    for p in ins:
        if not p.exists():
            raise InputError(f"{p}: no such file or directory")
        if p.is_dir() and not dir_reads:
            raise InputError(f"{p}: is a directory, expected a file")
        if not os.access(p, os.R_OK):
            raise InputError(f"{p}: not readable (permission denied)")
    for o in outs:
        if o.is_dir():
            raise InputError(f"{o}: is a directory; give a file name for the output")
        _check_writable_place(o)
    for d in dirs:
        if d.exists() and not d.is_dir():
            raise InputError(f"{d}: exists and is not a directory")
        _check_writable_place(d / "x")
    for o in outs + dirs:
        for i in ins:
            if _same_file(o, i):
                raise InputError(f"{o}: output would overwrite the input {i}")
            if _read_from_dir(o, i, dir_reads):
                raise InputError(f"{o}: output would be written inside the input directory {i} "
                                 "(and read back as input)")
            if _inside(i, o):
                raise InputError(f"{o}: output directory holds the input {i}")
    for k, a in enumerate(outs):
        for b in outs[k + 1:]:
            if _same_file(a, b):
                raise InputError(f"{a} and {b}: two outputs would be written to the same file")
