"""ICD-10 coding of Russian patient complaints (RuMedTop3): n-gram baseline, MoE classifier, hybrid.

`ICDCoder.load(model=None).predict(texts, top=3)` is the API; `medmoe icd` the CLI. Heavy parts (torch,
sklearn) load lazily, so `import medmoe.icd` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from medmoe.icd.names import chapter, code_name, is_valid_code

if TYPE_CHECKING:
    from medmoe.icd.coder import ICDCoder

__all__ = ["ICDCoder", "chapter", "code_name", "is_valid_code"]


def __getattr__(name: str) -> Any:
    if name == "ICDCoder":
        from medmoe.icd.coder import ICDCoder

        return ICDCoder
    raise AttributeError(name)
