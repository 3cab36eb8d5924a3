"""Triage of complaint text into emergency / urgent / routine: red-flag rules + a small MoE classifier."""

from medmoe.triage.api import Triager, TriageResult
from medmoe.triage.rules import LEVELS, RedFlagRules

__all__ = ["LEVELS", "RedFlagRules", "TriageResult", "Triager"]
