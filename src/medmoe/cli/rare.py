"""`medmoe diagnose`, `medmoe synth rare` and `medmoe eval rare`: rare-disease ranking from HPO terms.

Heavy imports (torch, the ontology, the model) happen inside the commands so `medmoe --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from medmoe.errors import InputError

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

MAX_TOP = 1000


def _err(msg: str) -> None:
    typer.secho(msg, fg=typer.colors.YELLOW, err=True)


def _load_diagnoser(model: str | None, baseline: bool):  # noqa: ANN202
    from medmoe.rare.api import Diagnoser

    return Diagnoser.baseline_only() if baseline else Diagnoser.load(model)


def _print_table(dx: Any, patient: Any, ranking: list, explain: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    p, _ = dx.clean(patient)
    table = Table(title=f"{len(p.present)} present, {len(p.excluded)} excluded phenotypes",
                  caption="rank score: relative ranking score (softmax over all diseases), not a probability")
    table.add_column("#", justify="right")
    table.add_column("disease")
    table.add_column("rank score", justify="right")
    table.add_column("matched phenotypes")
    for i, r in enumerate(ranking, 1):
        matched = [dx.onto.name(t) for t in dx.matched_phenotypes(p, r.disease_id)]
        table.add_row(str(i), f"{r.label} ({r.disease_id})", f"{r.score:.3f}", "; ".join(matched) or "-")
    con = Console()
    con.print(table)
    if explain and ranking and ranking[0].evidence:
        top = ranking[0]
        t2 = Table(title=f"why {top.disease_id} (experts used by the case: {top.experts[:6]})")
        for c in ("phenotype", "excluded", "closest annotation", "contribution", "experts"):
            t2.add_column(c)
        for ev in sorted(top.evidence, key=lambda e: -abs(e["contribution"])):
            t2.add_row(f"{ev['label']} ({ev['hpo_id']})", "yes" if ev["excluded"] else "",
                       ev["matched_label"] or "-", f"{ev['contribution']:+.3f}", str(ev["experts"]))
        con.print(t2)


def diagnose(
    paths: list[Path] = typer.Argument(None, help="Phenopacket JSON files, directories of them, or JSONL files "
                                       "(one phenopacket per line). Only phenotypicFeatures and subject are used."),
    top: int = typer.Option(10, "--top", "-k", help="How many diseases to report per case."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name or directory (default: rare-default)."),
    explain: bool = typer.Option(False, "--explain", help="Add each phenotype's contribution per disease and the "
                                 "MoE experts the case was routed to."),
    output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Write JSON lines here (default: stdout)."),
    hpo: str | None = typer.Option(None, "--hpo", help="Comma-separated HPO ids, e.g. HP:0001166,HP:0001083 "
                                   "(prefix an id with '-' or '!' to mark it excluded). Prints a table."),
    text: str | None = typer.Option(None, "--text", help="A clinical note; phenotypes are recognised first "
                                    "(English or Russian). Prints a table."),
    lang: str = typer.Option("auto", "--lang", help="Language of --text: ru, en or auto."),
    hpo_translation: Path | None = typer.Option(None, "--hpo-translation",
                                                help="Official HPO babelon TSV with Russian labels (for --text)."),
    baseline: bool = typer.Option(False, "--baseline", help="Use the Phenomizer-style similarity baseline only."),
) -> None:
    """Rank OMIM/ORPHA rare diseases for patients' HPO phenotypes (best first)."""
    if not 1 <= top <= MAX_TOP:
        raise InputError(f"--top must be between 1 and {MAX_TOP}, got {top}")
    modes = sum([bool(paths), hpo is not None, text is not None])
    if modes != 1:
        raise InputError("give exactly one of: PATH..., --hpo IDS, --text NOTE")
    if lang not in ("auto", "ru", "en"):
        raise InputError(f"--lang must be ru, en or auto, got {lang!r}")
    import logging

    from medmoe.io import check_paths
    from medmoe.rare.api import Patient

    # Every path is checked before the first case: a missing third file must not cost the first two.
    check_paths(list(paths or []) + [hpo_translation], [output], dir_reads=(".json", ".jsonl"))
    # The CLI prints its own "ignored HPO ids" warning naming the file; the library's log line would repeat it.
    logging.getLogger("medmoe.rare.api").setLevel(logging.ERROR)

    if hpo is not None or text is not None:
        if hpo is not None:
            ids = [x.strip() for x in hpo.split(",") if x.strip()]
            present = [x for x in ids if not x.startswith(("-", "!"))]
            excluded = [x[1:] for x in ids if x.startswith(("-", "!"))]
            patient = Patient("cli", present, excluded)
        else:
            try:
                from medmoe.phenotypes import PhenotypeRecognizer
            except ImportError as e:
                raise InputError("phenotype recognition (medmoe.phenotypes) is not available in this "
                                 "installation; use --hpo with HPO ids instead") from e
            rec = PhenotypeRecognizer(lang, translation_file=hpo_translation) if hpo_translation else \
                PhenotypeRecognizer(lang)
            mentions = rec.recognize(text or "")
            patient = Patient("cli", [m.id for m in mentions if not m.excluded],
                              [m.id for m in mentions if m.excluded])
            _err(f"recognised {len(patient.present)} present, {len(patient.excluded)} excluded phenotypes: "
                 + ", ".join(("no " if m.excluded else "") + m.label for m in mentions))
        dx = _load_diagnoser(model, baseline)
        _, unknown = dx.clean(patient)
        if unknown:
            _err(f"warning: ignored HPO ids (unknown or not phenotypes): {', '.join(unknown)}")
        ranking = dx.baseline_rank(patient, top) if baseline else dx.rank(patient, top, explain=explain)
        if output is not None:
            from medmoe.io import atomic_write_text

            atomic_write_text(output, json.dumps({"id": patient.id, "ranking": [r.as_dict(explain) for r in ranking]},
                                                 ensure_ascii=False) + "\n")
        _print_table(dx, patient, ranking, explain)
        return

    from tqdm.auto import tqdm

    from medmoe.cli.batch import BatchFailures
    from medmoe.io import AtomicJsonlWriter, BadRecord
    from medmoe.rare.io import iter_cases

    dx = _load_diagnoser(model, baseline)
    failed = BatchFailures(", ".join(map(str, paths)))
    with AtomicJsonlWriter(output) as writer:
        for item in tqdm(iter_cases(list(paths)), desc="diagnose", unit="case", file=sys.stderr, disable=None):
            if isinstance(item, BadRecord):
                failed(str(item))
                continue
            p = item.patient
            try:
                _, unknown = dx.clean(p)
                if unknown:
                    _err(f"warning: {item.where}: case {p.id}: ignored HPO ids (unknown or not phenotypes) {', '.join(unknown[:10])}")
                ranking = dx.baseline_rank(p, top) if baseline else dx.rank(p, top, explain=explain)
            except InputError as e:
                failed(f"{item.where}: {e}")
                continue
            writer.write({"id": p.id, "ranking": [r.as_dict(explain) for r in ranking]})
            failed.ok()
    failed.finish("ranked", "case", output)


