"""Synthetic paired (structured findings, report) corpus for chest X-rays, Russian and English.

Why synthetic: no public Russian CXR report corpus exists, and the property we must measure (does the
report say exactly the input findings, with side and severity?) needs ground-truth structure that real
archives lack. Honest held-out evaluation needs two separations, both enforced here:
- phrasings: `split="heldout"` realises every fact with sentence frames, list styles, normal statements and
  section orders from the held-out pool of `medmoe.report.template` (never used for training);
- finding combinations: each case's combination (the set of present finding types; for a single finding,
  the finding with its location, side and severity) is hashed; 20% of combinations belong to the held-out
  split only, so a held-out case never repeats a training combination.
Everything is reproducible from the seed.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from typing import Any

from medmoe.knowledge.cxr import CxrKB, load_kb
from medmoe.report.findings import Finding
from medmoe.report.template import Realizer

HELDOUT_COMBO_PERCENT = 20
_NEGATABLE = ("pneumothorax", "pleural_effusion", "consolidation", "edema", "cardiomegaly", "fracture",
              "nodule", "atelectasis", "pneumonia", "mass")
_DESCRIPTORS_LUNG = ("diffuse", "patchy", "focal", "streaky")


def combo_key(findings: list[Finding]) -> str:
    present = [f for f in findings if f.present]
    if len(present) == 1:
        f = present[0]
        return f"{f.finding}/{f.location}/{f.laterality}/{f.severity}"
    return "+".join(sorted(f.finding for f in present))  # a finding on both sides is its own combination


def combo_split(findings: list[Finding]) -> str:
    """"train" or "heldout" for this finding combination (normal studies are shared by both)."""
    if not any(f.present for f in findings):
        return "both"
    h = zlib.crc32(combo_key(findings).encode("utf-8")) % 100
    return "heldout" if h < HELDOUT_COMBO_PERCENT else "train"


def sample_findings(rng: random.Random, kb: CxrKB) -> list[Finding]:
    """A plausible random study: 0-4 present findings with modifiers (sometimes one of them on both sides as
    two instances), sometimes explicit negatives."""
    if rng.random() < 0.12:
        return []
    n = rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]
    ids = rng.sample(sorted(kb.findings), n)
    for a in list(ids):  # the relations graph: never sample incompatible findings together
        if a in ids and any(kb.incompatible(a, b) for b in ids if b != a):
            ids.remove(a)
    out: list[Finding] = []
    for fid in ids:
        fd = kb.findings[fid]
        loc = rng.choice(fd.locations) if fd.locations and rng.random() < 0.6 else None
        side = None
        if loc is not None and kb.locations[loc].fixed_side:
            side = kb.locations[loc].fixed_side
        elif fd.lateral and rng.random() < 0.8 and (loc is None or "{side}" in kb.locations[loc].forms["en"]):
            side = rng.choices(["left", "right", "bilateral"], weights=[40, 40, 20])[0]
        sev = rng.choice(["mild", "moderate", "severe"]) if fd.severity and rng.random() < 0.55 else None
        desc: tuple[str, ...] = ()
        if fd.structure == "lungs" and rng.random() < 0.05:
            desc = (rng.choice(_DESCRIPTORS_LUNG),)
        out.append(Finding(fid, loc, side, sev, True, desc))
    # One finding on both sides as two instances ("left pneumothorax; large right pneumothorax"): the case a
    # check by finding type cannot see, so both splits must contain it.
    one_sided = [f for f in out if f.laterality in ("left", "right")
                 and (f.location is None or not kb.locations[f.location].fixed_side)]
    if one_sided and rng.random() < 0.15:
        f = rng.choice(one_sided)
        sev = rng.choice([None, "mild", "moderate", "severe"]) if kb.findings[f.finding].severity else None
        out.append(Finding(f.finding, f.location, "right" if f.laterality == "left" else "left", sev, True,
                           f.descriptors))
    if rng.random() < 0.3:
        for fid in rng.sample(_NEGATABLE, rng.choice([1, 1, 2])):
            if fid not in ids:
                out.append(Finding(fid, present=False))
    rng.shuffle(out)
    return out


def generate_cases(n: int, split: str = "train", langs: tuple[str, ...] = ("en", "ru"), seed: int = 0,
                   kb: CxrKB | None = None) -> Iterator[dict[str, Any]]:
    """`n` cases of the given split ("train" or "heldout"), alternating languages; reproducible from `seed`."""
    if split not in ("train", "heldout"):
        raise ValueError(f"split must be 'train' or 'heldout', got {split!r}")
    kb = kb or load_kb()
    rng = random.Random(f"{seed}-{split}")
    made = 0
    while made < n:
        findings = sample_findings(rng, kb)
        cs = combo_split(findings)
        if cs != "both" and cs != split:
            continue
        lang = langs[made % len(langs)]
        text = Realizer(kb, lang, split, rng).report(findings)
        yield {"id": f"{split}-{seed}-{made}", "lang": lang, "findings": [f.to_dict() for f in findings],
               "report": text, "split": split}
        made += 1
