"""`medmoe analyze`: note -> language -> de-identification -> sections -> phenotypes -> differential ->
ICD-10 -> triage, one JSON result per note, optionally a FHIR R4 Bundle."""

from medmoe.pipeline.analyze import Components, Pipeline, PipelineConfig, StepUnavailable
from medmoe.pipeline.batch import BatchSummary, run_batch
from medmoe.pipeline.sections import Section, complaint_text, split_sections

__all__ = ["BatchSummary", "Components", "Pipeline", "PipelineConfig", "Section", "StepUnavailable",
           "complaint_text", "run_batch", "split_sections"]
