"""`medmoe demo` pieces: step isolation, the index page, the leak check (the full demo is too slow here)."""

from __future__ import annotations

import json
from pathlib import Path

from medmoe.pipeline.demo import DemoConfig, Skip, leak_check, run_demo


def test_steps_are_isolated_and_index_links_results(tmp_path: Path) -> None:
    def ok(cfg: DemoConfig) -> tuple[str, list[tuple[str, str]]]:
        (cfg.out / "ok.html").write_text("<p>ok</p>", encoding="utf-8")
        return "did it", [("the result", "ok.html")]

    def missing(cfg: DemoConfig) -> tuple[str, list[tuple[str, str]]]:
        raise Skip("model not available")

    def broken(cfg: DemoConfig) -> tuple[str, list[tuple[str, str]]]:
        raise ValueError("bug")

    seen: list[str] = []
    res = run_demo(DemoConfig(out=tmp_path / "d", quick=True), on_step=lambda i, n, name: seen.append(f"{i}/{n} {name}"),
                   steps=[("one", ok), ("two", missing), ("three", broken), ("four", ok)])
    assert [r.status for r in res] == ["ok", "skipped: model not available", "failed: ValueError: bug", "ok"]
    assert seen == ["1/4 one", "2/4 two", "3/4 three", "4/4 four"]
    index = (tmp_path / "d" / "index.html").read_text(encoding="utf-8")
    assert "href='ok.html'" in index and "skipped: model not available" in index and index.count("<tr>") == 5


def test_leak_check_finds_identifiers_even_html_escaped(tmp_path: Path) -> None:
    ids = tmp_path / "ids.json"
    ids.write_text(json.dumps({"about": "x", "n1": ["O'Donnell", "Иванов"]}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").write_text('{"text": "Пациент [NAME]"}', encoding="utf-8")
    assert leak_check(out, ids) == []
    (out / "b.html").write_text("<p>O&#x27;Donnell</p>", encoding="utf-8")
    assert leak_check(out, ids) == ["b.html: O'Donnell"]


def test_leak_check_ignores_a_surrogate_that_equals_another_notes_name(tmp_path: Path) -> None:
    ids = tmp_path / "ids.json"
    ids.write_text(json.dumps({"n1": ["Егор Вадимович"], "n2": ["Нина Георгиевна"]}, ensure_ascii=False),
                   encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    rec = [{"id": "n1", "text": "Пациент Пётр Ильич"}, {"id": "n2", "text": "Пациентка [NAME], сын Егор Вадимович"}]
    (out / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rec), encoding="utf-8")
    (out / "index.html").write_text("<p>Егор Вадимович</p>", encoding="utf-8")
    assert leak_check(out, ids) == []  # n2's surrogate by chance; n1's own record is clean
    rec[0]["text"] = "Пациент Егор Вадимович"
    (out / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rec), encoding="utf-8")
    assert leak_check(out, ids) == ["a.jsonl: Егор Вадимович", "index.html: Егор Вадимович"]


def test_quick_mode_shrinks_work(tmp_path: Path) -> None:
    cfg = DemoConfig(out=tmp_path, quick=True)
    run_demo(cfg, steps=[])
    assert cfg.toy_steps <= 40 and cfg.validation_n <= 40
    assert (tmp_path / "index.html").is_file()
