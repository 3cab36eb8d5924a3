"""Chest X-ray report generation from structured findings, a findings labeler and a report checker.

Public API (ARCHITECTURE.md): `ReportGenerator.load(model=None).generate(findings, lang) -> GeneratedReport`
and `label_report(text, lang) -> list[LabeledFinding]`. Importing this package does not import torch.
"""

from medmoe.report.check import ReportCheck, check_report
from medmoe.report.findings import (
    Finding,
    ParsedFindings,
    linearize,
    parse_findings,
    parse_mesh,
    parse_structured,
)
from medmoe.report.generator import GeneratedReport, ReportGenerator
from medmoe.report.labeler import LabeledFinding, label_report
from medmoe.report.template import TemplateGenerator

__all__ = [
    "Finding", "GeneratedReport", "LabeledFinding", "ParsedFindings", "ReportCheck", "ReportGenerator",
    "TemplateGenerator", "check_report", "label_report", "linearize", "parse_findings", "parse_mesh",
    "parse_structured",
]
