"""Where the phrases come from: HPO labels/synonyms (English), the team's Russian lexicon, babelon TSV.

Why the team lexicon is read here and the babelon file is optional: no official Russian HPO translation
ships with the ontology, so `knowledge/data/hpo_ru.tsv` (written and reviewed by the team, `source=team`)
is the default; a hospital that has the official babelon translation (`hp-ru.babelon.tsv`) passes it with
`--hpo-translation` and its `ru` rows extend the team's synonyms (and give a Russian label to terms the
team did not cover). The held-out evaluation phrasings (`synth/data/hpo_ru_eval_phrasings.tsv`) are never
read here: they exist to measure this module honestly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from medmoe.errors import InputError
from medmoe.paths import PACKAGE_DIR

TEAM_LEXICON = PACKAGE_DIR / "knowledge" / "data" / "hpo_ru.tsv"

# A handful of abbreviations Russian notes use that name a phenotype; each is added as a synonym of
# whatever term its expansion matches in the lexicon (so the table needs no HPO ids of its own).
RU_ABBREVIATIONS: dict[str, str] = {
    "ЗПРР": "задержка психоречевого развития",
    "ЗРР": "задержка речевого развития",
    "ЗПМР": "задержка психомоторного развития",
    "ЗМР": "задержка моторного развития",
    "ЗНПР": "задержка нервно-психического развития",
    "УО": "умственная отсталость",
    "ДМЖП": "дефект межжелудочковой перегородки",
    "ДМПП": "дефект межпредсердной перегородки",
    "ОАП": "открытый артериальный проток",
    "ВПС": "врожденный порок сердца",
    "ДЦП": "детский церебральный паралич",
    "СДВГ": "синдром дефицита внимания и гиперактивности",
    "РАС": "расстройство аутистического спектра",
    "ГЭРБ": "гастроэзофагеальная рефлюксная болезнь",
    "ХПН": "хроническая почечная недостаточность",
    "ХБП": "хроническая болезнь почек",
    "АГ": "артериальная гипертензия",
    "ГКМП": "гипертрофическая кардиомиопатия",
    "ДКМП": "дилатационная кардиомиопатия",
    "ВЧД": "повышенное внутричерепное давление",
    "НСТ": "нейросенсорная тугоухость",
    "ЧМН": "поражение черепных нервов",
}

# Babelon statuses that carry no usable Russian text.
_SKIP_STATUS = frozenset({"NOT_TRANSLATED", "REJECTED", "OBSOLETE"})

# Priority of a phrase when two terms share it: lower wins (label before synonym before babelon).
PRIO_LABEL, PRIO_SYNONYM, PRIO_WEAK = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Entry:
    hpo_id: str
    phrase: str
    priority: int


@dataclass
class RussianLexicon:
    """Russian phrases per HPO id, and the Russian label to show."""

    entries: list[Entry]
    labels: dict[str, str]


def _split_synonyms(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


def read_team_lexicon(path: str | Path = TEAM_LEXICON) -> RussianLexicon:
    """The team lexicon TSV (`hpo_id label_en label_ru synonyms_ru source`); a missing file is empty.

    Malformed rows are skipped (the file grows in batches while people edit it); ids are resolved to
    current HPO ids by the caller.
    """
    path = Path(path)
    entries: list[Entry] = []
    labels: dict[str, str] = {}
    if not path.is_file():
        return RussianLexicon(entries, labels)
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            hid = (row.get("hpo_id") or "").strip()
            label = (row.get("label_ru") or "").strip()
            if not hid.startswith("HP:") or not label:
                continue
            labels.setdefault(hid, label)
            entries.append(Entry(hid, label, PRIO_LABEL))
            for syn in _split_synonyms(row.get("synonyms_ru") or ""):
                entries.append(Entry(hid, syn, PRIO_SYNONYM))
    return RussianLexicon(entries, labels)


def iter_babelon(path: str | Path, language: str = "ru") -> Iterator[tuple[str, str, str, str]]:
    """(subject_id, translation_value, translation_status, predicate_id) of a babelon TSV's rows in `language`.

    Babelon files may start with `#` comment lines (YAML metadata); the first other line is the header.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: HPO translation file not found")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"subject_id", "translation_language", "translation_value"}
        if reader.fieldnames is None or not need <= set(reader.fieldnames):
            raise InputError(f"{path}: not a babelon TSV (needs columns {', '.join(sorted(need))}; "
                             f"got {', '.join(reader.fieldnames or [])})")
        for row in reader:
            lang = (row.get("translation_language") or "").strip().lower()
            value = (row.get("translation_value") or "").strip()
            status = (row.get("translation_status") or "").strip().upper()
            sid = (row.get("subject_id") or "").strip()
            if lang != language or not value or status in _SKIP_STATUS or not sid:
                continue
            yield sid.replace("HP_", "HP:"), value, status, (row.get("predicate_id") or "").strip()


