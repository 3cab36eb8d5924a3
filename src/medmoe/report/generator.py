"""`ReportGenerator`: findings in, a verified report out (MoE model, or the template baseline).

The verification pass is why the MoE output can be trusted: every generated report is labeled and compared
with its input. On failure the generator (1) regenerates with beam search, (2) repairs the text: drops each
sentence that asserts a finding not in the input, a wrong side or a wrong severity, or a normal statement
that contradicts a present finding, then adds the template sentence for each missing finding or negative
(and its impression line), (3) as a last resort falls back to the template report. `stats` counts how often
each path is taken, so an evaluation can report how much the model needed help.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from medmoe.knowledge.cxr import CxrKB, load_kb
from medmoe.report.check import (
    ReportCheck,
    allowed_severities,
    check_report,
    impression_omissions,
    side_in_input,
)
from medmoe.report.findings import Finding, parse_findings
from medmoe.report.labeler import label_report
from medmoe.report.template import HEADERS, Realizer, TemplateGenerator, _cap, split_sections

log = logging.getLogger(__name__)
DEFAULT_MODEL = "report-default"
PATHS = ("greedy", "beam", "repaired", "template_fallback", "template")


@dataclass
class GeneratedReport:
    text: str
    check: dict[str, list[str]]
    path: str = "template"  # which route produced the text (see PATHS)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def check_ok(self) -> bool:
        return not any(self.check.values())


def contradicting_normals(text: str, findings: list[Finding], lang: str, kb: CxrKB) -> list[str]:
    """Normal statements in `text` for a structure that has a present finding ("heart size is normal"
    beside cardiomegaly) or whose normal statement another finding makes false ("the lungs are clear"
    beside a pneumothorax, KB `contradicted_by`), and a normal impression ("No acute cardiopulmonary abnormality.") beside an
    impression-worthy finding: the labeler cannot see these, the KB can."""
    present = [f for f in findings if f.present]
    ids = {f.finding for f in present}
    out = []
    for s, st_def in kb.structures.items():
        if kb.normal_is_false(s, ids):
            out.extend(st for st in st_def.normal[lang] if st in text)
    if any(kb.in_impression(f.finding) for f in present):
        out.extend(st for st in kb.impression_normal[lang] if st in text)
    return out


def full_check(text: str, findings: list[Finding], lang: str, kb: CxrKB) -> ReportCheck:
    res = check_report(findings, label_report(text, lang))
    res.extra.extend(f"normal statement contradicts a finding: {s!r}" for s in contradicting_normals(
        text, findings, lang, kb))
    # The findings section must describe every finding on its own: a finding named only in the impression
    # would pass a whole-text check while the description omits it.
    find, imp = split_sections(text, lang)
    if HEADERS[lang][1] in text:
        in_body = check_report(findings, label_report(" ".join(find), lang))
        res.missing.extend(f"{m} (not in the findings section)" for m in in_body.missing if m not in res.missing)
        for mine, body in ((res.laterality_errors, in_body.laterality_errors),
                           (res.severity_errors, in_body.severity_errors)):
            mine.extend(f"{m} (in the findings section)" for m in body if m not in mine)
    # ... and the impression must name every impression-worthy finding (KB flag): it is what gets read.
    res.missing.extend(f"{m} (not in the impression)"
                       for m in impression_omissions(findings, label_report(" ".join(imp), lang), kb))
    return res


def repair(text: str, findings: list[Finding], lang: str, kb: CxrKB) -> str:
    """Drop wrong sentences, add template sentences for what is missing (see module docstring)."""
    present = [f for f in findings if f.present]
    sides: dict[str, set[str | None]] = {}
    for f in present:
        sides.setdefault(f.finding, set()).add(f.laterality)
    negated = {f.finding for f in findings if not f.present}
    bad_normals = set(contradicting_normals(text, findings, lang, kb))

    def wrong(sentence: str) -> bool:
        if any(n in sentence for n in bad_normals):
            return True
        for m in label_report(sentence, lang):
            if m.status == "absent":
                if m.finding in sides:
                    return True  # denies an input finding
                continue
            if m.finding not in sides or m.finding in negated:
                return True
            if m.laterality and not side_in_input(m.laterality, sides[m.finding]):
                return True
            if m.severity and m.severity not in allowed_severities(m, present):
                return True
        return False

    find, imp = split_sections(text, lang)
    find = [s for s in find if not wrong(s)]
    imp = [s for s in imp if not wrong(s)]
    h1, h2 = HEADERS[lang]
    # What the findings section itself fails to state, instance by instance (a left pneumothorax does not
    # describe the large right one); a finding type with a side or severity error gets all its sentences.
    chk = check_report(findings, label_report(" ".join(find), lang))
    erred = {e.split(":")[0].split(" (")[0] for e in chk.laterality_errors + chk.severity_errors}
    r = Realizer(kb, lang)
    add_find: list[str] = []
    for f in findings:
        if f.present and (f.describe() in chk.missing or f.finding in erred):
            add_find.append(r.present_sentence(f))
        elif not f.present and f.describe() in chk.omitted_negatives:
            add_find.append(r.negative_sentence(f))
    # Every impression-worthy finding the impression does not name (whether or not the findings section had
    # it) gets its impression line; the side is re-stated there because it is the part that is read.
    imp_labels = label_report(" ".join(imp), lang)
    left_out = set(impression_omissions(findings, imp_labels, kb))
    add_imp = [_cap(r.noun_phrase(f, side_after=False)) + "." for f in present if f.describe() in left_out]
    if add_imp and not any(kb.in_impression(m.finding) for m in imp_labels if m.status != "absent"):
        imp = []  # the impression names no significant finding ("no acute abnormality" in other words): replace
    find = add_find + find
    imp = imp + add_imp
    if not imp:
        imp = [r.impression(findings)]
    return f"{h1} {' '.join(find)}\n{h2} {' '.join(imp)}"


class ReportGenerator:
    """Findings -> report. `load(None)` uses the shipped default MoE model; `load("template")` the baseline."""

    def __init__(self, decoder: Any | None = None, kb: CxrKB | None = None, beam_size: int = 4,
                 model_name: str = "template") -> None:
        self.decoder = decoder
        self.kb = kb or load_kb()
        self.template = TemplateGenerator(self.kb)
        self.beam_size = beam_size
        self.model_name = model_name
        self.stats: Counter[str] = Counter()

    @classmethod
    def load(cls, model: str | None = None, beam_size: int = 4) -> ReportGenerator:
        if model == "template":
            return cls(None)
        from medmoe.checkpoint import load_model
        from medmoe.report.model import KIND, Seq2SeqDecoder

        lm = load_model(model or DEFAULT_MODEL, kind=KIND)
        tc = lm.metadata.get("train_config", {})
        dec = Seq2SeqDecoder(lm.model, lm.tokenizer, tc.get("max_src", 64),
                             lm.metadata.get("max_tgt_tokens", tc.get("max_tgt", 200)))
        return cls(dec, beam_size=beam_size, model_name=str(lm.path))

    @property
    def is_template(self) -> bool:
        return self.decoder is None

    def _parse(self, findings: str | list[Any]) -> tuple[list[Finding], list[str]]:
        parsed = parse_findings(findings, self.kb, strict=True)
        fs = parsed.findings
        warnings = [f"{a.finding} and {b.finding} are not expected together"
                    for i, a in enumerate(fs) for b in fs[i + 1:]
                    if a.present and b.present and self.kb.incompatible(a.finding, b.finding)]
        return fs, warnings

    def generate(self, findings: str | list[Any], lang: str = "en") -> GeneratedReport:
        return self.generate_batch([findings], lang)[0]

    def generate_raw(self, findings_list: list[list[Finding]], langs: list[str]) -> list[str]:
        """Greedy MoE output without verification (for evaluation of the bare model)."""
        from medmoe.report.findings import linearize

        assert self.decoder is not None
        return self.decoder.decode([linearize(fs, lg) for fs, lg in zip(findings_list, langs, strict=True)])

    def generate_batch(self, items: list[str | list[Any]], lang: str | list[str] = "en") -> list[GeneratedReport]:
        langs = [lang] * len(items) if isinstance(lang, str) else list(lang)
        parsed = [self._parse(it) for it in items]
        if self.decoder is None:
            out = []
            for (fs, warns), lg in zip(parsed, langs, strict=True):
                text = self.template.generate_text(fs, lg)
                self.stats["template"] += 1
                out.append(GeneratedReport(text, full_check(text, fs, lg, self.kb).to_dict(), "template", fs, warns))
            return out
        greedy = self.generate_raw([fs for fs, _ in parsed], langs)
        return [self._verify(text, fs, lg, warns) for text, (fs, warns), lg in zip(greedy, parsed, langs, strict=True)]

    def _verify(self, text: str, fs: list[Finding], lang: str, warns: list[str]) -> GeneratedReport:
        from medmoe.report.findings import linearize

        chk = full_check(text, fs, lang, self.kb)
        path = "greedy"
        if not chk.ok and self.beam_size > 1:
            assert self.decoder is not None
            beam_text = self.decoder.decode([linearize(fs, lang)], beam_size=self.beam_size)[0]
            beam_chk = full_check(beam_text, fs, lang, self.kb)
            if beam_chk.ok:
                text, chk, path = beam_text, beam_chk, "beam"
        if not chk.ok:
            fixed = repair(text, fs, lang, self.kb)
            fixed_chk = full_check(fixed, fs, lang, self.kb)
            if fixed_chk.ok:
                text, chk, path = fixed, fixed_chk, "repaired"
            else:
                log.info("repair failed (%s); using the template report", fixed_chk.to_dict())
                text = self.template.generate_text(fs, lang)
                chk, path = full_check(text, fs, lang, self.kb), "template_fallback"
        self.stats[path] += 1
        return GeneratedReport(text, chk.to_dict(), path, fs, warns)
