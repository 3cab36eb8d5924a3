"""FHIR R4 export of one analysed note: a document Bundle, validated with `fhir.resources` (R4B models,
which are FHIR R4 compatible for every resource used here).

Contents: Composition (one section per note section, de-identified text only, plus result sections),
a pseudonymous Patient (no name, no identifiers: only a stable id derived from the note id), a Device
(medmoe as the author), Condition per ICD-10 suggestion (verification "provisional") and per HPO
phenotype ("confirmed" when present, "refuted" when negated), and RiskAssessment for the rare-disease
differential and for the triage level.
"""

from __future__ import annotations

import html
import uuid
from datetime import UTC, datetime
from typing import Any

from medmoe.errors import MedmoeError

ICD10 = "http://hl7.org/fhir/sid/icd-10"
HPO = "http://human-phenotype-ontology.org"
LOINC = "http://loinc.org"
VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CLIN_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical"
RISK_PROB = "http://terminology.hl7.org/CodeSystem/risk-probability"
DISEASE_SYSTEMS = {"ORPHA": "http://www.orpha.net", "OMIM": "http://omim.org", "MONDO": "http://purl.obolibrary.org/obo/mondo.owl"}
TRIAGE_RISK = {"emergency": "high", "urgent": "moderate", "routine": "low"}
_NS = uuid.UUID("6f1c3f9e-8a57-4c35-9d55-3a1f0b7f2b10")


