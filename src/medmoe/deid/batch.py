"""Batch de-identification and re-identification of files: the work behind `medmoe deid` and `medmoe reid`.

Why here and not in the CLI: the pipeline and tests call the same code, and the fail-closed rule lives in
one place: a document that raises anywhere is reported by id and never written, the run goes on, and the
caller gets the failure count to turn into exit code 1.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medmoe.deid.audit import AuditLog
from medmoe.deid.engine import Deidentifier, DeidError
from medmoe.deid.pseudonyms import key_fingerprint
from medmoe.deid.vault import Vault, reidentify
from medmoe.errors import InputError
from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl, read_text_any, sha256_file

log = logging.getLogger(__name__)
# field names that usually hold personal data; copied unchanged unless named in `fields`, so the run warns
_PII_FIELD = re.compile(
    r"(?i)(?:^|_|\b)(?:name|fio|фио|surname|snils|снилс|inn|инн|phone|tel|телефон|mobile|e?mail|"
    r"address|адрес|dob|birth|рожд|passport|паспорт|polis|полис|oms|омс|mrn|ssn)"
)


@dataclass
class BatchReport:
    n_docs: int = 0
    n_failed: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # "id: reason" / "file:line: reason", no text
    # fields that look like personal data and were copied unchanged -> number of records (names, never values)
    clear_fields: dict[str, int] = field(default_factory=dict)
    # documents where the other language's name/address/date rules also ran (text in the other script)
    n_cross_lang: int = 0

    def fail(self, reason: object) -> None:
        """Count a document that was not written and say why (never with its text)."""
        self.n_failed += 1
        self.failures.append(str(reason))


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson", ".json")


def _looks_jsonl(path: Path) -> bool:
    """JSONL by name or by content: `medmoe deid --output` may be any file name (reid must read it back)."""
    if _is_jsonl(path):
        return True
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    return raw.lstrip().removeprefix(b"\xef\xbb\xbf").startswith(b"{")
    except OSError:
        return False
    return False


def _read_txt(path: Path, name: str) -> dict[str, Any] | BadRecord:
    """One .txt document, UTF-8 or Windows-1251; a file that is neither fails closed, named without a line."""
    try:
        return {"id": name, "text": read_text_any(path)}
    except UnicodeDecodeError:
        return BadRecord(str(path), 0, "cannot read: neither UTF-8 nor Windows-1251 text (not written)")
    except OSError as e:
        return BadRecord(str(path), 0, f"cannot read ({type(e).__name__}) (not written)")


def iter_documents(path: Path) -> Iterator[dict[str, Any] | BadRecord]:
    """Records `{"id", "text", ...}` from a .txt file, a directory of .txt files, or a JSONL file."""
    for _, item in _iter_numbered(path):
        yield item


def _iter_numbered(path: Path) -> Iterator[tuple[str, dict[str, Any] | BadRecord]]:
    """(where: "file:line" or the .txt file, record) for `iter_documents`; `where` names a record without text."""
    if path.is_dir():
        for f in sorted(path.rglob("*.txt")):
            yield str(f), _read_txt(f, str(f.relative_to(path)))
    elif _is_jsonl(path):
        for item in iter_jsonl(path, required=("text",), str_fields=("text",)):
            if isinstance(item, BadRecord):
                yield str(path), item
                continue
            line_no, rec = item
            rec.setdefault("id", f"{path.name}:{line_no}")
            yield f"{path}:{line_no}", rec
    else:
        yield str(path), _read_txt(path, path.name)


def count_documents(path: Path) -> int | None:
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.txt"))
    if _is_jsonl(path):
        with path.open("rb") as fh:
            return sum(1 for line in fh if line.strip())
    return 1


def input_digest(path: Path) -> str:
    if path.is_dir():
        h = hashlib.sha256()
        for f in sorted(path.rglob("*.txt")):
            h.update(str(f.relative_to(path)).encode() + b"\0" + sha256_file(f).encode())
        return h.hexdigest()
    return sha256_file(path)


def _progress(total: int | None, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="doc", file=sys.stderr, disable=None)


def pii_like_fields(record: dict[str, Any], fields: tuple[str, ...]) -> list[str]:
    """Names of fields not de-identified (not in `fields`, not id/entities) whose name looks like personal data
    and whose value is not empty: `medmoe deid` copies them unchanged, so the run must say so."""
    return [
        k
        for k, v in record.items()
        if k not in fields
        and k not in ("id", "entities", "patient_id")
        and v not in (None, "", [], {})
        and _PII_FIELD.search(k)
    ]


def hashed_id(doc_id: str, key: bytes) -> str:
    """A keyed digest in place of a record id that may hold personal data ("Иванов_Пётр_СНИЛС_....txt"):
    the same id and key give the same digest (notes of one file stay linkable), and without the key a list
    of names cannot be hashed to find it."""
    import hmac

    return "doc-" + hmac.new(key, b"deid-record-id\x00" + doc_id.encode(), hashlib.sha256).hexdigest()[:20]


def id_looks_personal(doc_id: str, deid: Deidentifier) -> bool:
    """Run the detectors over the id itself (file-name separators as spaces, extension dropped): a name, a
    document number, a phone or a date of birth in a file name is personal data."""
    words = re.sub(r"\.(?:txt|json|jsonl)$", "", doc_id, flags=re.IGNORECASE)
    words = re.sub(r"[_/\\]+", " ", words).strip()
    if not words:
        return False
    try:
        return any(e.type in ("NAME", "ID", "PHONE", "EMAIL", "ADDRESS") for e in deid.detect(words))
    except DeidError:
        return True


def _deid_record(
    item: dict[str, Any], deid: Deidentifier, fields: tuple[str, ...]
) -> tuple[dict[str, Any], Any]:
    """De-identify `text` and the other string `fields` of one record; any failure raises (fail closed)."""
    doc_id = str(item["id"])
    patient = str(item["patient_id"]) if item.get("patient_id") else None
    res = deid.process(item["text"], doc_id=doc_id, patient_id=patient)
    out = dict(item)
    out["text"] = res.text
    out["entities"] = [e.as_dict() for e in res.entities]
    extra: dict[str, list[dict[str, object]]] = {}
    counts = res.counts()
    for name in fields:
        if name == "text" or name not in item or item[name] is None:
            continue
        if not isinstance(item[name], str):
            raise DeidError(f"field {name!r} is not a string")
        # its own vault entry "<id>#<field>"; the same patient key, so dates move by the same shift
        sub = deid.process(item[name], doc_id=f"{doc_id}#{name}", patient_id=patient or doc_id)
        out[name] = sub.text
        extra[name] = [e.as_dict() for e in sub.entities]
        for k, v in sub.counts().items():
            counts[k] = counts.get(k, 0) + v
    if extra:
        out["field_entities"] = extra
    return out, counts


def deid_file(
    input_path: Path,
    output: Path | None,
    deid: Deidentifier,
    audit: AuditLog | None,
    warn: Any = None,
    fields: tuple[str, ...] = ("text",),
    hash_ids: bool = False,
) -> BatchReport:
    """De-identify every document of `input_path` into JSONL `output` (None: stdout).

    fields: JSONL string fields to de-identify besides "text" (their entities go to "field_entities"); other
    fields are copied unchanged, and those whose names look like personal data are reported through `warn`
    (a callable taking a message; default: a logging warning) by name and count, never by value.
    hash_ids: replace every record id by a keyed digest (`hashed_id`, needs `deid.key`); otherwise ids that
    look like personal data are counted and reported through `warn` (never their value).
    With a vault, a repeated id is refused (the vault is keyed by id): that record fails, the run goes on.
    """
    if hash_ids and deid.key is None:
        raise InputError("hash_ids needs a key (the digests are keyed)")
    seen_ids: dict[str, str] = {}
    n_personal_ids = 0
    report = BatchReport()
    fields = tuple(dict.fromkeys(("text", *fields)))
    bar = _progress(count_documents(input_path), "deid")
    with AtomicJsonlWriter(output) as writer:
        for where, item in _iter_numbered(input_path):
            bar.update(1)
            if isinstance(item, BadRecord):
                report.fail(item)
                continue
            if hash_ids:
                item = {**item, "id": hashed_id(str(item["id"]), deid.key)}  # type: ignore[arg-type]
            elif id_looks_personal(str(item["id"]), deid):
                n_personal_ids += 1
            doc_id = str(item["id"])
            if deid.vault is not None:
                if doc_id in seen_ids:
                    report.fail(
                        f"{where}: duplicate document id (first at {seen_ids[doc_id]}); the vault is keyed by "
                        "id, so this record was not de-identified (not written)"
                    )
                    continue
                seen_ids[doc_id] = where
            try:
                out, counts = _deid_record(item, deid, fields)
            except DeidError as e:
                report.fail(f"record {doc_id!r}: {e} (not written)")
                continue
            except Exception as e:  # fail closed on anything unexpected too
                report.fail(f"record {doc_id!r}: internal error {type(e).__name__} (not written)")
                continue
            writer.write(out)
            report.n_docs += 1
            report.n_cross_lang += bool(deid.last_cross_lang)
            for k, v in counts.items():
                report.counts[k] = report.counts.get(k, 0) + v
            for name in pii_like_fields(item, fields):
                report.clear_fields[name] = report.clear_fields.get(name, 0) + 1
    bar.close()
    if n_personal_ids:
        (warn or log.warning)(
            f"{n_personal_ids} record id(s) look like they hold personal data (a name, number or contact "
            "detail; file names are ids); they are copied to the output unchanged: use --hash-ids "
            "(hash_ids=True) to replace them with keyed digests"
        )
    if report.clear_fields:
        listed = ", ".join(
            f"{k!r} (in {v} of {report.n_docs} records)" for k, v in sorted(report.clear_fields.items())
        )
        (warn or log.warning)(
            f"fields copied unchanged that look like personal data: {listed}; only "
            f"{', '.join(repr(f) for f in fields)} de-identified"
        )
    if deid.vault is not None:
        deid.vault.close()
    if audit is not None:
        audit.record(
            "deid_run",
            method=deid.mode,
            lang=deid.lang,
            input_sha256=input_digest(input_path),
            output_sha256=sha256_file(output) if output is not None else None,
            n_docs=report.n_docs,
            n_failed=report.n_failed,
            counts=report.counts,
            n_cross_lang=report.n_cross_lang,
            hashed_ids=hash_ids,
            key_id=key_fingerprint(deid.key) if deid.key else None,
            vault=str(deid.vault.path) if deid.vault is not None else None,
        )
    return report


def reid_file(
    input_path: Path, output: Path | None, vault: Vault, audit: AuditLog | None, key: bytes
) -> BatchReport:
    """Restore originals in a `medmoe deid` output using the vault; documents not in it are reported."""
    from medmoe.deid.audit import sha256_text

    mapping = vault.load()
    report = BatchReport()
    if not _looks_jsonl(input_path):
        raise InputError(f"{input_path}: reid reads the JSONL written by `medmoe deid`")
    bar = _progress(count_documents(input_path), "reid")
    with AtomicJsonlWriter(output, mode=0o600) as writer:  # restored text is personal data
        for item in iter_jsonl(input_path, required=("id", "text")):
            bar.update(1)
            if isinstance(item, BadRecord):
                report.fail(item)
                continue
            _, rec = item
            doc_id = str(rec["id"])
            if doc_id not in mapping:
                report.fail(f"record {doc_id!r}: not in the vault")
                continue
            spans, digest = mapping[doc_id]
            if digest and sha256_text(rec["text"]) != digest:
                report.fail(f"record {doc_id!r}: text differs from what was de-identified")
                continue
            out = dict(rec)
            out["text"] = reidentify(rec["text"], spans)
            writer.write(out)
            report.n_docs += 1
    bar.close()
    if audit is not None:
        audit.record(
            "reid_run",
            method="vault",
            input_sha256=sha256_file(input_path),
            output_sha256=sha256_file(output) if output is not None else None,
            n_docs=report.n_docs,
            n_failed=report.n_failed,
            key_id=key_fingerprint(key),
            vault=str(vault.path),
        )
    return report
