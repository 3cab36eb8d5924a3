"""Reading notes for `medmoe analyze`: a .txt file, a directory of them, or JSONL `{"id", "text"}`.

Why so defensive: hospital exports mix encodings (UTF-8, Windows-1251), contain binary attachments
renamed to .txt, and have broken lines. Each problem becomes a `BadNote` naming the file (and line) so the
batch goes on and the user learns exactly which records to fix; nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from medmoe.errors import InputError
from medmoe.io import BadRecord, iter_jsonl
from medmoe.io.text import decode_text

MAX_NOTE_BYTES = 2 * 1024 * 1024  # notes above this are refused (1 MB notes are processed)
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    where: str  # file or file:line, for messages
    encoding: str = "utf-8"


@dataclass(frozen=True)
class BadNote:
    id: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def _read_text_file(path: Path, note_id: str) -> Note | BadNote:
    try:
        size = path.stat().st_size
        if size > MAX_NOTE_BYTES:
            return BadNote(note_id, str(path), f"note is {size / 1e6:.1f} MB, above the "
                                               f"{MAX_NOTE_BYTES / 1e6:.1f} MB limit; split it")
        raw = path.read_bytes()
        text, enc = decode_text(raw)
    except InputError as e:
        return BadNote(note_id, str(path), str(e))
    except OSError as e:
        return BadNote(note_id, str(path), f"cannot read ({e.strerror or e})")
    return Note(note_id, text, str(path), enc)


def iter_notes(path: str | Path) -> Iterator[Note | BadNote]:
    """Notes from a file or directory, in a stable order. A missing path is an InputError (nothing to do)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        if not files:
            raise InputError(f"{path}: the directory holds no files")
        for f in files:
            yield from iter_notes(f)
        return
    if path.suffix.lower() == ".jsonl":
        seen: set[str] = set()
        for item in iter_jsonl(path, required=("text",)):
            if isinstance(item, BadRecord):
                yield BadNote(f"{path.name}:{item.line_no}", item.where, item.reason)
                continue
            line_no, rec = item
            nid = str(rec.get("id") if rec.get("id") not in (None, "") else f"{path.stem}:{line_no}")
            where = f"{path}:{line_no}"
            if nid in seen:
                nid = f"{nid}#{line_no}"  # keep both records; ids must stay unique in the output
            seen.add(nid)
            text = rec["text"]
            if not isinstance(text, str):
                yield BadNote(nid, where, f"field 'text' must be a string, got {type(text).__name__}")
            elif len(text.encode("utf-8", errors="replace")) > MAX_NOTE_BYTES:
                yield BadNote(nid, where, f"note above the {MAX_NOTE_BYTES / 1e6:.1f} MB limit; split it")
            else:
                yield Note(nid, text, where)
        return
    yield _read_text_file(path, path.stem)
