"""One way to read and write records: JSONL with per-line error isolation, atomic writes, resume."""

from medmoe.io.files import atomic_write_text, replace_dir, sha256_file
from medmoe.io.jsonl import (
    AtomicJsonlWriter,
    BadRecord,
    iter_jsonl,
    read_done_ids,
    read_text_any,
)
from medmoe.io.paths import check_paths

__all__ = ["AtomicJsonlWriter", "BadRecord", "atomic_write_text", "check_paths", "iter_jsonl", "read_done_ids", "read_text_any",
           "replace_dir", "sha256_file"]
