"""Pipeline orchestration with small fakes: fail-closed de-identification, skipped steps, FHIR, batch I/O."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from medmoe.pipeline import Components, Pipeline, PipelineConfig, StepUnavailable, run_batch
from medmoe.rare.gate import NOT_ENOUGH, GateConfig, assess

SECRET = ["Иванов", "Пётр", "112-233-445 95", "+7 (912) 345-67-89"]
NOTE = ("Пациент: Иванов Пётр, СНИЛС 112-233-445 95, тел. +7 (912) 345-67-89.\n"
        "Жалобы: давящая боль за грудиной, холодный пот, судороги.\nРекомендации: при одышке вызвать СМП.")


@dataclass
class FakeDeidResult:
    text: str
    entities: list[Any] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"X": 4}


class FakeDeid:
    def process(self, text: str, doc_id: str | None = None) -> FakeDeidResult:
        for s in SECRET:
            text = text.replace(s, "[X]")
        return FakeDeidResult(text)


class CrashingDeid:
    def process(self, text: str, doc_id: str | None = None) -> FakeDeidResult:
        raise RuntimeError(f"boom on {text}")  # the message quotes the text: it must not reach the output


@dataclass
class FakeMention:
    id: str
    label: str
    excluded: bool
    start: int
    end: int
    text: str = ""

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


class FakeRecognizer:
    def recognize(self, text: str) -> list[FakeMention]:
        out = []
        for word, hid, label in (("судороги", "HP:0001250", "Seizure"), ("одышке", "HP:0002094", "Dyspnea")):
            for m in re.finditer(word, text):
                out.append(FakeMention(hid, label, False, m.start(), m.end(), word))
        return out


class FakeRanked:
    def __init__(self, i: int) -> None:
        self.disease_id, self.label, self.score = f"OMIM:10000{i}", f"Disease {i}", 1.0 / (i + 1)


class FakeAnnotations:
    ic = {"HP:0001250": 5.0}  # specific enough for a differential when the gate asks for one term


class FakeDiagnoser:
    seen: list[Any] = []
    ann = FakeAnnotations()

    def rank(self, patient: Any, top_k: int = 10) -> list[FakeRanked]:
        FakeDiagnoser.seen.append(patient)
        return [FakeRanked(i) for i in range(min(3, top_k))]


def unavailable(*_: str) -> Any:
    raise StepUnavailable("not installed here")


def make(deid: Any = FakeDeid, **kw: Any) -> Pipeline:
    comps = Components(deid=lambda lang: deid(), phenotypes=lambda lang: FakeRecognizer(),
                       diagnoser=lambda: FakeDiagnoser(), icd=unavailable,
                       triager=lambda: __import__("medmoe.triage", fromlist=["Triager"]).Triager.load("rules"))
    kw.setdefault("differential_gate", GateConfig(min_specific=1, common=frozenset()))
    return Pipeline(PipelineConfig(**kw), comps)


def test_full_chain_with_fakes_and_no_personal_data() -> None:
    r = make(fhir=True).analyze("n1", NOTE)
    assert r["status"] == "ok" and r["language"] == "ru"
    for key in ("id", "language", "text_deidentified", "phenotypes", "differential", "icd10", "triage", "timings"):
        assert key in r
    assert [p["id"] for p in r["phenotypes"]] == ["HP:0001250"]  # the plan's "одышке" is advice, not a finding
    assert FakeDiagnoser.seen[-1].present == ["HP:0001250"]
    assert len(r["differential"]) == 3
    assert r["steps"]["icd10"].startswith("skipped: not installed")
    assert r["triage"]["level"] == "emergency"
    assert r["fhir"]["resourceType"] == "Bundle" and r["steps"]["fhir"] == "ok"
    kinds = [e["resource"]["resourceType"] for e in r["fhir"]["entry"]]
    assert kinds[0] == "Composition" and "Condition" in kinds and kinds.count("RiskAssessment") == 2
    dumped = json.dumps(r, ensure_ascii=False)
    assert not any(s in dumped for s in SECRET)
    assert set(r["timings"]) >= {"deid", "phenotypes", "differential", "triage", "total"}


@pytest.mark.parametrize("deid", [CrashingDeid, None])
def test_deid_fails_closed(deid: Any) -> None:
    pipe = make(deid=CrashingDeid) if deid else Pipeline(PipelineConfig(), Components(deid=unavailable))
    r = pipe.analyze("n1", NOTE)
    assert r["status"] == "failed" and "fail closed" in r["error"]
    assert "text_deidentified" not in r
    dumped = json.dumps(r, ensure_ascii=False)
    assert not any(s in dumped for s in SECRET) and "давящая" not in dumped


def test_a_crashing_step_does_not_lose_the_note() -> None:
    class Broken:
        def recognize(self, text: str) -> list[Any]:
            raise ValueError(text)

    pipe = make()
    pipe.components.phenotypes = lambda lang: Broken()  # type: ignore[union-attr]
    r = pipe.analyze("n1", NOTE)
    assert r["status"] == "ok" and r["steps"]["phenotypes"] == "error: ValueError"
    assert r["steps"]["differential"].startswith("skipped: no present phenotypes")
    assert r["triage"]["level"] == "emergency"


def test_empty_mixed_and_long_notes() -> None:
    pipe = make(model_chars=200)
    assert pipe.analyze("e", "   \n")["error"] == "empty note"
    r = pipe.analyze("m", "Жалобы: кашель и насморк. Chief complaint: cough and runny nose for days.")
    assert r["mixed_language"] and any("mixed" in w for w in r["warnings"])
    r = pipe.analyze("l", "Жалобы: кашель. " * 100)
    assert r["status"] == "ok" and any("first 200" in w for w in r["warnings"])


def test_batch_writes_good_records_atomically_and_reports_bad_ones(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([json.dumps({"id": "a", "text": NOTE}, ensure_ascii=False), "{oops",
                              json.dumps({"id": "b", "text": ""})]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    s = run_batch(src, out, pipeline=make(), progress=False)
    assert (s.n_ok, s.n_failed) == (1, 2)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["status"] for x in lines] == ["ok"]  # bad records: reported in messages, not written
    assert "in.jsonl:2" in s.messages[0] and not (tmp_path / "out.jsonl.partial").exists()
    assert not any(x in out.read_text(encoding="utf-8") for x in SECRET)


def test_cli_analyze_exit_code_and_messages(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import medmoe.pipeline.batch as batch
    from medmoe.cli.main import main

    monkeypatch.setattr(batch, "Pipeline", lambda cfg: make())
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "ok.txt").write_text(NOTE, encoding="utf-8")
    (notes / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(notes), "--output", str(out)])
    assert e.value.code == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty note" in err and "1 note(s), 1 failed" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_differential_is_withheld_without_specific_phenotypes() -> None:
    """QA P9: a common complaint must not get a rare-disease ranking (default gate: 3 specific terms)."""
    FakeDiagnoser.seen.clear()
    r = make(differential_gate=GateConfig()).analyze("n1", NOTE)
    assert r["differential"] == [] and not FakeDiagnoser.seen
    assert r["steps"]["differential"].startswith(f"skipped: {NOT_ENOUGH}")
    assert r["differential_info"]["specific_phenotypes"] == []  # seizures: a common complaint in RuMed


def test_gate_sorts_terms() -> None:
    ic = {"HP:0001166": 4.3, "HP:0001083": 6.4, "HP:0000098": 4.0, "HP:0012531": 3.5, "HP:0000118": 0.0}
    spec = assess(["HP:0001166", "HP:0001083", "HP:0000098", "HP:0012531", "HP:0000118"], ic)
    assert spec.ok and spec.specific == ["HP:0001166", "HP:0001083", "HP:0000098"]
    assert spec.common == ["HP:0012531"] and spec.unspecific == ["HP:0000118"]  # Pain is a common complaint


def test_fhir_differential_carries_no_probability() -> None:
    """The ranker's score is a relative ranking score: FHIR must not present it as probabilityDecimal."""
    r = make(fhir=True).analyze("n1", NOTE)
    risks = [e["resource"] for e in r["fhir"]["entry"] if e["resource"]["resourceType"] == "RiskAssessment"]
    diff = next(x for x in risks if "rare-disease" in x["method"]["text"])
    assert diff["prediction"] and all("probabilityDecimal" not in p for p in diff["prediction"])
    assert "not a probability" in diff["prediction"][0]["rationale"]
    assert "not a calibrated probability" in r["differential_info"]["score"]


def test_binary_file_with_a_utf16_mark_is_refused_like_deid(tmp_path: Path) -> None:
    """QA P17: one decoding rule for analyze and deid; CJK noise from a UTF-16 guess is not a note."""
    from medmoe.io import read_text_any
    from medmoe.pipeline.inputs import BadNote, iter_notes

    f = tmp_path / "x.txt"
    f.write_bytes(b"\xff\xfe\x00\x98\x98 abc\n")
    (note,) = list(iter_notes(f))
    assert isinstance(note, BadNote) and "UTF-16" in note.reason
    with pytest.raises(UnicodeDecodeError):
        read_text_any(f)
    ok = tmp_path / "ok.txt"
    ok.write_bytes("Жалобы на кашель".encode("utf-16"))
    assert read_text_any(ok) == "Жалобы на кашель"