def eval_rare(
    cases: list[Path] = typer.Option(..., "--cases", "-c", help="Phenopackets (files, directories, JSONL) whose "
                                     "interpretations hold the gold disease."),
    model: str | None = typer.Option(None, "--model", "-m", help="Model name or directory (default: rare-default)."),
    output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Also write the metrics as JSON here."),
    n_boot: int = typer.Option(1000, "--n-boot", help="Bootstrap resamples for the 95% intervals."),
) -> None:
    """Top-1/3/10 and MRR with 95% bootstrap intervals: MoE hybrid, MoE alone and the similarity baseline."""
    from tqdm.auto import tqdm

    from medmoe.cli.evalinput import require_records
    from medmoe.io import BadRecord, atomic_write_text, check_paths
    from medmoe.rare.evaluate import evaluate_cases, format_report
    from medmoe.rare.io import iter_cases

    check_paths(list(cases), [output], dir_reads=(".json", ".jsonl"))
    good, failed = [], 0
    for item in tqdm(iter_cases(list(cases)), desc="read", unit="case", file=sys.stderr, disable=None):
        if isinstance(item, BadRecord):
            _err(f"error: {item}")
            failed += 1
            continue
        good.append(item)
    require_records(len(good), cases, "cases")  # before the model loads: an empty file fails fast
    report = evaluate_cases(_load_diagnoser(model, False), good, n_boot=n_boot, warn=_err)
    require_records(report["n_cases"], cases, "cases (none could be scored; see the messages above)")
    typer.echo(format_report(report))
    if output is not None:
        atomic_write_text(output, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if failed or report["n_failed"]:
        sys.exit(1)  # typer.Exit is swallowed under standalone_mode=False


def synth_rare(
    out: Path = typer.Option(..., "--out", "--output", "-o", help="A .jsonl file (one phenopacket per line) or a directory "
                             "(one <id>.json per case)."),
    n: int = typer.Option(100, "--n", "-n", help="Number of patients."),
    seed: int = typer.Option(0, "--seed", help="Random seed: the same seed and settings give the same patients."),
    preset: str = typer.Option("train", "--preset", help="Generator protocol: train, clean, validation, classic "
                               "(half the terms replaced by ancestors + noise), realistic."),
    disease: list[str] = typer.Option(None, "--disease", "-d", help="Only these disease ids (repeatable)."),
    set_: list[str] = typer.Option(None, "--set", help="Override a generator knob, e.g. --set noise_rate=2 "
                                   "(see medmoe.synth.rare.RareSynthConfig)."),
    lang: str = typer.Option("en", "--lang", help="Language of --narrative notes: ru or en."),
    narrative: bool = typer.Option(False, "--narrative", help="Also write a clinical note per patient; records "
                                   "become {id, lang, text, spans, phenopacket}."),
    eval_wording: bool = typer.Option(False, "--eval-wording", help="Held-out note templates (with --narrative)."),
) -> None:
    """Generate synthetic rare-disease patients as GA4GH Phenopacket v2 JSON (validated)."""
    import dataclasses
    import random

    from tqdm.auto import tqdm

    from medmoe.errors import ConfigError
    from medmoe.io import AtomicJsonlWriter, atomic_write_text, check_paths
    from medmoe.synth.rare import RarePatientSampler, validate_phenopacket
    from medmoe.synth.rare import preset as make_preset

    if n < 1 or n > 10_000_000:
        raise InputError(f"--n must be between 1 and 10,000,000, got {n}")
    if lang not in ("ru", "en"):
        raise InputError(f"--lang must be ru or en, got {lang!r}")
    overrides: dict[str, Any] = {}
    fields = {f.name: f for f in dataclasses.fields(make_preset("train"))}
    for kv in set_ or []:
        k, sep, v = kv.partition("=")
        if not sep or k not in fields or k in ("seed", "diseases"):
            raise InputError(f"--set {kv!r}: expected KNOB=VALUE with a knob of RareSynthConfig "
                             f"({', '.join(f for f in fields if f not in ('seed', 'diseases'))})")
        try:
            overrides[k] = int(v) if k in ("min_present", "max_present", "max_up", "max_down") else float(v)
        except ValueError as e:
            raise InputError(f"--set {kv!r}: {v!r} is not a number") from e
    try:
        cfg = make_preset(preset, seed=seed, diseases=list(disease) if disease else None, **overrides)
    except ConfigError as e:
        raise InputError(str(e)) from e
    sampler = RarePatientSampler(cfg)
    write_narrative = None
    if narrative:
        try:
            from medmoe.synth.narrative import write_narrative
        except ImportError as e:
            raise InputError("narratives need medmoe.synth.narrative, which is not available") from e
    text_rng = random.Random(seed)
    as_dir = out.suffix.lower() != ".jsonl"
    check_paths(outputs=[] if as_dir else [out], out_dirs=[out] if as_dir else [])
    writer = None if as_dir else AtomicJsonlWriter(out)
    if as_dir:
        out.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(n)))
    try:
        for i, p in enumerate(tqdm(sampler.stream(n), total=n, desc="synth rare", file=sys.stderr, disable=None)):
            pid = f"synth-{seed}-{i:0{width}d}"
            pp = sampler.to_phenopacket(p, pid)
            validate_phenopacket(pp, pid)
            rec: dict[str, Any] = pp
            if write_narrative is not None:
                note, spans = write_narrative(pp, lang, text_rng, eval_wording)
                rec = {"id": pid, "lang": lang, "text": note, "spans": spans, "phenopacket": pp}
            if writer is not None:
                writer.write(rec)
            else:
                atomic_write_text(out / f"{pid}.json", json.dumps(rec, ensure_ascii=False, indent=1) + "\n")
        if writer is not None:
            writer.commit()
    finally:
        if writer is not None:
            writer.abort()  # no-op after commit(); otherwise removes the .partial
    _err(f"wrote {n} synthetic patient(s) to {out}")


def register(cli: CLI) -> None:
    cli.app.command("diagnose")(diagnose)
    cli.eval.command("rare")(eval_rare)
    cli.synth.command("rare")(synth_rare)
