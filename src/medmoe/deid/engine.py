"""`Deidentifier`: recognizers -> merge -> operator, with fail-closed error handling, vault and audit.

Cheap to construct: the registry, pymorphy3 and natasha are module-level singletons, so building a
Deidentifier per request costs microseconds; only the first document of a process pays the model load.
"""

from __future__ import annotations

import logging
import re
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


class DeidError(MedmoeError):
    """A document could not be de-identified; it must not be released (the message holds no text)."""


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
                try:
                    if getattr(rec, "uses_prior", False):
                        candidates.extend(rec.find(text, lg, list(candidates)))  # type: ignore[call-arg]
                    else:
                        candidates.extend(rec.find(text, lg))
                except Exception as e:
                    raise DeidError(f"recognizer {rec.name!r} failed ({type(e).__name__})") from e
        if langs == ("ru",) and "en_name_rules" not in seen and re.search(r"[A-Z][a-z]|[a-z]{2,}", text):
            # a Latin name in a Russian note ("консультирован John Smith") is missed by the Russian rules
            try:
                en_rec = self.registry.get("en_name_rules")
            except KeyError:
                en_rec = None
            if en_rec is not None:
                try:
                    candidates.extend(en_rec.find(text, "en"))
                except Exception as e:
                    raise DeidError(f"recognizer {en_rec.name!r} failed ({type(e).__name__})") from e
        if self.mode == "generalize":
            for m in AGE_RE.finditer(text):
                g = 1 if m.group(1) else 2
                candidates.append(Entity(m.start(g), m.end(g), "DATE", "age", 0.99, "age"))
        return propagate_names(text, resolve(text, candidates))

    def process(self, text: str, doc_id: str | None = None, patient_id: str | None = None) -> DeidResult:
        """De-identify one document. `patient_id` keys the date shift (default: `doc_id`, else one shift
        for every document of this key), so all notes of one patient keep their intervals."""
        if not isinstance(text, str):
            raise DeidError(f"document {doc_id!r}: text must be a string, got {type(text).__name__}")
        lang = detect_lang(text) if self.lang == "auto" else self.lang
        entities = self.detect(text, lang)
        patient_key = patient_id or doc_id or ""
        op_lang = "ru" if lang == "mixed" else lang

        def _replace(ent: Entity, value: str) -> str:
            return replacement(self.mode, ent, value, self.pseudo, patient_key, op_lang)

        try:
            new_text, spans = apply(text, entities, _replace)
        except Exception as e:
            raise DeidError(f"operator {self.mode!r} failed ({type(e).__name__})") from e
        result = DeidResult(new_text, entities, spans)
        if self.vault is not None:
            if doc_id is None:
                raise DeidError(
                    "a vault needs a doc_id to file the mapping under (process(text, doc_id=...))"
                )
            self.vault.add(doc_id, spans, sha256_text(new_text))
        if self.audit is not None:
            self.audit.record(
                "deid_document",
                method=self.mode,
                lang=lang,
                doc=self._doc_tag(doc_id or ""),
                input_sha256=sha256_text(text),
                output_sha256=sha256_text(new_text),
                counts=result.counts(),
                key_id=key_fingerprint(self.key) if self.key else None,
            )
        return result
