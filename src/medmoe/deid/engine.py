"""`Deidentifier`: recognizers -> merge -> operator, with fail-closed error handling, vault and audit.

Cheap to construct: the registry, pymorphy3 and natasha are module-level singletons, so building a
Deidentifier per request costs microseconds; only the first document of a process pays the model load.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from medmoe.deid.audit import AuditLog, sha256_text
from medmoe.deid.entities import DeidResult, Entity
from medmoe.deid.merge import propagate_names, resolve
from medmoe.deid.operators import AGE_RE, MODES, apply, replacement
from medmoe.deid.pseudonyms import Pseudonymizer, key_fingerprint
from medmoe.deid.registry import Registry, default_registry
from medmoe.deid.vault import Vault
from medmoe.errors import ConfigError, MedmoeError
from medmoe.text.lang import detect_language_or_mixed

log = logging.getLogger(__name__)
LANGS = ("ru", "en", "auto")


# the other script: a capitalised Cyrillic word of 3+ letters ("Иванов") in an English note; any Latin
# word ("Smith", "john") in a Russian one (the English name rules always ran there), and two ALL-CAPS Latin
# words in a row ("KIM SERGEI", "IVANOVA MARIA" of a bilingual form; a lone "ЭКГ: ECG" stays asleep)
_OTHER_SCRIPT_WORD = {
    "ru": re.compile(r"[А-ЯЁ][а-яё]{2,}"),
    "en": re.compile(r"[A-Z][a-z]|[a-z]{2,}|[A-Z]{3,}[ \t]+[A-Z]{3,}"),
}
# what runs for the other script: its names, addresses and written dates (numbers are language-neutral)
_CROSS_RECOGNIZERS = {
    "ru": frozenset(
        {
            "ru_name_rules",
            "natasha",
            "address_ru",
            "date_ru_text",
            "date_day_month",
            "date_day_month_line",
            "date_ru_range_start",
            "date_ru_misspelt",
        }
    ),
    "en": frozenset(
        {
            "en_name_rules",
            "address_en",
            "date_en_text",
            "date_en_month_day",
            "date_en_label_md",
            "date_en_range_start",
            "phone_en",
        }
    ),
}


class DeidError(MedmoeError):
    """A document could not be de-identified; it must not be released (the message holds no text)."""


@dataclass(frozen=True)
class Processed:
    """One document after `Deidentifier.transform`: the result plus what `commit` files in the vault and the
    audit log. Why a value and not side effects: worker processes compute it, the parent alone writes files."""

    result: DeidResult
    doc_id: str | None
    lang: str  # the language the document was processed as ("ru", "en", "mixed")
    cross: str  # the other language whose name/address/date rules also ran ("" none)
    input_sha256: str


def detect_lang(text: str) -> str:
    """ "ru", "en", or "mixed" (both rule sets run) when neither script clearly dominates."""
    return detect_language_or_mixed(text)


class Deidentifier:
    """De-identify strings: `Deidentifier(lang, mode, key, vault, audit).process(text, doc_id)`.

    key: secret bytes for pseudonyms and the vault; None in pseudonymize mode (or with a vault) loads or
    creates the default key under MEDMOE_HOME/keys. vault: a `Vault` or a path. audit: an `AuditLog` or a
    path; one record per processed document. registry: recognizers to use (default: all built-ins).
    """

    def __init__(
        self,
        lang: str = "auto",
        mode: str = "pseudonymize",
        key: bytes | None = None,
        vault: Vault | str | Path | None = None,
        audit: AuditLog | str | Path | None = None,
        registry: Registry | None = None,
    ) -> None:
        if lang not in LANGS:
            raise ConfigError(f"Deidentifier.lang: {lang!r} is not one of {LANGS}")
        if mode not in MODES:
            raise ConfigError(f"Deidentifier.mode: {mode!r} is not one of {MODES}")
        self.lang, self.mode = lang, mode
        if key is None and (mode == "pseudonymize" or vault is not None):
            from medmoe.deid.keys import load_or_create_key

            key = load_or_create_key(None)[0]
        self.key = key
        self.pseudo = Pseudonymizer(key) if key is not None and mode == "pseudonymize" else None
        if vault is not None and not isinstance(vault, Vault):
            if key is None:
                raise ConfigError("Deidentifier.vault: a vault needs a key")
            vault = Vault(vault, key)
        self.vault = vault
        self.audit = AuditLog(audit) if isinstance(audit, str | Path) else audit
        self.registry = registry or default_registry()
        # the other language whose name/address/date rules also ran on the last processed document ("" none)
        self.last_cross_lang = ""

    def _doc_tag(self, doc_id: str) -> str:
        """Document id for the audit log: keyed when a key exists (a file name can be a patient's name, and
        an unkeyed hash of a name can be found by hashing a list of names)."""
        if self.key is None:
            return sha256_text(doc_id)[:16]
        import hashlib
        import hmac

        return hmac.new(self.key, b"audit-doc\x00" + doc_id.encode(), hashlib.sha256).hexdigest()[:16]

    def detect(self, text: str, lang: str | None = None) -> list[Entity]:
        """Merged entities of `text` (no transformation). Raises DeidError if any recognizer fails."""
        return self._detect(text, lang)[0]

    def _run(self, rec: object, text: str, lg: str, candidates: list[Entity]) -> None:
        try:
            if getattr(rec, "uses_prior", False):
                candidates.extend(rec.find(text, lg, list(candidates)))  # type: ignore[attr-defined]
            else:
                candidates.extend(rec.find(text, lg))  # type: ignore[attr-defined]
        except Exception as e:
            raise DeidError(f"recognizer {rec.name!r} failed ({type(e).__name__})") from e  # type: ignore[attr-defined]

    def _detect(self, text: str, lang: str | None = None) -> tuple[list[Entity], str]:
        """(entities, the other language whose name/address/date rules also ran, or "")."""
        lang = lang or self.lang
        if lang == "auto":
            lang = detect_lang(text)
        langs = ("ru", "en") if lang == "mixed" else (lang,)
        seen: set[str] = set()
        candidates: list[Entity] = []
        for lg in langs:
            recs = self.registry.for_lang(lg)
            # recognizers that use the others' results (natasha: only where rules found nothing) run last
            recs = [r for r in recs if not getattr(r, "uses_prior", False)] + [
                r for r in recs if getattr(r, "uses_prior", False)
            ]
            for rec in recs:
                if rec.name in seen:
                    continue
                seen.add(rec.name)
                self._run(rec, text, lg, candidates)
        # fail closed on the wrong language (`--lang en` on a Russian note, a Russian name in an English
        # note): when the text has a capitalised word of the other script, that language's name, address
        # and date rules run too
        cross = ""
        if len(langs) == 1:
            other = "en" if langs[0] == "ru" else "ru"
            if _OTHER_SCRIPT_WORD[other].search(text):
                # in a Russian note, a lowercase Latin word wakes the English name rules only
                names_only = other == "en" and not re.search(r"[A-Z][a-z]{2,}", text)
                for rec in self.registry.for_lang(other):
                    if rec.name in seen or rec.name not in _CROSS_RECOGNIZERS[other]:
                        continue
                    if names_only and rec.name != "en_name_rules":
                        continue
                    seen.add(rec.name)
                    self._run(rec, text, other, candidates)
                    cross = other
        if self.mode == "generalize":
            for m in AGE_RE.finditer(text):
                g = 1 if m.group(1) else 2
                candidates.append(Entity(m.start(g), m.end(g), "DATE", "age", 0.99, "age"))
        return propagate_names(text, resolve(text, candidates)), cross

    def process(self, text: str, doc_id: str | None = None, patient_id: str | None = None) -> DeidResult:
        """De-identify one document. `patient_id` keys the date shift (default: `doc_id`, else one shift
        for every document of this key), so all notes of one patient keep their intervals."""
        done = self.transform(text, doc_id, patient_id)
        self.commit(done)
        return done.result

    def process_many(
        self,
        texts: Iterable[str],
        doc_ids: Iterable[str | None] | None = None,
        patient_ids: Iterable[str | None] | None = None,
        workers: int | None = 1,
    ) -> list[DeidResult]:
        """`[self.process(t, d, p) for ...]`, computed by `workers` processes (each loads the models once;
        None: as many as pay off, see `batch.auto_workers`).

        Why a separate method: `process` stays a plain call on one string; many documents are worth a process
        pool only together. Results come back in input order and are byte-identical to `process` (surrogates
        are keyed HMACs, nothing depends on the worker); the vault and the audit log are written by this
        process only, in input order. The first document that fails raises `DeidError` (the workers stop).
        """
        from itertools import repeat

        from medmoe.deid.batch import DocumentPool, effective_workers, transform_job

        jobs = list(zip(texts, doc_ids or repeat(None), patient_ids or repeat(None)))
        results: list[DeidResult] = []
        n = effective_workers(workers, len(jobs))
        with DocumentPool(self, n, transform_job, size=lambda job: len(job[0])) as pool:
            for _, done in pool.imap(jobs):
                self.commit(done)
                results.append(done.result)
        return results

    def transform(self, text: str, doc_id: str | None = None, patient_id: str | None = None) -> Processed:
        """`process` without writing anything: detection and the operator only, so a worker process can run
        it and the parent `commit`s the result to the vault and the audit log (one writer, input order)."""
        if not isinstance(text, str):
            raise DeidError(f"document {doc_id!r}: text must be a string, got {type(text).__name__}")
        lang = detect_lang(text) if self.lang == "auto" else self.lang
        entities, cross = self._detect(text, lang)
        self.last_cross_lang = cross
        patient_key = patient_id or doc_id or ""
        # Surrogates and date conventions (DD.MM vs MM/DD) follow the script the text is written in, not a
        # declared --lang that may be wrong: a Russian note processed with --lang en keeps Russian dates valid.
        script_lang = lang if self.lang == "auto" else detect_lang(text)
        op_lang = "ru" if script_lang == "mixed" else script_lang

        def _replace(ent: Entity, value: str) -> str:
            return replacement(self.mode, ent, value, self.pseudo, patient_key, op_lang)

        try:
            new_text, spans = apply(text, entities, _replace)
        except Exception as e:
            raise DeidError(f"operator {self.mode!r} failed ({type(e).__name__})") from e
        return Processed(DeidResult(new_text, entities, spans), doc_id, lang, cross, sha256_text(text))

    def commit(self, done: Processed) -> None:
        """File a `transform` result: seal its mapping in the vault and write its audit record (if set)."""
        new_text = done.result.text
        if self.vault is not None:
            if done.doc_id is None:
                raise DeidError(
                    "a vault needs a doc_id to file the mapping under (process(text, doc_id=...))"
                )
            self.vault.add(done.doc_id, done.result.replacements, sha256_text(new_text))
        if self.audit is not None:
            self.audit.record(
                "deid_document",
                method=self.mode,
                lang=done.lang + ("+" + done.cross if done.cross else ""),
                doc=self._doc_tag(done.doc_id or ""),
                input_sha256=done.input_sha256,
                output_sha256=sha256_text(new_text),
                counts=done.result.counts(),
                key_id=key_fingerprint(self.key) if self.key else None,
            )
