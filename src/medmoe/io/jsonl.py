"""JSONL reading with error isolation and atomic, resumable writing.

Why: batch jobs over hospital archives must never lose a whole batch to one broken line, and must never
leave a half-written output file that looks complete. Readers yield `BadRecord` for lines that fail (the
caller reports them and goes on); writers write to `<out>.partial` and rename on success, so `<out>` is
either absent or complete. `resume=True` keeps the records of an interrupted `.partial` file; without it a
failed or interrupted run removes its `.partial` (no command resumes by default, so a leftover would only be a
stale, misleading file).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medmoe.errors import InputError
from medmoe.io.files import atomic_write_text as atomic_write_text  # re-exported: it lived here first
from medmoe.io.paths import check_paths
from medmoe.io.text import decode_text

MAX_LINE_BYTES = 16 * 1024 * 1024  # a single record above this is refused, not loaded


@dataclass(frozen=True)
class BadRecord:
    """A line that could not be used; `where` is `file:line` so messages can name it."""

    path: str
    line_no: int
    reason: str

    @property
    def where(self) -> str:
        return self.path if self.line_no <= 0 else f"{self.path}:{self.line_no}"  # 0: the whole file

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251")  # Russian Windows exports; cp1251 decodes any byte except 0x98


def read_text_any(path: str | Path) -> str:
    """A whole text file by `medmoe.io.text.decode_text` (UTF-8, UTF-16 with BOM, Windows-1251; binaries refused).

    Raises UnicodeDecodeError for a file that is not a readable note, so callers that fail closed on undecodable
    input (de-identification) keep one exception to catch.
    """
    raw = Path(path).read_bytes()
    try:
        return decode_text(raw)[0]
    except InputError as e:
        raise UnicodeDecodeError("utf-8", raw[:1], 0, 1, str(e)) from None


def iter_jsonl(path: str | Path, required: tuple[str, ...] = (),
               str_fields: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, Any]] | BadRecord]:
    """Yield `(line_no, record)` for good lines and `BadRecord` for bad ones. Blank lines are skipped.

    `required` names fields every record must have; a record without one is a BadRecord naming the field.
    `str_fields` names fields that, when present, must be strings (e.g. the note text).
    """
    path = Path(path)
    with path.open("rb") as fh:
        for line_no, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            if len(raw) > MAX_LINE_BYTES:
                yield BadRecord(str(path), line_no, f"line longer than {MAX_LINE_BYTES} bytes")
                continue
            try:
                obj = json.loads(_decode(raw))
            except (json.JSONDecodeError, UnicodeDecodeError) as e:
                yield BadRecord(str(path), line_no, f"invalid JSON ({e.msg if hasattr(e, 'msg') else e})")
                continue
            if not isinstance(obj, dict):
                yield BadRecord(str(path), line_no, f"expected a JSON object, got {type(obj).__name__}")
                continue
            missing = [f for f in required if f not in obj]
            if missing:
                yield BadRecord(str(path), line_no, f"missing field {missing[0]!r}")
                continue
            wrong = [f for f in str_fields if f in obj and not isinstance(obj[f], str)]
            if wrong:
                yield BadRecord(str(path), line_no, f"field {wrong[0]!r} must be a string")
                continue
            yield line_no, obj


def read_done_ids(path: str | Path, id_field: str = "id") -> set[str]:
    """Ids already written to a (partial) output file; used to resume a batch job."""
    done: set[str] = set()
    p = Path(path)
    if not p.exists():
        return done
    for item in iter_jsonl(p):
        if isinstance(item, BadRecord):
            continue  # a torn last line from a crash: that record is simply redone
        _, rec = item
        if id_field in rec:
            done.add(str(rec[id_field]))
    return done


class AtomicJsonlWriter:
    """Append records to `<path>.partial`; `commit()` renames it to `<path>`.

    With `resume=True` an existing `.partial` is kept and `done_ids` tells the caller what to skip.
    Used as a context manager, it commits on success; on an error or Ctrl-C it keeps the `.partial` only with
    `resume=True` and removes it otherwise.
    Writing to stdout (path None or "-") is supported for CLI pipes: no atomicity there.
    """

    def __init__(self, path: str | Path | None, resume: bool = False, id_field: str = "id",
                 mode: int | None = None) -> None:
        """`mode` (e.g. 0o600 for re-identified text) is set on the `.partial` before the first record."""
        self.path = None if path in (None, "-") else Path(path)  # type: ignore[arg-type]
        self.done_ids: set[str] = set()
        self.resume = resume
        self._fh = None
        if self.path is not None:
            check_paths(outputs=[self.path])  # a directory or read-only place fails now, not at commit()
            self.partial = self.path.with_name(self.path.name + ".partial")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if resume and self.partial.exists():
                    self.done_ids = read_done_ids(self.partial, id_field)
                    self._truncate_torn_tail()
                    self._fh = self.partial.open("a", encoding="utf-8")
                else:
                    self._fh = self.partial.open("w", encoding="utf-8")
                if mode is not None:
                    os.chmod(self.partial, mode)  # before any record is written; os.replace keeps it
            except OSError as e:
                raise InputError(f"{self.path}: cannot write ({e.strerror or e})") from None

    def _truncate_torn_tail(self) -> None:
        data = self.partial.read_bytes()
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            self.partial.write_bytes(data[:cut])

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False) + "\n"
        if self._fh is None:
            import sys

            sys.stdout.write(line)
            sys.stdout.flush()
        else:
            self._fh.write(line)
            self._fh.flush()

    def commit(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None
            os.replace(self.partial, self.path)  # type: ignore[arg-type]

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def abort(self) -> None:
        """Close without committing; the `.partial` is removed unless this writer resumes."""
        self.close()
        if self.path is not None and not self.resume:
            self.partial.unlink(missing_ok=True)

    def __enter__(self) -> AtomicJsonlWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
