"""`medmoe phenotypes`, `medmoe eval phenotypes` and `medmoe synth narratives`.

Heavy imports (pymorphy3, the ontology) happen inside the commands so `medmoe --help` stays fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medmoe.cli.batch import BatchFailures
from medmoe.cli.evalinput import require_records
from medmoe.errors import InputError
from medmoe.io import check_paths

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

LANG_HELP = "Language of the notes: ru, en, or auto (chosen per note by its script)."
TRANSLATION_HELP = ("Official HPO translation (babelon TSV: subject_id, translation_language, translation_value, "
                    "translation_status); its 'ru' rows extend the team's Russian lexicon.")


def _check_lang(lang: str, allowed: tuple[str, ...] = ("auto", "ru", "en")) -> str:
    if lang not in allowed:
        raise InputError(f"--lang must be one of {', '.join(allowed)}, got {lang!r}")
    return lang


def phenotypes(
    text: str | None = typer.Option(None, "--text", "-t", help="A note to analyse; prints a table."),
    input: Path | None = typer.Option(None, "--input", "-i", help='JSONL file, lines {"id": ..., "text": ...}.'),
    output: Path | None = typer.Option(None, "--output", "--out", "-o",
                                       help="Where to write JSONL results (default: stdout)."),
    lang: str = typer.Option("auto", "--lang", "-l", help=LANG_HELP),
    hpo_translation: Path | None = typer.Option(None, "--hpo-translation", help=TRANSLATION_HELP),
    keep_uncertain: bool = typer.Option(False, "--keep-uncertain",
                                        help="Report uncertain findings ('подозрение на', 'possible') as present."),
) -> None:
    """Recognise HPO phenotypes (with negation) in Russian or English clinical text.

    With --input, each output line is the input record plus "phenotypes": [{"id", "label", "excluded", "start", "end"}] (offsets into the text). Uncertain findings and relatives' findings are not reported.
    """
    _check_lang(lang)
    if (text is None) == (input is None):
        raise InputError("give exactly one of --text or --input")
    check_paths([input, hpo_translation], [output] if input is not None else [])
    from medmoe.phenotypes import PhenotypeRecognizer

    rec = PhenotypeRecognizer(lang=lang, translation_file=hpo_translation, keep_uncertain=keep_uncertain)
    if text is not None:
        _print_table(rec.recognize(text))
        return
    assert input is not None
    from tqdm import tqdm

    from medmoe.io import AtomicJsonlWriter, BadRecord, iter_jsonl

    failed = BatchFailures(input)
    with AtomicJsonlWriter(output) as out:
        for item in tqdm(iter_jsonl(input, required=("text",), str_fields=("text",)), desc="phenotypes",
                         unit="note", file=sys.stderr, disable=None):
            if isinstance(item, BadRecord):
                failed(str(item))
                continue
            line_no, r = item
            try:
                ms = rec.recognize(r["text"])
            except Exception as e:  # one odd note must not lose the batch: report it (never its text), go on
                failed(f"{input}:{line_no}: record {str(r.get('id', ''))!r}: internal error {type(e).__name__}")
                continue
            r["phenotypes"] = [{"id": m.id, "label": m.label, "excluded": m.excluded, "start": m.start,
                                "end": m.end} for m in ms]
            out.write(r)
            failed.ok()
    failed.finish("recognized phenotypes in", "note", output)


def _print_table(mentions: list) -> None:
    from rich.console import Console
    from rich.table import Table

    if not mentions:
        typer.echo("no phenotypes recognised")
        return
    t = Table("id", "label", "Russian label", "excluded", "text")
    for m in mentions:
        t.add_row(m.id, m.label, m.label_ru, "yes" if m.excluded else "no", m.text)
    Console().print(t)


def eval_phenotypes(
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold JSONL: {id, text, phenotypes|spans: [{id, excluded, "
                                                         "start, end}], disease_id?|phenopacket?} per line (as "
                                                         "written by synth narratives / synth rare --narrative)."),
    lang: str = typer.Option("auto", "--lang", "-l", help=LANG_HELP),
    hpo_translation: Path | None = typer.Option(None, "--hpo-translation", help=TRANSLATION_HELP),
    diagnosis: bool = typer.Option(True, "--diagnosis/--no-diagnosis",
                                   help="Also compare top-10 diagnosis from the text vs from the gold terms "
                                        "(needs disease_id in the gold and a rare-disease model)."),
    json_out: Path | None = typer.Option(None, "--json", "--output", "--out", "-o",
                                         help="Also write the metrics as JSON here."),
) -> None:
    """Precision/recall/F1 of recognised concepts (exact and ancestor-tolerant) and negation accuracy,
    with 95% bootstrap intervals; then top-10 diagnosis accuracy from text vs from gold terms."""
    _check_lang(lang)
    check_paths([gold, hpo_translation], [json_out])
    from tqdm import tqdm

    from medmoe.io import BadRecord, iter_jsonl
    from medmoe.knowledge.hpo import get_ontology
    from medmoe.phenotypes import PhenotypeRecognizer, concepts
    from medmoe.phenotypes.evaluate import count_note, gold_concepts, gold_disease, summarize

    rec = PhenotypeRecognizer(lang=lang, translation_file=hpo_translation)
    onto = get_ontology()
    counts, cases, failed = [], [], 0
    for item in tqdm(iter_jsonl(gold, required=("text",)), desc="eval", unit="note", file=sys.stderr, disable=None):
        if isinstance(item, BadRecord):
            typer.echo(f"skipped {item}", err=True)
            failed += 1
            continue
        _, r = item
        g = gold_concepts(r)
        p = concepts(rec.recognize(str(r["text"])))
        counts.append(count_note(g, p, onto))
        cases.append((gold_disease(r), g, p, r.get("id")))
    require_records(len(counts), gold, "gold records")
    m = summarize(counts)
    typer.echo(f"notes: {len(counts)}  gold concepts: {sum(c.n_gold for c in counts)}  "
               f"predicted: {sum(c.n_pred for c in counts)}")
    for k, v in m.items():
        typer.echo(f"{k:>20}: {v.fmt(100)}")
    result: dict = {k: v.as_dict() for k, v in m.items()}
    if diagnosis:
        dx = _diagnosis_gap(cases)
        if dx:
            result["diagnosis"] = dx
    if json_out:
        from medmoe.io import atomic_write_text

        atomic_write_text(json_out, json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


def _diagnosis_gap(cases: list) -> dict | None:
    """Top-10 accuracy of the rare-disease ranker from recognised vs gold terms on the same notes."""
    with_dx = [c for c in cases if isinstance(c[0], str) and c[0]]
    if not with_dx:
        typer.echo("diagnosis: skipped (no disease_id in the gold file)")
        return None
    try:
        from medmoe.rare.api import Diagnoser, Patient
    except ImportError:
        typer.echo("diagnosis: skipped (the rare-disease Diagnoser is not available)")
        return None
    from medmoe.errors import MedmoeError
    from medmoe.phenotypes.evaluate import diagnosis_gap

    try:
        dx, ranker = Diagnoser.load(), "default model"
    except MedmoeError:
        dx, ranker = Diagnoser.baseline_only(), "similarity baseline (no trained model found)"
    res = diagnosis_gap(dx, Patient, with_dx)
    typer.echo(f"diagnosis ranker: {ranker}")
    for k, v in res.items():
        if k != "gap":
            typer.echo(f"{k:>20}: {v.fmt(100)}")
    gap = res["gap"]
    typer.echo(f"{'gap (gold - text)':>20}: {gap['diff'] * 100:.1f} [{gap['low'] * 100:.1f}, {gap['high'] * 100:.1f}]")
    return {k: (v if k == "gap" else v.as_dict()) for k, v in res.items()} | {"ranker": ranker}


def synth_narratives(
    n: int = typer.Option(100, "--n", "-n", help="Number of notes."),
    lang: str = typer.Option("ru", "--lang", "-l", help="ru or en."),
    eval_wording: bool = typer.Option(False, "--eval-wording",
                                      help="Use the held-out templates and phrasings (for honest evaluation)."),
    seed: int = typer.Option(0, "--seed", help="Random seed (notes are reproducible from it)."),
    preset: str = typer.Option("default", "--preset", help="Rare-patient sampler preset (see medmoe synth rare)."),
    min_mentions: int = typer.Option(2, "--min-mentions", help="Skip notes with fewer gold mentions than this."),
    output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Gold JSONL (default: stdout)."),
) -> None:
    """Synthetic clinical notes with gold phenotype spans, from sampled rare-disease patients.

    Lines: {"id", "lang", "text", "phenotypes": [{"id", "excluded", "start", "end"}], "disease_id", "packet"}.
    """
    _check_lang(lang, ("ru", "en"))
    if n < 1 or n > 1_000_000:
        raise InputError("--n must be between 1 and 1,000,000")
    check_paths([], [output])
    from tqdm import tqdm

    from medmoe.io import AtomicJsonlWriter
    from medmoe.phenotypes.datasets import narrative_records

    written = 0
    with AtomicJsonlWriter(output) as out:
        for r in tqdm(narrative_records(n, lang, eval_wording, seed, preset, min_mentions), total=n,
                      desc="notes", unit="note", file=sys.stderr, disable=None):
            out.write(r)
            written += 1
    # On stderr, like every batch command's summary: stdout may be the JSONL itself.
    typer.secho(f"wrote {written} synthetic {lang} note(s) with gold phenotype spans to {output or 'stdout'}",
                fg=typer.colors.YELLOW, err=True)


def register(cli: CLI) -> None:
    cli.app.command("phenotypes")(phenotypes)
    cli.eval.command("phenotypes")(eval_phenotypes)
    cli.synth.command("narratives")(synth_narratives)
