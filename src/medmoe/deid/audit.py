"""The audit log: one JSON line per de-identification action (Order No. 140 asks for a record of each).

What goes in: who (OS user), when (UTC), the method, the language, SHA-256 digests of input and output,
counts per entity type, and a fingerprint of the key. What never goes in: text, names, identifiers or
document ids in clear (ids are hashed, since a file name can itself be a patient's name).
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import socket
from pathlib import Path
from typing import Any

from medmoe.io.files import sha256_file as sha256_file  # re-exported: it lived here first


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"


class AuditLog:
    """Append-only JSONL; each `record` call writes and flushes one line (0600 on creation)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def record(self, event: str, **fields: Any) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "user": _user(),
            "host": socket.gethostname(),
            "event": event,
            **fields,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        return rec
