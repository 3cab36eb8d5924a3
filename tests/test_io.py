import json
from pathlib import Path

import numpy as np

from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl
from medmoe.validate.bootstrap import bootstrap_mean, paired_bootstrap


def test_iter_jsonl_isolates_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": 1}\nnot json\n\n[1,2]\n{"x": 2}\n', encoding="utf-8")
    items = list(iter_jsonl(p, required=("id",)))
    assert items[0] == (1, {"id": 1})
    bad = [i for i in items if isinstance(i, BadRecord)]
    assert [b.line_no for b in bad] == [2, 4, 5]
    assert "missing field 'id'" in str(bad[2]) and str(p) in str(bad[2])


def test_iter_jsonl_str_fields_must_be_strings(tmp_path: Path) -> None:
    p = tmp_path / "in.jsonl"
    p.write_text('{"text": "ok"}\n{"text": 5}\n{"id": 1}\n', encoding="utf-8")
    items = list(iter_jsonl(p, str_fields=("text",)))
    assert items[0] == (1, {"text": "ok"}) and items[2] == (3, {"id": 1})  # an absent field is `required`'s job
    assert isinstance(items[1], BadRecord) and str(items[1]) == f"{p}:2: field 'text' must be a string"


def test_iter_jsonl_reads_cp1251(tmp_path: Path) -> None:
    p = tmp_path / "cp.jsonl"
    p.write_bytes('{"text": "Жалобы"}\n'.encode("cp1251"))
    assert list(iter_jsonl(p)) == [(1, {"text": "Жалобы"})]


def test_atomic_writer_commits_only_on_success_and_resumes(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    try:
        with AtomicJsonlWriter(out, resume=True) as w:
            w.write({"id": "a"})
            raise RuntimeError("crash")
    except RuntimeError:
        pass
    assert not out.exists()
    with AtomicJsonlWriter(out, resume=True) as w:
        assert w.done_ids == {"a"}
        w.write({"id": "b"})
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]


def test_bootstrap_interval_contains_mean_and_paired_sign() -> None:
    rng = np.random.default_rng(0)
    v = rng.random(500) < 0.3
    e = bootstrap_mean(v.astype(float))
    assert e.low < e.value < e.high and abs(e.value - 0.3) < 0.06
    better = paired_bootstrap(np.ones(100), np.zeros(100))
    assert better["diff"] == 1.0 and better["p_not_better"] == 0.0


def test_bootstrap_statistic_undefined_everywhere_is_nan_without_warning() -> None:
    import warnings

    from medmoe.validate.bootstrap import bootstrap_statistic

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        e = bootstrap_statistic(5, lambda idx: float("nan"), n_boot=20)
    assert np.isnan(e.value) and np.isnan(e.low) and np.isnan(e.high) and e.n == 5
