"""`medmoe triage`, `medmoe triage-train`, `medmoe eval triage`."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(cli: "medmoe.cli.main.CLI") -> None:  # type: ignore[name-defined] # noqa: F821, UP037
    @cli.app.command("triage")
    def triage(
        text: str | None = typer.Option(None, "--text", "-t", help="One complaint text to triage."),
        input: Path | None = typer.Option(None, "--input", "-i", help="JSONL with {\"id\", \"text\"[, \"lang\"]} per line."),
        output: str = typer.Option("-", "--output", "--out", "-o", help="Output JSONL for --input ('-': stdout)."),
        lang: str = typer.Option("ru", "--lang", help="Language of the text: ru, en or auto."),
        model: str | None = typer.Option(None, "--model", help="Model name or directory (default: triage-default); 'rules' for rules only."),
    ) -> None:
        """Urgency of complaint text: emergency / urgent / routine, with the red flags that fired.
        Red-flag rules can only raise the model's level. Decision support, not a diagnosis."""
        from medmoe.cli.batch import BatchFailures
        from medmoe.errors import InputError
        from medmoe.io import AtomicJsonlWriter, BadRecord, check_paths, iter_jsonl
        from medmoe.text.lang import detect_language
        from medmoe.triage import Triager

        if (text is None) == (input is None):
            raise InputError("give exactly one of --text or --input")
        if lang not in ("ru", "en", "auto"):
            raise InputError(f"--lang must be ru, en or auto, got {lang!r}")
        check_paths([input], [output] if input is not None else [])
        tr = Triager.load(model)

        def lang_of(t: str, given: str | None = None) -> str:
            g = given or lang
            return detect_language(t, default="ru") if g == "auto" else g

        if text is not None:
            if not text.strip():
                raise InputError("--text is empty")
            res = tr.triage(text, lang_of(text))
            typer.echo(json.dumps(res.as_dict(), ensure_ascii=False))
            return
        failed = BatchFailures(input)  # type: ignore[arg-type]
        with AtomicJsonlWriter(None if output == "-" else output) as w:
            for item in iter_jsonl(input, required=("text",)):  # type: ignore[arg-type]
                if isinstance(item, BadRecord):
                    failed(str(item))
                    continue
                line_no, rec = item
                rid = rec.get("id", f"{input.name}:{line_no}")  # type: ignore[union-attr]
                t = rec["text"]
                if not isinstance(t, str) or not t.strip():
                    failed(f"{input}:{line_no}: empty or non-string 'text'")
                    continue
                w.write({"id": rid, "status": "ok", **tr.triage(t, lang_of(t, rec.get("lang"))).as_dict()})
                failed.ok()
        failed.finish("triaged", "note", output)

    @cli.app.command("triage-train")
    def triage_train(
        out: Path = typer.Option(Path("triage-model"), "--out", "--output", "-o", help="Model directory to write."),
        n_train: int = typer.Option(3000, "--n-train", help="Synthetic training vignettes (train templates only)."),
        steps: int = typer.Option(300, "--steps", help="Optimizer steps."),
        seed: int = typer.Option(0, "--seed"),
        silver: Path | None = typer.Option(None, "--silver", help="JSONL of real complaint texts ('text' or "
                                           "'symptoms', e.g. ../shared/data/rumed/RuMedTop3_train.jsonl) labelled by the rules."),
        n_silver: int = typer.Option(3000, "--n-silver", help="How many silver texts to use."),
        ru_share: float = typer.Option(0.6, "--ru-share", help="Share of Russian synthetic vignettes (the rest English)."),
    ) -> None:
        """Train the triage MoE classifier on synthetic vignettes (+ optional rule-labelled real complaints).
        The shipped default: --n-train 3000 --steps 300 --silver ../shared/data/rumed/RuMedTop3_train.jsonl."""
        from medmoe.io import check_paths
        from medmoe.triage.train import train_triage

        if not 0.0 <= ru_share <= 1.0:
            from medmoe.errors import InputError

            raise InputError(f"--ru-share must be within [0, 1], got {ru_share}")
        check_paths([silver], out_dirs=[out])
        path = train_triage(out, n_train=n_train, steps=steps, seed=seed, silver=silver, n_silver=n_silver,
                            ru_share=ru_share)
        typer.echo(f"saved {path}")

    @cli.eval.command("triage")
    def eval_triage(
        data: str = typer.Option("handwritten", "--data", help="JSONL with {\"id\",\"text\",\"level\"[,\"lang\",\"split\"]}; "
                                 "'handwritten' (the bundled Russian set), 'handwritten-en', 'handwritten-ru-b3', "
                                 "'handwritten-new' (both; source tree only) or 'synthetic' (held-out templates)."),
        split: str = typer.Option("all", "--split", help="Only records whose 'split' is this (dev, test); 'all': every record."),
        model: str | None = typer.Option(None, "--model", help="Model name or directory; 'rules' for rules only."),
        n: int = typer.Option(600, "--n", help="Size of the synthetic held-out set (with --data synthetic)."),
        output: Path | None = typer.Option(None, "--output", "--out", "-o", help="Write the metrics as JSON here."),
    ) -> None:
        """Emergency recall and over-triage (with 95% bootstrap intervals) of rules, model and their combination."""
        from medmoe.cli.evalinput import require_records
        from medmoe.errors import InputError
        from medmoe.io import BadRecord, atomic_write_text, check_paths, iter_jsonl
        from medmoe.triage import Triager
        from medmoe.triage.evaluate import evaluate
        from medmoe.triage.rules import LEVELS

        if split not in ("all", "dev", "test"):
            raise InputError(f"--split must be all, dev or test, got {split!r}")
        if data == "synthetic":
            from medmoe.synth.triage import generate

            if n < 1:
                raise InputError(f"--n must be >= 1, got {n}")
            check_paths([], [output])
            records = generate(n, "eval", seed=1)
        else:
            paths = [handwritten_path()] if data == "handwritten" else named_sets(data) or [Path(data)]
            check_paths(paths, [output])
            records, bad = [], 0
            for path in paths:
                for item in iter_jsonl(path, required=("text", "level")):
                    if isinstance(item, BadRecord):
                        typer.secho(f"skipped: {item}", fg=typer.colors.RED, err=True)
                        bad += 1
                        continue
                    line_no, rec = item
                    if rec["level"] not in LEVELS:
                        typer.secho(f"skipped: {path}:{line_no}: level {rec['level']!r} not in {LEVELS}", err=True)
                        bad += 1
                        continue
                    if split != "all" and rec.get("split") != split:
                        continue
                    rec.setdefault("id", f"{path.name}:{line_no}")
                    records.append(rec)
            require_records(len(records), paths[0] if len(paths) == 1 else paths)
        metrics = evaluate(Triager.load(model), records)
        metrics["data"] = data if split == "all" else f"{data} (split {split})"
        for part in ("combined", "rules_only", "model_only"):
            if part in metrics:
                m = metrics[part]
                typer.echo(f"{part:10s} emergency recall {m['emergency_recall']['value']:.3f} "
                           f"[{m['emergency_recall']['low']:.3f}, {m['emergency_recall']['high']:.3f}]  "
                           f"over-triage(routine) {m['over_triage_routine']['value']:.3f} "
                           f"[{m['over_triage_routine']['low']:.3f}, {m['over_triage_routine']['high']:.3f}]  "
                           f"accuracy {m['accuracy']['value']:.3f}  n={m['n']}")
        if output:
            atomic_write_text(output, json.dumps(metrics, ensure_ascii=False, indent=2))