def russian_lexicon(translation_file: str | Path | None = None,
                    team_file: str | Path = TEAM_LEXICON) -> RussianLexicon:
    """Team lexicon, extended by the babelon file's Russian rows.

    Every babelon row adds a phrase; an OFFICIAL `rdfs:label` row also overrides the Russian label shown
    for the term (the official translation wins over the team's wording for display), other rows only fill
    labels the team lacks.
    """
    lex = read_team_lexicon(team_file)
    if translation_file is not None:
        for sid, value, status, predicate in iter_babelon(translation_file):
            official_label = predicate == "rdfs:label" and status == "OFFICIAL"
            lex.entries.append(Entry(sid, value, PRIO_LABEL if official_label else PRIO_SYNONYM))
            if official_label:
                lex.labels[sid] = value
            else:
                lex.labels.setdefault(sid, value)
    return lex


def english_entries() -> tuple[list[Entry], dict[str, str]]:
    """HPO labels and EXACT/RELATED/NARROW synonyms of phenotypic-abnormality terms, and English labels.

    BROAD synonyms are skipped (they name a wider concept), and so are phrases under 3 letters and
    all-caps abbreviations that several terms share ("ASD": atrial septal defect, autism).
    """
    from medmoe.knowledge.hpo import get_ontology

    onto = get_ontology()
    entries: list[Entry] = []
    labels: dict[str, str] = {}
    abbrev_owners: dict[str, set[str]] = {}
    for tid, term in onto.terms.items():
        labels[tid] = term.name
        if not onto.is_phenotype(tid):
            continue
        entries.append(Entry(tid, term.name, PRIO_LABEL))
        scopes = term.synonym_scopes or ["EXACT"] * len(term.synonyms)
        for syn, scope in zip(term.synonyms, scopes, strict=False):
            if scope == "BROAD" or len(syn) < 3:
                continue
            if syn.isupper():
                abbrev_owners.setdefault(syn, set()).add(tid)
            entries.append(Entry(tid, syn, PRIO_SYNONYM if scope == "EXACT" else PRIO_WEAK))
    ambiguous = {a for a, owners in abbrev_owners.items() if len(owners) > 1}
    return [e for e in entries if e.phrase not in ambiguous], labels


def unclaimed(new: Iterable[Entry], existing: Iterable[Entry]) -> list[Entry]:
    """The entries of `new` whose words (match keys) no entry of `existing`, nor an earlier new one, already
    has: generated or table wording never overrides the reviewed lexicon or HPO's own synonyms."""
    from medmoe.phenotypes.normalize import phrase_keys

    taken = {frozenset(phrase_keys(e.phrase)) for e in existing}
    out = []
    for e in new:
        keys = frozenset(phrase_keys(e.phrase))
        if keys and keys not in taken:
            taken.add(keys)
            out.append(e)
    return out


def ambiguous_phrases(entries: list[Entry]) -> dict[str, set[str]]:
    """Phrases that name more than one HPO id after matching normalisation (a review aid for the lexicon:
    the recogniser can report only one of them, the label owner or else the most specific term)."""
    from medmoe.phenotypes.normalize import phrase_keys

    owners: dict[frozenset[str], set[str]] = {}
    text: dict[frozenset[str], str] = {}
    for e in entries:
        k = frozenset(phrase_keys(e.phrase))
        owners.setdefault(k, set()).add(e.hpo_id)
        text.setdefault(k, e.phrase)
    return {text[k]: ids for k, ids in owners.items() if len(ids) > 1}
