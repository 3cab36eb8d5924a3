"""Gold narrative sets: sampled rare-disease patients -> notes with gold spans (for eval and benchmarks).

Why a separate module: the CLI (`medmoe synth narratives`), the benchmark and the tests all need the same
records, and the record layout is the gold format `medmoe eval phenotypes --gold` reads.
"""

from __future__ import annotations

import random
from collections.abc import Iterator


def narrative_records(n: int, lang: str, eval_wording: bool, seed: int = 0, preset: str = "train",
                      min_mentions: int = 2, max_tries: int = 20) -> Iterator[dict]:
    """`n` gold records `{"id", "lang", "text", "phenotypes", "disease_id", "packet"}`.

    Patients whose note would name fewer than `min_mentions` findings (terms without wording in `lang`)
    are redrawn, up to `max_tries` times per record, so every note tests something.
    """
    from medmoe.synth.narrative import write_narrative
    from medmoe.synth.rare import RarePatientSampler
    from medmoe.synth.rare import preset as get_preset

    name = "train" if preset == "default" else preset
    sampler = RarePatientSampler(get_preset(name, seed=seed))
    rng = random.Random(seed)
    made = 0
    tries = 0
    while made < n:
        d = sampler.disease_ids[rng.randrange(len(sampler.disease_ids))]
        p = sampler.sample(d)
        pid = f"{lang}-{'eval' if eval_wording else 'dev'}-{seed}-{made}"
        packet = sampler.to_phenopacket(p, pid)
        text, spans = write_narrative(packet, lang, rng, eval_wording=eval_wording)
        tries += 1
        if len({s["id"] for s in spans}) < min_mentions and tries < max_tries:
            continue
        tries = 0
        made += 1
        yield {"id": pid, "lang": lang, "text": text, "phenotypes": spans, "disease_id": d, "packet": packet}