def handwritten_path() -> Path:
    """The hand-written Russian set (never used for training), shipped in the package so that a pip install
    can run `medmoe eval triage` and the demo; tests/data holds the same file for the tests."""
    from medmoe.pipeline.demo import EXAMPLES

    return EXAMPLES / "triage_handwritten_ru.jsonl"


# Hand-written development/test sets written after the first lexicon (English; Russian in new wordings), each
# record marked `split` dev (used for error analysis) or test (scored once). They live with the tests, not in
# the package: a wheel install has only the bundled Russian set.
NAMED_SETS = {"handwritten-en": ("triage_handwritten_en.jsonl",), "handwritten-ru-b3": ("triage_handwritten_ru_b3.jsonl",),
              "handwritten-new": ("triage_handwritten_en.jsonl", "triage_handwritten_ru_b3.jsonl")}


def named_sets(name: str) -> list[Path] | None:
    """Paths of a named hand-written set in the source tree's tests/data; None if `name` is not a set name."""
    from medmoe.errors import InputError

    if name not in NAMED_SETS:
        return None
    root = Path(__file__).resolve().parents[3] / "tests" / "data"
    paths = [root / f for f in NAMED_SETS[name]]
    if not all(p.is_file() for p in paths):
        raise InputError(f"--data {name}: needs a source checkout ({root} not found)")
    return paths