def _uid(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


def _div(text: str) -> dict[str, str]:
    body = "<br/>".join(html.escape(line) for line in text.splitlines()) or "&#160;"
    return {"status": "generated", "div": f'<div xmlns="http://www.w3.org/1999/xhtml">{body}</div>'}


def _disease_coding(disease_id: str, label: str) -> dict[str, Any]:
    prefix, _, code = disease_id.partition(":")
    coding = {"code": code or disease_id, "display": label}
    if prefix in DISEASE_SYSTEMS:
        coding["system"] = DISEASE_SYSTEMS[prefix]
    return {"coding": [coding], "text": label}


def build_bundle(result: dict[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """A FHIR document Bundle (as a JSON-able dict) for one pipeline result; raises MedmoeError if the
    resources do not validate (a bug, reported per note by the pipeline)."""
    now = now or datetime.now(UTC)
    ts = now.replace(microsecond=0).isoformat()
    note_id = str(result["id"])
    pid, dev_id, comp_id = _uid(note_id, "patient"), _uid("medmoe-device"), _uid(note_id, "composition", ts)
    subject = {"reference": f"urn:uuid:{pid}"}
    device_ref = {"reference": f"urn:uuid:{dev_id}", "display": "medmoe"}
    entries: list[dict[str, Any]] = []

    def add(res: dict[str, Any], rid: str) -> dict[str, str]:
        res["id"] = rid
        entries.append({"fullUrl": f"urn:uuid:{rid}", "resource": res})
        return {"reference": f"urn:uuid:{rid}"}

    icd_refs, hpo_refs, risk_refs = [], [], []
    for i, item in enumerate(result.get("icd10") or []):
        code = str(item["code"])
        icd_refs.append(add({
            "resourceType": "Condition", "subject": subject,
            "clinicalStatus": {"coding": [{"system": CLIN_STATUS, "code": "active"}]},
            "verificationStatus": {"coding": [{"system": VER_STATUS, "code": "provisional"}]},
            "code": {"coding": [{"system": ICD10, "code": code, "display": item.get("name") or code}],
                     "text": item.get("name") or code},
            "note": [{"text": f"medmoe ICD-10 suggestion #{i + 1}, model probability {float(item.get('prob', 0)):.3f}"}],
        }, _uid(note_id, "icd", code)))
    seen_hpo: set[tuple[str, bool]] = set()
    for ph in result.get("phenotypes") or []:
        key = (str(ph["id"]), bool(ph.get("excluded")))
        if key in seen_hpo:
            continue
        seen_hpo.add(key)
        res: dict[str, Any] = {
            "resourceType": "Condition", "subject": subject,
            "verificationStatus": {"coding": [{"system": VER_STATUS, "code": "refuted" if key[1] else "confirmed"}]},
            "code": {"coding": [{"system": HPO, "code": key[0], "display": ph.get("label") or key[0]}],
                     "text": ph.get("label") or key[0]},
        }
        if not key[1]:
            res["clinicalStatus"] = {"coding": [{"system": CLIN_STATUS, "code": "active"}]}
        ref = add(res, _uid(note_id, "hpo", key[0], str(key[1])))
        if not key[1]:
            hpo_refs.append(ref)
    diff = result.get("differential") or []
    if diff:
        preds = []
        for d in diff:
            # The ranker's score is a relative ranking score, not a calibrated probability: it goes into the
            # rationale, never into probabilityDecimal (a reader would take 0.85 as an 85% chance).
            p: dict[str, Any] = {"outcome": _disease_coding(str(d["disease_id"]), str(d.get("label", ""))),
                                 "rationale": f"relative rank score {float(d.get('score', 0)):.4f} "
                                              "(not a probability)"}
            preds.append(p)
        risk_refs.append(add({"resourceType": "RiskAssessment", "status": "preliminary", "subject": subject,
                              "occurrenceDateTime": ts, "performer": device_ref,
                              "method": {"text": "medmoe rare-disease ranker (differential diagnosis)"},
                              "basis": hpo_refs[:50] or None, "prediction": preds}, _uid(note_id, "differential")))
    tri = result.get("triage")
    if tri:
        level = str(tri["level"])
        risk_refs.append(add({
            "resourceType": "RiskAssessment", "status": "preliminary", "subject": subject, "occurrenceDateTime": ts,
            "performer": device_ref, "method": {"text": "medmoe triage (red-flag rules + MoE classifier)"},
            "prediction": [{"outcome": {"text": f"{level} care needed"},
                            "probabilityDecimal": round(float(tri.get("prob", 0.0)), 6),
                            "qualitativeRisk": {"coding": [{"system": RISK_PROB, "code": TRIAGE_RISK.get(level, "low")}],
                                                "text": level},
                            "rationale": "; ".join(f.get("label", f.get("id", "")) for f in tri.get("flags", []))
                            or "no red flag; model estimate"}],
        }, _uid(note_id, "triage")))
    for e in entries:  # drop None values (e.g. an empty basis) so validation sees only real fields
        e["resource"] = {k: v for k, v in e["resource"].items() if v is not None}

    sections = [{"title": s.get("heading") or s["name"], "code": {"text": s["name"]}, "text": _div(s["text"])}
                for s in result.get("sections") or [] if s.get("text")]
    if not sections:
        sections = [{"title": "note", "text": _div(result.get("text_deidentified") or "")}]
    for title, refs in (("ICD-10 suggestions", icd_refs), ("Phenotypes (HPO)", hpo_refs), ("Risk assessments", risk_refs)):
        if refs:
            sections.append({"title": title, "text": _div(title), "entry": refs})
    composition = {"resourceType": "Composition", "id": comp_id, "status": "preliminary",
                   "type": {"coding": [{"system": LOINC, "code": "11488-4", "display": "Consult note"}]},
                   "subject": subject, "date": ts, "author": [device_ref],
                   "title": f"medmoe analysis of note {note_id} (de-identified)",
                   "language": result.get("language") if result.get("language") in ("ru", "en") else None,
                   "section": sections}
    composition = {k: v for k, v in composition.items() if v is not None}
    head = [{"fullUrl": f"urn:uuid:{comp_id}", "resource": composition},
            {"fullUrl": f"urn:uuid:{pid}", "resource": {"resourceType": "Patient", "id": pid,
                                                         "meta": {"tag": [{"code": "pseudonymous"}]}}},
            {"fullUrl": f"urn:uuid:{dev_id}", "resource": {"resourceType": "Device", "id": dev_id,
                                                            "deviceName": [{"name": "medmoe", "type": "model-name"}]}}]
    bundle = {"resourceType": "Bundle", "id": _uid(note_id, "bundle", ts), "type": "document", "timestamp": ts,
              "identifier": {"system": "urn:medmoe:analysis", "value": _uid(note_id, ts)},
              "entry": head + entries}
    return validate_bundle(bundle)


def validate_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """Validate with fhir.resources (pydantic models of every resource) and return the normalised JSON."""
    import json

    from fhir.resources.R4B.bundle import Bundle

    try:
        model = Bundle.model_validate(bundle)
    except Exception as e:  # pydantic.ValidationError: keep the first lines, they name the field
        msg = str(e).splitlines()
        raise MedmoeError(f"FHIR bundle does not validate: {' '.join(msg[:3])}") from None
    return json.loads(model.model_dump_json(exclude_none=True))
