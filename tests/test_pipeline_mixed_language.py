"""A note with a Russian and an English paragraph: each part is read by its own language's recogniser."""

from __future__ import annotations

from typing import Any

from medmoe.pipeline import Components, Pipeline, PipelineConfig
from medmoe.pipeline.langparts import language_parts

RU = "Жалобы: судороги, выраженная слабость в ногах."
EN = "Referral letter: the patient has ataxia and hearing loss since childhood."
NOTE = f"{RU}\n\n{EN}"


class _NoDeid:
    class _Res:
        def __init__(self, text: str) -> None:
            self.text = text

    def process(self, text: str, doc_id: str | None = None) -> Any:
        return self._Res(text)


class _RecordingCoder:
    seen: list[str] = []

    def predict(self, texts: list[str], top: int = 3) -> list[list[tuple[str, float]]]:
        _RecordingCoder.seen.extend(texts)
        return [[("G40", 0.9)] for _ in texts]

    def code_name(self, code: str) -> str:
        return "Эпилепсия"


def _pipeline(**cfg: Any) -> Pipeline:
    from medmoe.phenotypes import PhenotypeRecognizer
    from medmoe.triage import Triager

    comps = Components(
        deid=lambda lang: _NoDeid(),
        phenotypes=lambda lang: PhenotypeRecognizer(lang=lang),
        diagnoser=None,
        icd=lambda: _RecordingCoder(),
        triager=lambda: Triager.load("rules"),
    )
    return Pipeline(PipelineConfig(**cfg), comps)


def test_language_parts_by_paragraph_then_sentence() -> None:
    parts = language_parts(NOTE)
    assert [(p.lang, NOTE[p.start : p.end].strip()) for p in parts] == [("ru", RU), ("en", EN)]
    assert parts[0].start == 0 and parts[-1].end == len(NOTE)
    one = "Жалобы на кашель. Chief complaint: cough and runny nose for days. Температура 38."
    assert [p.lang for p in language_parts(one)] == ["ru", "en", "ru"]
    assert [p.lang for p in language_parts("Кашель. АД 120/80.\n120/80")] == ["ru"]  # no letters: no new part
    assert language_parts("", "en")[0].lang == "en"


def test_mixed_note_finds_phenotypes_in_both_languages() -> None:
    _RecordingCoder.seen.clear()
    r = _pipeline().analyze("mixed", NOTE)
    assert r["status"] == "ok" and r["mixed_language"]
    found = {p["id"]: p for p in r["phenotypes"]}
    # Seizure + lower-limb weakness from the Russian paragraph, ataxia + hearing loss from the English one:
    # one recogniser for the whole note found only one paragraph's phenotypes.
    assert {"HP:0001250", "HP:0007340", "HP:0001251", "HP:0000365"} <= set(found)
    for p in found.values():  # offsets point into the whole note
        assert NOTE[p["start"] : p["end"]] == p["text"]
    assert [x["lang"] for x in r["language_parts"]] == ["ru", "en"]
    # The Russian-only ICD-10 coder gets the Russian part of the complaints section only.
    assert _RecordingCoder.seen == ["судороги, выраженная слабость в ногах."]
    assert r["icd10"][0]["code"] == "G40"


def test_explicit_lang_and_one_language_notes_are_one_part() -> None:
    r = _pipeline(lang="en").analyze("forced", NOTE)
    assert "language_parts" not in r and r["steps"]["icd10"].startswith("skipped")
    assert {p["id"] for p in r["phenotypes"]} == {"HP:0001251", "HP:0000365"}
    r = _pipeline().analyze("ru", RU)
    assert "language_parts" not in r and {p["id"] for p in r["phenotypes"]} == {"HP:0001250", "HP:0007340"}
