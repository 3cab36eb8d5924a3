"""`medmoe.io.check_paths` and the writer's early checks: refuse before any work, one line, exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from medmoe.errors import InputError
from medmoe.io import AtomicJsonlWriter, check_paths


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("{}\n")
    with pytest.raises(InputError, match="output would overwrite the input") as e:
        check_paths([src], [tmp_path / "." / "in.jsonl"])
    assert str(src) in str(e.value)
    link = tmp_path / "hard.jsonl"
    os.link(src, link)
    with pytest.raises(InputError, match="overwrite"):
        check_paths([src], [link])  # same inode under another name
    assert src.read_text() == "{}\n"


def test_output_inside_input_directory_and_duplicate_outputs(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    with pytest.raises(InputError, match="inside the input directory"):
        check_paths([notes], [notes / "out.txt"], dir_reads=(".txt",))
    check_paths([notes], [notes / "out.jsonl"], dir_reads=(".txt",))  # not read back: allowed
    with pytest.raises(InputError, match="same file"):
        check_paths([], [tmp_path / "out.jsonl", tmp_path / "out.jsonl"])  # e.g. --vault equal to --output


def test_missing_input_directory_output_and_unwritable_place(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        check_paths([tmp_path / "missing.jsonl"])
    with pytest.raises(InputError, match="is a directory, expected a file"):
        check_paths([tmp_path])
    with pytest.raises(InputError, match="is a directory; give a file name"):
        check_paths([], [tmp_path])
    with pytest.raises(InputError, match="cannot write"):
        check_paths([], ["/proc/nope/out.jsonl"])
    (tmp_path / "f").write_text("x")
    with pytest.raises(InputError, match="exists and is not a directory"):
        check_paths(out_dirs=[tmp_path / "f"])
    check_paths([], ["-", None])  # stdout and "not given" are skipped


def test_writer_refuses_a_directory_and_removes_its_partial_on_interrupt(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        AtomicJsonlWriter(tmp_path)
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), AtomicJsonlWriter(out) as w:
        w.write({"id": "a"})
        raise KeyboardInterrupt
    assert not out.exists() and not (tmp_path / "out.jsonl.partial").exists()


def test_writer_mode_applies_before_the_first_record(tmp_path: Path) -> None:
    out = tmp_path / "restored.jsonl"
    with AtomicJsonlWriter(out, mode=0o600) as w:
        assert (tmp_path / "restored.jsonl.partial").stat().st_mode & 0o777 == 0o600
        w.write({"id": "a"})
    assert out.stat().st_mode & 0o777 == 0o600
