"""What the shipped red-flag rules say about one text, for the triage tests: its level and the ids of the flags.

Why a module: two test files of stop 4 each wrote the same helper around `RedFlagRules.level`."""

from __future__ import annotations

from medmoe.triage.rules import RedFlagRules


def flag_level(rules: RedFlagRules, text: str, lang: str) -> tuple[str, list[str]]:
    level, hits = rules.level(text, lang)
    return level, [h.id for h in hits]
