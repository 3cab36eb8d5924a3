"""Download the official RuMedTop3 files (RuMedBench, GitHub) for users: the only network use of `icd`.

Why a command rather than bundled data: the dataset has its own licence and home; users fetch it from
the source. Files are written atomically (temp + rename) and checked to be JSONL with the expected
fields, so a captive-portal HTML page or a torn download never ends up looking like data.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

from medmoe.errors import MedmoeError
from medmoe.io import atomic_write_text
from medmoe.paths import medmoe_home

__all__ = ["RUMEDBENCH_BASE", "RUMEDTOP3_SPLITS", "fetch_rumedbench"]

RUMEDBENCH_BASE = "https://raw.githubusercontent.com/pavel-blinov/RuMedBench/main/data/RuMedTop3"
RUMEDTOP3_SPLITS = ("train", "dev", "test")


def _check_jsonl(text: str, url: str) -> int:
    n = 0
    for i, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            raise MedmoeError(f"{url}: line {i} is not JSON (not the RuMedTop3 file?)") from None
        if not isinstance(rec, dict) or "symptoms" not in rec or "idx" not in rec:
            raise MedmoeError(f"{url}: line {i} lacks 'idx'/'symptoms' (not the RuMedTop3 file?)")
        n += 1
    if n == 0:
        raise MedmoeError(f"{url}: empty download")
    return n


def fetch_rumedbench(
    dest: Path | None = None, timeout: float = 60.0, base_url: str = RUMEDBENCH_BASE
) -> list[Path]:
    """Download `{train,dev,test}_v1.jsonl` of RuMedTop3 into `dest` (default MEDMOE_HOME/data/rumedbench)."""
    dest = Path(dest) if dest is not None else medmoe_home() / "data" / "rumedbench"
    dest.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for split in RUMEDTOP3_SPLITS:
        url = f"{base_url}/{split}_v1.jsonl"
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 (fixed https URL)
                data = resp.read()
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise MedmoeError(f"cannot download {url}: {e}") from None
        text = data.decode("utf-8")
        _check_jsonl(text, url)
        path = dest / f"RuMedTop3_{split}.jsonl"
        atomic_write_text(path, text)
        out.append(path)
    return out
