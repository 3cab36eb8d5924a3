"""English mentions carry the Russian label from the team lexicon, read lazily (not when building the index)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import medmoe.phenotypes.recognizer as recognizer_mod
from medmoe.cli.main import build_app
from medmoe.phenotypes import PhenotypeRecognizer

MICROCEPHALY, SEIZURE = "HP:0000252", "HP:0001250"


def test_english_mentions_carry_team_russian_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lex = tmp_path / "team.tsv"
    lex.write_text("hpo_id\tlabel_en\tlabel_ru\tsynonyms_ru\tsource\n"
                   f"{MICROCEPHALY}\tMicrocephaly\tмикроцефалия (тест)\t\tteam\n", encoding="utf-8")
    calls: list[str] = []
    orig = recognizer_mod.russian_lexicon

    def counting(translation_file: object = None, team_file: object = None) -> object:
        calls.append(str(team_file))
        return orig(translation_file, team_file)  # type: ignore[arg-type]

    monkeypatch.setattr(recognizer_mod, "russian_lexicon", counting)
    rec = PhenotypeRecognizer("en", team_lexicon=lex).warm_up()
    assert rec.recognize("No abnormality detected.") == []
    assert str(lex.resolve()) not in calls  # lazy: not read for the index nor for a note without findings
    ms = {m.id: m for m in rec.recognize("The child has microcephaly and seizures.")}
    assert ms[MICROCEPHALY].label == "Microcephaly" and ms[MICROCEPHALY].label_ru == "микроцефалия (тест)"
    assert ms[SEIZURE].label_ru == ""  # not in this lexicon
    rec.recognize("Microcephaly.")
    assert calls.count(str(lex.resolve())) == 1  # read once


def test_cli_text_english_fills_russian_label_column() -> None:
    res = CliRunner().invoke(build_app(), ["phenotypes", "--text", "The child has microcephaly.", "--lang", "en"],
                             env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "HP:0000252" in res.output and "микроцефалия" in res.output
