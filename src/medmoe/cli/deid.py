"""CLI for de-identification: `medmoe deid`, `medmoe reid`, `medmoe eval deid`, `medmoe synth deid`.

Heavy imports (natasha, pymorphy3) happen inside the commands so `medmoe --help` stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medmoe.errors import InputError

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

_MODES = "mask|redact|pseudonymize|generalize"


def _report_failures(failures: list[str]) -> None:
    for f in failures:
        typer.secho(f"failed: {f}", fg=typer.colors.RED, err=True)


def _warn(message: str) -> None:
    typer.secho("warning: " + message, fg=typer.colors.YELLOW, err=True)


def _same_place(a: Path | None, b: Path | None) -> bool:
    return a is not None and b is not None and a.resolve().parent == b.resolve().parent


def register(cli: CLI) -> None:
    @cli.app.command("deid")
    def deid_cmd(
        input: Path = typer.Argument(..., help="A .txt file, a directory of .txt files, or JSONL with "
                                     "{\"id\", \"text\"} per line (other fields are kept; \"patient_id\" keys the date shift)."),
        output: Path = typer.Option(None, "--output", "-o", help="Output JSONL (default: INPUT.deid.jsonl beside "
                                    "the input; '-' for stdout). Written atomically."),
        lang: str = typer.Option("auto", "--lang", help="ru | en | auto (by script, per document)."),
        mode: str = typer.Option("pseudonymize", "--mode", help=f"{_MODES}: type tags like [NAME]; removal; "
                                 "consistent keyed surrogates (names inflected, checksum-valid ids, shifted dates); "
                                 "year-only dates and age bands."),
        key_file: Path = typer.Option(None, "--key-file", help="Secret key (hex). Default: MEDMOE_HOME/keys/deid.key, "
                                      "created with mode 0600 on first use. Keep it apart from the data."),
        vault: Path = typer.Option(None, "--vault", help="Write the surrogate->original mapping here, encrypted "
                                   "(AES-256-GCM) with the key; `medmoe reid` restores from it. Keep it apart from the output."),
        audit_log: Path = typer.Option(None, "--audit-log", help="Append the action record here (default: "
                                       "MEDMOE_HOME/audit/deid.jsonl). Holds digests and counts, never text."),
        fields: str = typer.Option("text", "--fields", help="JSONL string fields to de-identify, comma-separated "
                                   "(\"text\" always is); other fields are copied unchanged, and those whose names "
                                   "look like personal data are named in a warning."),
        hash_ids: bool = typer.Option(False, "--hash-ids", help="Replace every document id (a file name, a JSONL "
                                      "\"id\") with a keyed digest (same id and key, same digest). Without it, ids "
                                      "that look like personal data are counted in a warning."),
        workers: str = typer.Option("auto", "--workers", help="Processes over documents: N, or 'auto' (the usable "
                                    "CPUs, at most 4, one per 32 documents: a small batch runs in one process). "
                                    "Output, vault and audit are identical to --workers 1, in input order; use 1 "
                                    "to leave the other cores of a shared machine alone."),
    ) -> None:
        """De-identify clinical text (Russian, English): names, dates, addresses, phones, e-mails, ids, URLs, orgs.

        Output JSONL: {"id", "text", "entities": [{"start", "end", "type", "detector"}]} with offsets into the
        ORIGINAL text. A document that cannot be processed is reported by id and not written (exit code 1).
        """
        from medmoe.deid import AuditLog, Deidentifier, Vault
        from medmoe.deid.batch import deid_file, parse_workers
        from medmoe.deid.keys import load_or_create_key
        from medmoe.deid.operators import MODES
        from medmoe.io import check_paths
        from medmoe.paths import medmoe_home

        if not input.exists():
            raise InputError(f"{input}: no such file or directory")
        if lang not in ("ru", "en", "auto"):
            raise InputError(f"--lang: {lang!r} is not one of ru, en, auto")
        if mode not in MODES:
            raise InputError(f"--mode: {mode!r} is not one of {', '.join(MODES)}")
        out: Path | None
        if output is None:
            base = input.with_suffix("") if input.is_file() else input
            out = base.parent / (base.name + ".deid.jsonl")
        else:
            out = None if str(output) == "-" else output
        check_paths([input, key_file], [out, vault, audit_log], dir_reads=(".txt",))
        field_list = tuple(f.strip() for f in fields.split(",") if f.strip())
        n_workers = parse_workers(workers)
        key = None
        if mode == "pseudonymize" or vault is not None or key_file is not None or hash_ids:
            key, key_path, created = load_or_create_key(key_file)
            if created:
                typer.secho(f"created a new key at {key_path} (mode 0600); keep it apart from the data", err=True)
            if _same_place(key_path, out):
                typer.secho("warning: the key file is in the output directory; Order No. 140 asks to keep the "
                            "key apart from the data", fg=typer.colors.YELLOW, err=True)
        vlt = None
        if vault is not None:
            if out is not None and vault.resolve() == out.resolve():
                raise InputError(f"{vault}: the vault must be a different file from the output")
            if _same_place(vault, out):
                typer.secho("warning: the vault is in the output directory; keep it apart from the de-identified "
                            "data", fg=typer.colors.YELLOW, err=True)
            vlt = Vault(vault, key)  # type: ignore[arg-type]
        audit = AuditLog(audit_log or (medmoe_home() / "audit" / "deid.jsonl"))
        deid = Deidentifier(lang=lang, mode=mode, key=key, vault=vlt, audit=None)
        report = deid_file(input, out, deid, audit, warn=_warn, fields=field_list, hash_ids=hash_ids,
                            workers=n_workers)
        _report_failures(report.failures)
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items())) or "none"
        cross = (f"; {report.n_cross_lang} with text in the other script, checked with both languages' "
                 "name/address/date rules" if report.n_cross_lang else "")
        procs = f"; {report.workers} worker processes" if report.workers > 1 else ""
        typer.secho(f"{report.n_docs} documents de-identified ({counts}); {report.n_failed} failed{cross}{procs}"
                    + (f"; output {out}" if out else ""), err=True)
        if report.n_failed:
            raise SystemExit(1)  # typer.Exit's code is lost under standalone_mode=False

    @cli.app.command("reid")
    def reid_cmd(
        input: Path = typer.Argument(..., help="JSONL written by `medmoe deid`."),
        vault: Path = typer.Option(..., "--vault", help="The encrypted vault written by `medmoe deid --vault`."),
        key_file: Path = typer.Option(None, "--key-file", help="The key used for de-identification "
                                      "(default: MEDMOE_HOME/keys/deid.key)."),
        output: Path = typer.Option(None, "--output", "-o", help="Output JSONL (default: INPUT.reid.jsonl; '-' stdout)."),
        audit_log: Path = typer.Option(None, "--audit-log", help="Append the action record here "
                                       "(default: MEDMOE_HOME/audit/deid.jsonl)."),
    ) -> None:
        """Restore the original text of de-identified documents, for an operator who holds the key and vault."""
        from medmoe.deid import AuditLog, Vault
        from medmoe.deid.batch import reid_file
        from medmoe.deid.keys import default_key_path, load_or_create_key
        from medmoe.paths import medmoe_home

        if not input.exists():
            raise InputError(f"{input}: no such file")
        if not vault.exists():
            raise InputError(f"{vault}: no such vault file")
        if key_file is None and not default_key_path().exists():
            raise InputError(f"no --key-file given and no default key at {default_key_path()}")
        key = load_or_create_key(key_file)[0]
        out = None if output is not None and str(output) == "-" else (
            output or input.parent / (input.with_suffix("").name + ".reid.jsonl"))
        from medmoe.io import check_paths

        check_paths([input, vault, key_file], [out, audit_log])
        audit = AuditLog(audit_log or (medmoe_home() / "audit" / "deid.jsonl"))
        report = reid_file(input, out, Vault(vault, key), audit, key)
        _report_failures(report.failures)
        typer.secho(f"{report.n_docs} documents re-identified; {report.n_failed} failed", err=True)
        if report.n_failed:
            raise SystemExit(1)  # typer.Exit's code is lost under standalone_mode=False

    @cli.eval.command("deid")
    def eval_deid_cmd(
        gold: Path = typer.Option(..., "--gold", help="Gold JSONL from `medmoe synth deid` (or your own: "
                                  "{\"id\", \"text\", \"entities\": [{start, end, type}], \"eponyms\": [{start, end}]})."),
        pred: Path = typer.Option(None, "--pred", help="Predictions from `medmoe deid` on the same ids "
                                  "(default: run the de-identifier now)."),
        mode: str = typer.Option("pseudonymize", "--mode", help="Mode used when running the de-identifier "
                                 "(leakage is measured on its output text)."),
        lang: str = typer.Option("auto", "--lang", help="ru | en | auto."),
        no_ner: bool = typer.Option(False, "--no-ner", help="Disable the natasha recognizer (rules only)."),
        ner_all: bool = typer.Option(False, "--ner-all", help="Run natasha on every sentence (no gating)."),
        json_out: Path = typer.Option(None, "--json", help="Also write the metrics here as JSON."),
    ) -> None:
        """Per-type recall, precision, F1 (strict and partial overlap) with bootstrap CIs, leakage, eponym retention."""
        from medmoe.deid.evaluate import evaluate_file, format_report
        from medmoe.io import check_paths

        check_paths([gold, pred], [json_out])
        res = evaluate_file(gold, pred, mode=mode, lang=lang, natasha=not no_ner, ner_gated=not ner_all)
        typer.echo(format_report(res))
        if json_out is not None:
            import json

            from medmoe.io import atomic_write_text

            atomic_write_text(json_out, json.dumps(res, ensure_ascii=False, indent=2))

    @cli.synth.command("deid")
    def synth_deid_cmd(
        out: Path = typer.Option(..., "--out", "--output", "-o", help="Output JSONL with gold spans."),
        n: int = typer.Option(200, "--n", help="Number of documents."),
        split: str = typer.Option("eval", "--split", help="test (held out, measured once) | eval (held out from "
                                  "writing the detectors, then used for error analysis) | dev | realistic-b "
                                  "(independent held-out generator, medmoe.synth.deid_realistic)."),
        seed: int = typer.Option(0, "--seed", help="Random seed (same seed, same corpus)."),
    ) -> None:
        """Synthetic annotated notes (Russian discharge summaries, outpatient notes, referrals; English notes)."""
        from medmoe.io import AtomicJsonlWriter, check_paths

        check_paths([], [out])
        if split == "realistic-b":
            from medmoe.synth.deid_realistic import generate as generate_b

            recs = generate_b(n, seed=seed, style="b")
        elif split in ("test", "eval", "dev"):
            from medmoe.synth.deid import generate

            recs = generate(n, split=split, seed=seed)
        else:
            raise InputError(f"--split: {split!r} is not test, eval, dev or realistic-b")
        with AtomicJsonlWriter(out) as w:
            for rec in recs:
                w.write(rec)
        typer.secho(f"wrote {n} documents to {out}", err=True)
