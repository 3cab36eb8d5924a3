"""The de-identification key: one secret file, kept apart from the data (Order No. 140: the key for
re-identification is stored separately and never handed to third parties).

Why a file with 0600 permissions under MEDMOE_HOME/keys by default: a hospital operator gets working,
consistent pseudonyms without setup, and the key never lands next to the output by accident.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from medmoe.errors import InputError
from medmoe.paths import medmoe_home

KEY_BYTES = 32


def default_key_path() -> Path:
    return medmoe_home() / "keys" / "deid.key"


def create_key(path: Path) -> bytes:
    """Write a fresh random key (hex) readable only by its owner; refuses to overwrite."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path.parent, 0o700)
    except OSError:
        pass
    key = secrets.token_bytes(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex() + "\n")
    return key


def read_key(path: Path) -> bytes:
    try:
        raw = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read key file ({e.__class__.__name__})") from e
    try:
        key = bytes.fromhex(raw)
    except ValueError as e:
        raise InputError(f"{path}: key file must hold hex digits (as written by medmoe)") from e
    if len(key) < 16:
        raise InputError(f"{path}: key is too short ({len(key)} bytes, need at least 16)")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        import logging

        logging.getLogger(__name__).warning(
            "key file %s is readable by others (mode %o); chmod 600 it", path, mode
        )
    return key


def load_or_create_key(path: str | Path | None = None) -> tuple[bytes, Path, bool]:
    """(key, path, created). With no path, use (or create) the default key under MEDMOE_HOME/keys."""
    if path is not None:
        p = Path(path).expanduser()
        if not p.exists():
            raise InputError(
                f"{p}: key file does not exist (omit --key-file to create one under {default_key_path()})"
            )
        return read_key(p), p, False
    p = default_key_path()
    if p.exists():
        return read_key(p), p, False
    return create_key(p), p, True
