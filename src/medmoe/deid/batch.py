"""Batch de-identification and re-identification of files: the work behind `medmoe deid` and `medmoe reid`.

Why here and not in the CLI: the pipeline and tests call the same code, and the fail-closed rule lives in
one place: a document that raises anywhere is reported by id and never written, the run goes on, and the
caller gets the failure count to turn into exit code 1.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import re
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from medmoe.deid.audit import AuditLog
from medmoe.deid.engine import Deidentifier, DeidError, Processed
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
    workers: int = 1  # processes that did the work (`effective_workers`)

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
) -> tuple[dict[str, Any], dict[str, int], list[Processed]]:
    """De-identify `text` and the other string `fields` of one record; any failure raises (fail closed).
    Nothing is written here: the caller commits the returned `Processed` values (vault, audit) in order."""
    doc_id = str(item["id"])
    patient = str(item["patient_id"]) if item.get("patient_id") else None
    done = deid.transform(item["text"], doc_id=doc_id, patient_id=patient)
    processed = [done]
    res = done.result
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
        sub = deid.transform(item[name], doc_id=f"{doc_id}#{name}", patient_id=patient or doc_id)
        processed.append(sub)
        out[name] = sub.result.text
        extra[name] = [e.as_dict() for e in sub.result.entities]
        for k, v in sub.result.counts().items():
            counts[k] = counts.get(k, 0) + v
    if extra:
        out["field_entities"] = extra
    return out, counts, processed


# ----------------------------------------------------------------------------------- worker processes
# Why processes: the detectors are pure Python (regexes, pymorphy3 lookups), so threads share one core.
# Why chunks: one document is ~1-3 ms of work, so a chunk of ~16k characters amortises the pickling and
# the queue round trip. Why a bounded window: the input is read lazily and memory stays flat on any size.
CHUNK_CHARS = 16_000
CHUNK_DOCS = 64
WINDOW_PER_WORKER = 4
MAX_AUTO_WORKERS = 4
AUTO_DOCS_PER_WORKER = 32
_WARMUP = "Пациент Иванов Иван Иванович осмотрен 12.03.2024. Patient John Smith seen on 3/12/2024."

J = TypeVar("J")
R = TypeVar("R")

_WORKER: Deidentifier | None = None  # this worker process's Deidentifier, built once by `_init_worker`


def auto_workers(n_docs: int | None = None) -> int:
    """`--workers auto`: the CPUs this process may use, at most `MAX_AUTO_WORKERS` (each worker holds its own
    copy of the models, and beyond a few workers the parent's reading and writing is the limit), and one per
    `AUTO_DOCS_PER_WORKER` documents: a small batch is done before a pool would pay for itself, so it runs in
    this process exactly as before."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    if n_docs is not None:
        n = min(n, n_docs // AUTO_DOCS_PER_WORKER)
    return max(1, min(n, MAX_AUTO_WORKERS))


def parse_workers(spec: str | int) -> int | None:
    """`--workers N` -> N; `auto` -> None (decided per input by `auto_workers`); anything else is a user error."""
    if isinstance(spec, int) or str(spec).strip().isdigit():
        n = int(spec)
        if n < 1:
            raise InputError(f"--workers: {spec!r} must be at least 1 (or 'auto')")
        return n
    if str(spec).strip().lower() == "auto":
        return None
    raise InputError(f"--workers: {spec!r} is not a number or 'auto'")


def effective_workers(workers: int | None, n_docs: int | None) -> int:
    """Processes to start for `n_docs` documents: `auto_workers` for None, never more than the documents."""
    if workers is None:
        return auto_workers(n_docs)
    return max(1, min(workers, n_docs)) if n_docs is not None else max(1, workers)


def _start_method() -> str:
    """fork on Linux: a worker starts in milliseconds and shares the parent's loaded dictionaries; spawn
    elsewhere (macOS and Windows frameworks are not fork-safe); every worker then loads the models once."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _init_worker(lang: str, mode: str, key: bytes | None, registry: Any) -> None:
    """Build this worker's Deidentifier (no vault, no audit: the parent writes those) and load the models
    now, once, not on the first document. Ctrl-C belongs to the parent: it terminates the workers and
    removes its .partial, so a worker ignores SIGINT instead of dying mid-chunk with a traceback."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = Deidentifier(lang=lang, mode=mode, key=key, registry=registry)
    _warm_up(_WORKER)


def _warm_up(deid: Deidentifier) -> None:
    """Load pymorphy3 and natasha (lazy singletons) now; free when already loaded. natasha is loaded by name:
    a warm-up note would load it only if its gate (a capitalised word no rule explains) happened to open."""
    try:
        if "natasha" in deid.registry.names():
            from medmoe.deid.ner import natasha_models

            natasha_models()
        deid.detect(_WARMUP)
    except Exception:
        pass  # a broken recognizer or model fails each document closed, where it is reported by id


def _ping() -> int:
    return os.getpid()


def _run_chunk(fn: Callable[[Deidentifier, J], R], jobs: list[J]) -> list[R]:
    """In a worker: the same job function the single-process path calls, over one chunk."""
    if _WORKER is None:  # pragma: no cover - the initializer always ran
        raise DeidError("worker process was not initialised")
    return [fn(_WORKER, job) for job in jobs]


def _chunks(jobs: Iterable[J], size: Callable[[J], int]) -> Iterator[list[J]]:
    chunk: list[J] = []
    chars = 0
    for job in jobs:
        chunk.append(job)
        chars += size(job)
        if chars >= CHUNK_CHARS or len(chunk) >= CHUNK_DOCS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


class DocumentPool(Generic[J, R]):
    """Map `fn(deid, job)` over jobs in input order: in this process (workers=1) or in a process pool.

    One code path: a worker calls the same `fn` as the single-process run, with a Deidentifier built from the
    same lang, mode, key and registry, so results are byte-identical. Use as a context manager: on an error
    or Ctrl-C the workers are terminated at once (nothing half-written survives the caller's writer).
    """

    def __init__(
        self,
        deid: Deidentifier,
        workers: int,
        fn: Callable[[Deidentifier, J], R],
        size: Callable[[J], int] = lambda job: 1,
    ) -> None:
        self.deid, self.workers, self.fn, self.size = deid, max(1, workers), fn, size
        self._ex: ProcessPoolExecutor | None = None

    def __enter__(self) -> DocumentPool[J, R]:
        if self.workers > 1:
            d = self.deid
            # a forked child flushes the std streams it inherited when it exits: empty them first, so nothing
            # buffered here (output written to stdout) is written twice
            sys.stdout.flush()
            sys.stderr.flush()
            method = _start_method()
            if method == "fork":
                _warm_up(
                    d
                )  # load the models once here; the forked workers share them instead of each loading
            try:
                self._ex = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context(method),
                    initializer=_init_worker,
                    initargs=(d.lang, d.mode, d.key, d.registry),
                )
                # start (fork) every worker now, before the progress bar's thread exists
                pings = [self._ex.submit(_ping) for _ in range(self.workers)]
            except (OSError, NotImplementedError) as e:
                # no process support here (no /dev/shm, a sandbox): the same work in this process
                log.warning("cannot start worker processes (%s); running in one process", type(e).__name__)
                self._ex = None
                return self
            for f in pings:
                self._result(f)
        return self

    @property
    def processes(self) -> int:
        """Processes doing the work: the workers, or 1 when the pool runs (or fell back to) in this process."""
        return self.workers if self._ex is not None else 1

    def _result(self, fut: Future[Any]) -> Any:
        try:
            return fut.result()
        except BrokenProcessPool as e:
            raise DeidError(
                "a worker process died (killed or out of memory); the output was not written"
            ) from e

    def imap(self, jobs: Iterable[J]) -> Iterator[tuple[J, R]]:
        """(job, fn's result) in the order of `jobs`; the input is read at most a bounded window ahead."""
        if self._ex is None:
            for job in jobs:
                yield job, self.fn(self.deid, job)
            return
        window: deque[tuple[list[J], Future[list[R]]]] = deque()
        for chunk in _chunks(jobs, self.size):
            window.append((chunk, self._ex.submit(_run_chunk, self.fn, chunk)))
            if len(window) >= self.workers * WINDOW_PER_WORKER:
                done, fut = window.popleft()
                yield from zip(done, self._result(fut), strict=True)
        while window:
            done, fut = window.popleft()
            yield from zip(done, self._result(fut), strict=True)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._ex is None:
            return
        if exc_type is not None:
            # Ctrl-C or an error: stop now instead of finishing the chunks already queued
            for proc in list((getattr(self._ex, "_processes", None) or {}).values()):
                proc.terminate()
        self._ex.shutdown(wait=True, cancel_futures=True)
        self._ex = None


def transform_job(deid: Deidentifier, job: tuple[str, str | None, str | None]) -> Processed:
    """`Deidentifier.process_many`'s job: (text, doc_id, patient_id) -> `Processed` (raises on failure)."""
    text, doc_id, patient_id = job
    return deid.transform(text, doc_id, patient_id)


@dataclass
class _Job:
    """One input record on its way to a worker; `failure` set: rejected while reading (not processed)."""

    where: str
    item: dict[str, Any] | None
    failure: str = ""


@dataclass
class _Done:
    """A worker's answer for one record: the output record and what the parent commits, or why it failed."""

    out: dict[str, Any] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    processed: list[Processed] = field(default_factory=list)
    personal_id: bool = False
    failure: str = ""


def _record_job(deid: Deidentifier, job: _Job, fields: tuple[str, ...], check_id: bool) -> _Done:
    """The per-record work of `deid_file`, in this process or a worker; never raises (fail closed: the
    record is reported by id and not written)."""
    if job.item is None:
        return _Done(failure=job.failure)
    doc_id = str(job.item["id"])
    try:
        personal = check_id and id_looks_personal(doc_id, deid)
        out, counts, processed = _deid_record(job.item, deid, fields)
    except DeidError as e:
        return _Done(failure=f"record {doc_id!r}: {e} (not written)")
    except Exception as e:  # fail closed on anything unexpected too
        return _Done(failure=f"record {doc_id!r}: internal error {type(e).__name__} (not written)")
    return _Done(out, counts, processed, personal)


def _job_size(job: _Job) -> int:
    return len(job.item["text"]) if job.item is not None and isinstance(job.item.get("text"), str) else 1


def deid_file(
    input_path: Path,
    output: Path | None,
    deid: Deidentifier,
    audit: AuditLog | None,
    warn: Any = None,
    fields: tuple[str, ...] = ("text",),
    hash_ids: bool = False,
    workers: int | None = 1,
) -> BatchReport:
    """De-identify every document of `input_path` into JSONL `output` (None: stdout).

    fields: JSONL string fields to de-identify besides "text" (their entities go to "field_entities"); other
    fields are copied unchanged, and those whose names look like personal data are reported through `warn`
    (a callable taking a message; default: a logging warning) by name and count, never by value. A listed
    field that no record has is reported too (a typo would otherwise de-identify nothing, silently).
    hash_ids: replace every record id by a keyed digest (`hashed_id`, needs `deid.key`); otherwise ids that
    look like personal data are counted and reported through `warn` (never their value).
    workers: processes over documents (`DocumentPool`; None: `auto_workers`); the output, the vault's content,
    the audit record and the failures are the same as with one, in input order; only this process writes files.
    With a vault, a repeated id is refused (the vault is keyed by id): that record fails, the run goes on.
    """
    if hash_ids and deid.key is None:
        raise InputError("hash_ids needs a key (the digests are keyed)")
    seen_ids: dict[str, str] = {}
    n_personal_ids = 0
    report = BatchReport()
    fields = tuple(dict.fromkeys(("text", *fields)))
    present: set[str] = set()  # listed fields found in at least one record
    total = count_documents(input_path)
    workers = effective_workers(workers, total)

    def jobs() -> Iterator[_Job]:
        """Read records in order and reject what this process alone can judge (unreadable, duplicate id)."""
        for where, item in _iter_numbered(input_path):
            if isinstance(item, BadRecord):
                yield _Job(where, None, str(item))
                continue
            present.update(f for f in fields if f in item)
            if hash_ids:
                item = {**item, "id": hashed_id(str(item["id"]), deid.key)}  # type: ignore[arg-type]
            doc_id = str(item["id"])
            if deid.vault is not None:
                if doc_id in seen_ids:
                    yield _Job(
                        where,
                        None,
                        f"{where}: duplicate document id (first at {seen_ids[doc_id]}); the vault is keyed by "
                        "id, so this record was not de-identified (not written)",
                    )
                    continue
                seen_ids[doc_id] = where
            yield _Job(where, item)

    fn = partial(_record_job, fields=fields, check_id=not hash_ids)
    with DocumentPool(deid, workers, fn, size=_job_size) as pool, AtomicJsonlWriter(output) as writer:
        report.workers = pool.processes
        bar = _progress(total, "deid")
        for job, done in pool.imap(jobs()):
            bar.update(1)
            if done.out is None or job.item is None:
                report.fail(done.failure)
                continue
            try:
                for p in done.processed:
                    deid.commit(p)
            except DeidError as e:
                report.fail(f"record {str(job.item['id'])!r}: {e} (not written)")
                continue
            writer.write(done.out)
            report.n_docs += 1
            n_personal_ids += done.personal_id
            report.n_cross_lang += any(p.cross for p in done.processed)
            for k, v in done.counts.items():
                report.counts[k] = report.counts.get(k, 0) + v
            for name in pii_like_fields(job.item, fields):
                report.clear_fields[name] = report.clear_fields.get(name, 0) + 1
        bar.close()
    missing = [f for f in fields if f != "text" and f not in present]
    if missing:
        (warn or log.warning)(
            f"--fields: no record has {', '.join(repr(f) for f in missing)}; nothing was de-identified there "
            "(check the field name)"
        )
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
