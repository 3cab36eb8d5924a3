"""`medmoe deid --workers N`: a process pool over documents must change nothing but the speed.

Same output bytes, same vault content and audit records, same failures (by id, in input order, never
written), exit 1 when a record fails, and Ctrl-C leaves no .partial and no worker behind. Chunks are made
small here so a small corpus still crosses several chunks and both workers.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clirun import run_cli
from medmoe.deid import AuditLog, Deidentifier, Entity, Vault
from medmoe.deid import batch as batch_mod
from medmoe.deid.batch import deid_file, effective_workers, parse_workers
from medmoe.deid.recognizers import builtin_recognizers
from medmoe.deid.registry import Registry
from medmoe.errors import InputError
from medmoe.synth.deid import generate

KEY = b"0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch_mod, "CHUNK_CHARS", 1500)


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    docs = list(generate(16, split="eval", seed=5))  # Russian and English notes
    return [{"id": d["id"], "text": d["text"], "patient_id": f"p{i % 3}"} for i, d in enumerate(docs)]


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _audit_lines(path: Path) -> list[dict[str, Any]]:
    """Audit records without the wall-clock time and the file names that differ between the two runs."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for k in ("time", "vault", "output_sha256" if rec["event"] == "deid_run" else "-"):
            rec.pop(k, None)
        out.append(rec)
    return out


def test_jsonl_workers_2_identical_output_vault_and_audit(
    tmp_path: Path, corpus: list[dict[str, Any]]
) -> None:
    inp = _jsonl(tmp_path / "in.jsonl", corpus)
    seen: dict[int, tuple[bytes, list[Any], list[dict[str, Any]]]] = {}
    for workers in (1, 2):
        out, vault, audit = (tmp_path / f"{n}{workers}" for n in ("out.jsonl", "v.vault", "audit.jsonl"))
        deid = Deidentifier(lang="auto", mode="pseudonymize", key=KEY, vault=vault, audit=audit)
        rep = deid_file(inp, out, deid, AuditLog(audit), workers=workers)
        assert rep.n_docs == len(corpus) and rep.n_failed == 0 and rep.workers == workers
        seen[workers] = (out.read_bytes(), list(Vault(vault, KEY).records()), _audit_lines(audit))
    assert seen[1][0] == seen[2][0]
    assert seen[1][1] == seen[2][1] and len(seen[1][1]) == len(corpus)  # same mappings, same order
    assert seen[1][2] == seen[2][2] and len(seen[1][2]) == len(corpus) + 1  # per document + the run
    assert multiprocessing.active_children() == []


def test_cli_txt_directory_workers_2_identical(tmp_path: Path, corpus: list[dict[str, Any]]) -> None:
    src = tmp_path / "notes"
    for i, d in enumerate(corpus[:9]):
        f = src / ("sub" if i % 2 else "") / f"note{i}.txt"
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(d["text"], encoding="utf-8")
    outs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        args = ["deid", str(src), "-o", str(out), "--mode", "mask", "--workers", workers]
        assert run_cli([*args, "--audit-log", str(tmp_path / "a.jsonl")]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") == 9


class BoomRecognizer:
    """Raises on one marked document: the worker must report it by id, never write it."""

    name = "boom"
    langs = ("ru", "en")

    def find(self, text: str, lang: str) -> Iterator[Entity]:
        if "BOOM" in text:
            raise RuntimeError("recognizer crashed")
        return iter(())


def test_failing_record_with_workers_fails_closed(tmp_path: Path, corpus: list[dict[str, Any]]) -> None:
    recs = [dict(r) for r in corpus[:8]]
    recs[5]["text"] = "Пациент Петров Иван Сергеевич BOOM " + recs[5]["text"]
    inp = _jsonl(tmp_path / "in.jsonl", recs)
    reports = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        deid = Deidentifier(
            lang="auto", mode="mask", key=KEY, registry=Registry([*builtin_recognizers(), BoomRecognizer()])
        )
        rep = deid_file(inp, out, deid, None, workers=workers)
        written = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
        assert written == [r["id"] for i, r in enumerate(recs) if i != 5]
        assert "Петров" not in out.read_text(encoding="utf-8")
        reports.append((rep.n_docs, rep.n_failed, rep.failures))
    assert reports[0] == reports[1]
    assert reports[1][1] == 1 and repr(recs[5]["id"]) in reports[1][2][0] and "boom" in reports[1][2][0]


def test_cli_failing_field_in_worker_exits_1(
    tmp_path: Path, corpus: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    recs = [dict(r, comment="ok") for r in corpus[:6]]
    recs[2]["comment"] = 5  # not a string: fails closed inside the worker
    inp = _jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    args = ["deid", str(inp), "-o", str(out), "--mode", "mask", "--fields", "comment", "--workers", "2"]
    assert run_cli([*args, "--audit-log", str(tmp_path / "a.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"failed: record {recs[2]['id']!r}: field 'comment' is not a string" in err
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [
        r["id"] for i, r in enumerate(recs) if i != 2
    ]


def test_interrupt_with_workers_leaves_no_partial_and_no_worker(
    tmp_path: Path, corpus: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    class _Bar:
        """Ctrl-C arrives in the parent while it writes the third record."""

        n = 0

        def update(self, k: int) -> None:
            self.n += k
            if self.n == 3:
                raise KeyboardInterrupt

        def close(self) -> None:
            pass

    monkeypatch.setattr(batch_mod, "_progress", lambda total, desc: _Bar())
    inp = _jsonl(tmp_path / "in.jsonl", corpus)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt):
        deid_file(inp, out, Deidentifier(lang="auto", mode="mask", key=KEY), None, workers=2)
    assert not out.exists() and not (tmp_path / "out.jsonl.partial").exists()
    assert multiprocessing.active_children() == []


def test_process_many_equals_process(corpus: list[dict[str, Any]]) -> None:
    texts = [d["text"] for d in corpus[:10]]
    ids = [d["id"] for d in corpus[:10]]
    deid = Deidentifier(lang="auto", mode="pseudonymize", key=KEY)
    many = deid.process_many(texts, doc_ids=ids, workers=2)
    one = [deid.process(t, doc_id=i) for t, i in zip(texts, ids, strict=True)]
    assert [r.text for r in many] == [r.text for r in one]
    assert [r.entities for r in many] == [r.entities for r in one]
    assert [r.replacements for r in many] == [r.replacements for r in one]


def test_parse_workers_and_auto() -> None:
    assert parse_workers("3") == 3 and parse_workers(2) == 2 and parse_workers("auto") is None
    assert effective_workers(None, 10) == 1  # a small batch is not worth a pool: one process, as before
    assert 1 <= effective_workers(None, 10_000) <= batch_mod.MAX_AUTO_WORKERS
    assert effective_workers(4, 3) == 3 and effective_workers(2, None) == 2
    for bad in ("0", "two", "-1"):
        with pytest.raises(InputError):
            parse_workers(bad)


def test_no_process_support_falls_back_to_one_process(
    tmp_path: Path, corpus: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    inp = _jsonl(tmp_path / "in.jsonl", corpus[:6])
    deid_file(inp, tmp_path / "one.jsonl", Deidentifier(lang="auto", mode="mask", key=KEY), None)

    def no_pool(*args: object, **kwargs: object) -> None:
        raise OSError("no /dev/shm")

    monkeypatch.setattr(batch_mod, "ProcessPoolExecutor", no_pool)
    rep = deid_file(
        inp, tmp_path / "two.jsonl", Deidentifier(lang="auto", mode="mask", key=KEY), None, workers=2
    )
    assert rep.n_docs == 6 and rep.workers == 1
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
