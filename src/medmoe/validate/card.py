"""Model cards (intended use, out-of-scope use, training data, limits, ethics) from a model's metadata.

Why generated: a card written once by hand goes stale; one made from `metadata.json` and the validation
numbers of the same run says what this exact model was trained on and how it measured.
"""

from __future__ import annotations

from typing import Any

INTENDED = {
    "rare": "Decision support for clinical geneticists: a ranked differential of rare diseases from HPO "
            "phenotypes, to widen the list of diagnoses considered. Not a diagnosis.",
    "icd": "Suggesting ICD-10 codes (3 characters) from Russian outpatient complaints for a physician to confirm.",
    "deid": "Removing or replacing personal data in clinical text inside the hospital perimeter before "
            "secondary use (152-FZ, Roskomnadzor Order No. 140).",
    "report": "Drafting chest X-ray reports from structured findings recorded by a radiologist, for the "
              "radiologist to review and sign.",
    "triage": "Flagging the urgency of complaint text so that emergencies are seen first; a safety net, not "
              "a replacement for a clinician's triage.",
}
OUT_OF_SCOPE = {
    "rare": "Ruling a disease out; use without a clinician; populations or phenotype vocabularies far from HPO.",
    "icd": "Billing without review; codes outside the trained set; texts other than patient complaints.",
    "deid": "Publishing data openly without a further risk assessment; images, audio or scanned documents.",
    "report": "Reading images; reports signed without review; findings outside the knowledge base.",
    "triage": "Deciding not to see a patient; paediatric or obstetric triage protocols it was not built for.",
}
ETHICS = ("Trained on synthetic and public data; no personal data of patients is contained in the weights. "
          "Performance on real patients can differ from the synthetic validation shown here; subgroup "
          "results with wide intervals are not evidence of equal performance. Keep a human in the loop.")


def _training_data(meta: dict[str, Any]) -> str:
    """Models record their data under different keys (a file, a synthetic generator, a count)."""
    parts = []
    for key in ("training_data", "data", "train_file", "synthetic_cases", "train_pairs", "n_train", "hpo_version",
                "training_note"):
        v = meta.get(key)
        if v not in (None, "", [], {}):
            parts.append(f"{key.replace('_', ' ')}: {v}")
    return "; ".join(parts) if parts else "not recorded"


def model_card(task: str, metadata: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    prim = result.get("primary_metric", "")
    m = result.get("metrics", {}).get(prim, {})
    limits = [
        f"Validated on {result.get('n_cases', 0)} cases: {result.get('data', 'unknown data')}.",
        "Subgroups with few cases have wide intervals.",
    ]
    rob = result.get("robustness", {}).get("rows", [])
    worst = [r for r in rob if "drop" in r and r["drop"]["diff"] > 0.05]
    if worst:
        limits.append("Sensitive to: " + ", ".join(r["perturbation"] for r in worst) + ".")
    return {
        "task": task,
        "model": metadata.get("name", metadata.get("kind", "unknown")),
        "version": metadata.get("medmoe_version", metadata.get("version", "unknown")),
        "intended_use": INTENDED.get(task, ""),
        "out_of_scope": OUT_OF_SCOPE.get(task, ""),
        "training_data": _training_data(metadata),
        "reproduce": metadata.get("command", metadata.get("reproduce", "not recorded")),
        "headline": f"{prim} = {m.get('value', float('nan')):.3f} "
                    f"[{m.get('low', float('nan')):.3f}, {m.get('high', float('nan')):.3f}]" if m else "",
        "limits": limits,
        "ethics": ETHICS,
    }
