"""The re-identification vault: surrogate -> original, encrypted with AES-256-GCM in its own file.

Why per-document authenticated records: a JSONL file of independently sealed records can be appended to by
streaming runs, a tampered or truncated record fails loudly instead of restoring wrong names, and the
document id is bound to its record (as associated data) so records cannot be swapped between documents.
The encryption key is derived from the de-identification key (HKDF), so only the key holder can open it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from pathlib import Path

from medmoe.errors import InputError

_AAD_PREFIX = b"medmoe-vault-v1\x00"


def _derive(key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"medmoe-vault-salt-v1", info=b"vault").derive(key)


class Vault:
    """Append-only file of sealed records `{"v", "doc", "nonce", "ct"}`; `doc` is a keyed hash of the id."""

    def __init__(self, path: str | Path, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self.path = Path(path)
        self._aead = AESGCM(_derive(key))
        self._idkey = hmac.new(key, b"medmoe-vault-doc-id", hashlib.sha256).digest()
        self._fh = None

    def _doc_tag(self, doc_id: str) -> str:
        return hmac.new(self._idkey, doc_id.encode(), hashlib.sha256).hexdigest()[:32]

    def add(self, doc_id: str, replacements: list[tuple[int, int, str]], output_sha256: str = "") -> None:
        """Seal the (start, end, original) spans of one output document (and its digest, checked by reid)."""
        if self._fh is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            self._fh = os.fdopen(fd, "a", encoding="utf-8")
        nonce = os.urandom(12)
        plain = json.dumps(
            {"id": doc_id, "spans": replacements, "out": output_sha256}, ensure_ascii=False
        ).encode()
        tag = self._doc_tag(doc_id)
        ct = self._aead.encrypt(nonce, plain, _AAD_PREFIX + tag.encode())
        rec = {
            "v": 1,
            "doc": tag,
            "nonce": base64.b64encode(nonce).decode(),
            "ct": base64.b64encode(ct).decode(),
        }
        self._fh.write(json.dumps(rec) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def records(self) -> Iterator[tuple[str, list[tuple[int, int, str]], str]]:
        """Decrypt every record: (doc_id, spans, output digest). A record failing authentication raises."""
        from cryptography.exceptions import InvalidTag

        with self.path.open(encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    nonce, ct = base64.b64decode(rec["nonce"]), base64.b64decode(rec["ct"])
                    plain = self._aead.decrypt(nonce, ct, _AAD_PREFIX + rec["doc"].encode())
                except InvalidTag as e:
                    raise InputError(
                        f"{self.path}:{line_no}: vault record does not open with this key "
                        "(wrong key or tampered file)"
                    ) from e
                except (ValueError, KeyError) as e:
                    raise InputError(f"{self.path}:{line_no}: not a medmoe vault record") from e
                obj = json.loads(plain)
                yield (
                    str(obj["id"]),
                    [(int(s), int(e), str(o)) for s, e, o in obj["spans"]],
                    obj.get("out", ""),
                )

    def load(self) -> dict[str, tuple[list[tuple[int, int, str]], str]]:
        """doc id -> (spans, digest of the de-identified text they apply to); a later run supersedes."""
        out: dict[str, tuple[list[tuple[int, int, str]], str]] = {}
        for doc_id, spans, digest in self.records():
            out[doc_id] = (spans, digest)
        return out


def reidentify(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Put the originals back at their output positions (applied right to left, so offsets stay valid)."""
    for s, e, orig in sorted(spans, key=lambda x: -x[0]):
        text = text[:s] + orig + text[e:]
    return text
