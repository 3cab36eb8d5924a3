"""De-identification of Russian and English clinical text (152-FZ, Roskomnadzor Order No. 140).

Recognizers (a registry of plugins) find personal data, `merge.resolve` removes eponyms and overlaps, an
operator (mask, redact, pseudonymize, generalize) replaces it; the vault keeps the encrypted mapping and the
audit log records each action. Entry point: `Deidentifier(...).process(text, doc_id)`.
"""

from medmoe.deid.audit import AuditLog
from medmoe.deid.engine import Deidentifier, DeidError, detect_lang
from medmoe.deid.entities import ENTITY_TYPES, DeidResult, Entity
from medmoe.deid.registry import Recognizer, RegexRecognizer, Registry, default_registry
from medmoe.deid.vault import Vault, reidentify

__all__ = [
    "ENTITY_TYPES",
    "AuditLog",
    "DeidError",
    "DeidResult",
    "Deidentifier",
    "Entity",
    "Recognizer",
    "RegexRecognizer",
    "Registry",
    "Vault",
    "default_registry",
    "detect_lang",
    "reidentify",
]
