"""Batch driver for `medmoe analyze`: notes in, one JSON line per note out, atomically.

Every input record yields exactly one output line: a result, or `{"id", "status": "failed", "error"}`
for an unreadable or withheld note, so nothing is lost and the failures can be found and re-run. The
output appears only when the batch completes (`AtomicJsonlWriter`), and the exit status says whether any
record failed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from medmoe.io import AtomicJsonlWriter
from medmoe.pipeline.analyze import Pipeline, PipelineConfig
from medmoe.pipeline.inputs import BadNote, iter_notes


@dataclass
class BatchSummary:
    n_ok: int = 0
    n_failed: int = 0
    messages: list[str] = field(default_factory=list)  # "where: reason", no note text
    levels: dict[str, int] = field(default_factory=dict)


def run_batch(input_path: str | Path, output: str | Path | None, cfg: PipelineConfig | None = None,
              pipeline: Pipeline | None = None, progress: bool = True) -> BatchSummary:
    from tqdm import tqdm

    pipe = pipeline or Pipeline(cfg or PipelineConfig())
    summary = BatchSummary()
    notes = list(iter_notes(input_path))
    with AtomicJsonlWriter(output) as writer:
        for note in tqdm(notes, desc="analyze", unit="note", file=sys.stderr, disable=not progress or len(notes) < 2):
            if isinstance(note, BadNote):
                rec = {"id": note.id, "status": "failed", "error": note.reason, "where": note.where}
            else:
                rec = pipe.analyze(note.id, note.text)
                if note.encoding not in ("utf-8", "utf-8-sig"):
                    rec.setdefault("warnings", []).append(f"decoded as {note.encoding}")
                rec["where"] = note.where
            if rec.get("status") == "failed":
                summary.n_failed += 1
                summary.messages.append(f"{rec.get('where', rec['id'])}: {rec['error']}")
            else:
                summary.n_ok += 1
                lvl = (rec.get("triage") or {}).get("level", "n/a")
                summary.levels[lvl] = summary.levels.get(lvl, 0) + 1
                writer.write(rec)  # failed notes are reported, not written (the batch-command convention)
    return summary
