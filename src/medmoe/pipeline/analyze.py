"""The note -> result chain behind `medmoe analyze`.

Order and why: language -> de-identification -> sections -> phenotypes -> differential -> ICD-10 -> triage.
Language is decided per part of the note (`langparts.py`): the phenotype recogniser reads each part with
its own language's lexicon and the (Russian-only) ICD-10 coder reads the Russian part; triage rules run
both languages' patterns on any note that has both scripts.
De-identification comes before anything else reads the text, and it fails closed: if it is unavailable
or raises on a note, that note produces an error record with no text at all, never the original. Every
later step sees only the de-identified text. A step whose module or model is missing is recorded as
"skipped: <reason>" and the note still succeeds; a step that raises on one note is recorded as
"error: <type>" (no message: messages may quote the text) and the rest of the chain runs.

Components are built lazily once per `Pipeline` and can be injected (tests use small fakes).
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from medmoe.pipeline.langparts import LangPart, language_parts
from medmoe.pipeline.sections import complaint_text, split_sections
from medmoe.rare.gate import GateConfig

log = logging.getLogger(__name__)
STEPS = ("language", "deid", "sections", "phenotypes", "differential", "icd10", "triage")
SCORE_MEANING = ("relative ranking score of the rare-disease ranker (softmax over all ~12.6k diseases, sums to 1 "
                 "whatever the note): not a calibrated probability of the disease")


class StepUnavailable(Exception):
    """A component cannot be built (module not installed, model missing); the step is skipped."""


@dataclass
class PipelineConfig:
    lang: str = "auto"  # "ru" | "en" | "auto"
    deid_mode: str = "pseudonymize"
    deid_key: bytes | None = None  # None: the Deidentifier's local default key
    top_k: int = 10  # differential length
    differential_gate: GateConfig | None = None  # None: medmoe.rare.gate defaults
    icd_top: int = 3
    model_chars: int = 100_000  # model steps read at most this much of a long note (deid reads all of it)
    fhir: bool = False
    diagnoser_model: str | None = None
    icd_model: str | None = None
    triage_model: str | None = None

    def __post_init__(self) -> None:
        from medmoe.errors import ConfigError

        if self.lang not in ("ru", "en", "auto"):
            raise ConfigError(f"PipelineConfig.lang: must be ru, en or auto, got {self.lang!r}")
        if self.top_k < 1 or self.icd_top < 1:
            raise ConfigError("PipelineConfig.top_k/icd_top: must be at least 1")


def detect_language(text: str) -> tuple[str, float]:
    """("ru"|"en", Cyrillic share). Uses the shared detector; "mixed" is reported by the caller."""
    from medmoe.text.lang import cyrillic_ratio
    from medmoe.text.lang import detect_language as _detect

    return _detect(text, default="ru"), cyrillic_ratio(text)


@dataclass
class Components:
    """Factories for each task component; each returns the object or raises StepUnavailable."""

    deid: Callable[[str], Any] | None = None  # lang -> Deidentifier-like (.process(text, doc_id) -> .text, .counts())
    phenotypes: Callable[[str], Any] | None = None  # lang -> recognizer (.recognize(text) -> mentions)
    diagnoser: Callable[[], Any] | None = None  # -> (.rank(Patient, top_k))
    icd: Callable[[], Any] | None = None  # -> (.predict([text], top), .code_name(code))
    triager: Callable[[], Any] | None = None  # -> (.triage(text, lang))


def _build(module: str, name: str, make: Callable[[Any], Any], failure: str | None, package: str) -> Any:
    """Import `module.name` and `make` the component from it. An import failure always skips the step;
    a construction failure does too when `failure` names it (else it propagates, as a bug would)."""
    try:
        obj = getattr(importlib.import_module(module), name)
    except ImportError as e:
        raise StepUnavailable(f"{package} not importable ({e.name or e})") from None
    if failure is None:
        return make(obj)
    try:
        return make(obj)
    except Exception as e:
        raise StepUnavailable(f"{failure} ({type(e).__name__}: {e})") from None


def default_components(cfg: PipelineConfig) -> Components:
    """The real task modules, imported on first use so a missing one only skips its step."""

    def deid(lang: str) -> Any:
        return _build("medmoe.deid", "Deidentifier",
                      lambda cls: cls(lang=lang, mode=cfg.deid_mode, key=cfg.deid_key),
                      "Deidentifier could not start", "medmoe.deid")

    def phenotypes(lang: str) -> Any:
        return _build("medmoe.phenotypes", "PhenotypeRecognizer", lambda cls: cls(lang=lang), None,
                      "medmoe.phenotypes")

    def diagnoser() -> Any:
        return _build("medmoe.rare.api", "Diagnoser", lambda cls: cls.load(cfg.diagnoser_model),
                      "rare-disease model unavailable", "medmoe.rare")

    def icd() -> Any:
        return _build("medmoe.icd", "ICDCoder", lambda cls: cls.load(cfg.icd_model),
                      "ICD-10 model unavailable", "medmoe.icd")

    def triager() -> Any:
        from medmoe.triage import Triager

        return Triager.load(cfg.triage_model)

    return Components(deid, phenotypes, diagnoser, icd, triager)


@dataclass
class Pipeline:
    cfg: PipelineConfig = field(default_factory=PipelineConfig)
    components: Components | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.components is None:
            self.components = default_components(self.cfg)

    def _get(self, name: str, *args: str) -> Any:
        """Build a component once; a failure is cached too, so 10 000 notes do not retry 10 000 times."""
        key = "/".join((name, *args))
        if key not in self._cache:
            factory = getattr(self.components, name)
            if factory is None:
                self._cache[key] = StepUnavailable(f"no {name} component configured")
            else:
                try:
                    self._cache[key] = factory(*args)
                except StepUnavailable as e:
                    self._cache[key] = e
                except Exception as e:  # a component that crashes while loading is skipped, not fatal
                    self._cache[key] = StepUnavailable(f"{type(e).__name__} while loading: {e}")
        obj = self._cache[key]
        if isinstance(obj, StepUnavailable):
            raise obj
        return obj

    def status(self) -> dict[str, str]:
        """Which steps can run right now ("ok" or "skipped: reason"), for the demo and --help-like output."""
        out = {}
        for name, args in (("deid", ("ru",)), ("phenotypes", ("ru",)), ("diagnoser", ()), ("icd", ()),
                           ("triager", ())):
            try:
                self._get(name, *args)
                out[name] = "ok"
            except StepUnavailable as e:
                out[name] = f"skipped: {e}"
        return out

    def analyze(self, note_id: str, text: str) -> dict[str, Any]:
        """One note -> one result dict. Failures of the note as a whole return {"id", "status": "failed",
        "error"} and never any text; step failures are recorded in `steps` and the note goes on."""
        timings: dict[str, float] = {}
        steps: dict[str, str] = {}
        warnings: list[str] = []

        def failed(reason: str) -> dict[str, Any]:
            return {"id": note_id, "status": "failed", "error": reason, "steps": steps,
                    "timings": {k: round(v, 1) for k, v in timings.items()}}

        if not isinstance(text, str) or not text.strip():
            return failed("empty note")
        t0 = time.perf_counter()
        detected, cyr = detect_language(text)
        lang = detected if self.cfg.lang == "auto" else self.cfg.lang
        mixed = 0.2 < cyr < 0.8
        if mixed:
            warnings.append(f"mixed languages (Cyrillic share {cyr:.2f}): phenotypes read each part in its own "
                            f"language, ICD-10 the Russian part, triage runs both rule sets; labels in {lang}")
        timings["language"] = (time.perf_counter() - t0) * 1000
        steps["language"] = "ok"

        # --- de-identification: fail closed -----------------------------------------------------------
        t0 = time.perf_counter()
        try:
            deid = self._get("deid", "auto" if mixed and self.cfg.lang == "auto" else lang)
        except StepUnavailable as e:
            steps["deid"] = f"unavailable: {e}"
            return failed("de-identification unavailable, note withheld (fail closed): " + str(e))
        try:
            dres = deid.process(text, doc_id=note_id)
            clean = dres.text
            if not isinstance(clean, str):
                raise TypeError("de-identified text is not a string")
        except Exception as e:
            steps["deid"] = f"error: {type(e).__name__}"
            return failed(f"de-identification failed ({type(e).__name__}), note withheld (fail closed)")
        timings["deid"] = (time.perf_counter() - t0) * 1000
        steps["deid"] = "ok"
        counts = dres.counts() if hasattr(dres, "counts") else {}

        # --- sections ----------------------------------------------------------------------------------
        t0 = time.perf_counter()
        sections = split_sections(clean)
        complaints = complaint_text(clean, sections)
        timings["sections"] = (time.perf_counter() - t0) * 1000
        steps["sections"] = "ok"
        model_text = clean
        if len(clean) > self.cfg.model_chars:
            warnings.append(f"note has {len(clean)} characters; model steps read the first {self.cfg.model_chars}")
            model_text = clean[: self.cfg.model_chars]
            complaints = complaints[: self.cfg.model_chars]
        # Language-specific steps read each language's part with its own rules (an explicit --lang wins).
        parts = language_parts(model_text, lang) if self.cfg.lang == "auto" else [LangPart(lang, 0, len(model_text))]

        result: dict[str, Any] = {
            "id": note_id, "status": "ok", "language": lang, "language_detected": detected,
            "mixed_language": mixed, "text_deidentified": clean, "deid_entities": counts,
            "sections": [{"name": s.name, "heading": s.heading, "start": s.start, "end": s.end, "text": s.text}
                         for s in sections],
            "phenotypes": [], "differential": [], "icd10": [], "triage": None,
        }
        if len(parts) > 1:
            result["language_parts"] = [{"lang": p.lang, "start": p.start, "end": p.end} for p in parts]

        def run(step: str, fn: Callable[[], Any]) -> Any:
            t = time.perf_counter()
            try:
                value = fn()
                steps[step] = "ok"
                return value
            except StepUnavailable as e:
                steps[step] = f"skipped: {e}"
            except Exception as e:  # never let one step lose the note; no message (it may quote text)
                log.debug("step %s failed on %s", step, note_id, exc_info=True)
                steps[step] = f"error: {type(e).__name__}"
            finally:
                timings[step] = (time.perf_counter() - t) * 1000
            return None

        def phenotypes() -> list[dict[str, Any]]:
            mentions = []
            for part in parts:
                rec = self._get("phenotypes", part.lang)
                for m in rec.recognize(model_text[part.start:part.end]):
                    d = m.as_dict() if hasattr(m, "as_dict") else dict(m)
                    mentions.append({**d, "start": int(d["start"]) + part.start, "end": int(d["end"]) + part.start})
            # A symptom named in the plan ("при появлении одышки вызвать СМП") is advice, not a finding.
            skip = [(s.start, s.end) for s in sections if s.name in ("plan", "identification")]
            return [m for m in mentions if not any(a <= int(m.get("start", -1)) < b for a, b in skip)]

        result["phenotypes"] = run("phenotypes", phenotypes) or []

        def differential() -> list[dict[str, Any]]:
            # Only for notes whose phenotypes suggest a rare disease (`medmoe.rare.gate`): the ranker always
            # ranks, and on a common cold it put "Lujo hemorrhagic fever 0.85" first.
            present = sorted({p["id"] for p in result["phenotypes"] if not p.get("excluded")})
            excluded = sorted({p["id"] for p in result["phenotypes"] if p.get("excluded")} - set(present))
            if not present:
                raise StepUnavailable("no present phenotypes to rank diseases on")
            dx = self._get("diagnoser")
            from medmoe.rare.api import Patient
            from medmoe.rare.gate import assess

            spec = assess(present, dx.ann.ic, self.cfg.differential_gate)
            result["differential_info"] = {"specific_phenotypes": spec.specific, "reason": spec.reason,
                                           "score": SCORE_MEANING}
            if not spec.ok:
                raise StepUnavailable(spec.reason)
            ranked = dx.rank(Patient(id=note_id, present=present, excluded=excluded), top_k=self.cfg.top_k)
            return [{"disease_id": r.disease_id, "label": r.label, "score": round(float(r.score), 6)} for r in ranked]

        result["differential"] = run("differential", differential) or []

        def icd10() -> list[dict[str, Any]]:
            coder = self._get("icd")
            russian = _russian_text(complaints) if self.cfg.lang == "auto" else complaints if lang == "ru" else ""
            if not russian.strip():
                raise StepUnavailable("the ICD-10 coder is trained on Russian complaints")
            preds = coder.predict([russian], top=self.cfg.icd_top)[0]
            return [{"code": c, "name": _safe_name(coder, c), "prob": round(float(p), 4)} for c, p in preds]

        result["icd10"] = run("icd10", icd10) or []

        def triage() -> dict[str, Any]:
            tr = self._get("triager")
            res = tr.triage(complaints, lang=lang)
            return res.as_dict() if hasattr(res, "as_dict") else dict(res)

        result["triage"] = run("triage", triage)

        if self.cfg.fhir:
            t = time.perf_counter()
            try:
                from medmoe.pipeline.fhir import build_bundle

                result["fhir"] = build_bundle(result)
                steps["fhir"] = "ok"
            except Exception as e:
                steps["fhir"] = f"error: {type(e).__name__}: {str(e)[:200]}"
                result["fhir"] = None
            timings["fhir"] = (time.perf_counter() - t) * 1000
        result["steps"] = steps
        result["warnings"] = warnings
        result["timings"] = {k: round(v, 1) for k, v in timings.items()}
        result["timings"]["total"] = round(sum(timings.values()), 1)
        return result


def _russian_text(text: str) -> str:
    """The Russian parts of `text` (the ICD-10 coder only knows Russian complaints); a one-language text as is."""
    parts = language_parts(text)
    if len(parts) == 1:
        return text if parts[0].lang == "ru" else ""
    return " ".join(text[p.start:p.end].strip() for p in parts if p.lang == "ru")


def _safe_name(coder: Any, code: str) -> str:
    try:
        return str(coder.code_name(code))
    except Exception:
        return ""
