"""Imaging texts and the statements that name a study, as relevant_findings reads them.

Split out of relevant_findings.py (stop 58, the module size): whether a text is an imaging
report (its kind, title or codes), which statements of the record name an imaging study, and
whether a statement's study is of the modality and region a criterion asks for.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.region_match import study_shows
from ..evidence.regions import study_regions
from .context import Context
from .films import modalities, report_modalities

_IMAGING_CONCEPTS = frozenset({"x-ray", "mri", "ct", "ultrasound", "other-imaging"})
_IMAGING_TEXT = lazy_re.compile(
    r"\b(radiology|imaging|x-?ray|xr|mri|ct|radiograph\w*|18748-4)\b", re.I
)


def imaging_statements(ctx: Context) -> set[tuple[str, str]]:
    """(text ref, statement) of every statement that names an imaging study."""
    return {
        (f.note_ref, f.snippet)
        for f in ctx.record.findings or ()
        if f.category == "diagnostic-results" and f.concept in _IMAGING_CONCEPTS
    }


def is_imaging_report(text: Any) -> bool:
    return text.kind == "report" or bool(
        _IMAGING_TEXT.search(f"{text.title} {' '.join(c.code for c in text.codes)}")
    )


def of_modality(text: Any, snippet: str, wanted: Any) -> bool:
    """Whether a statement's study is of one of the modalities ``with_imaging`` lists (a plain
    ``true`` takes any): an imaging report by its title or heading, another text by the study
    its statement names. "Grade 1 anterolisthesis unchanged between flexion and extension" on a
    radiograph is no MRI or CT (blind wave 32, DO/sps-02), nor a knee MRI's chondromalacia a
    radiograph (blind wave 75, JY/tka-03). A study that names no modality is not ruled out."""
    if not isinstance(wanted, list):
        return True
    named = report_modalities(text) if is_imaging_report(text) else modalities(snippet)
    return not named or bool(named & set(wanted))


def study_of_region(text: Any, spec: dict[str, Any], ctx: Context) -> bool:
    """An imaging report's statements are about the region it is a study of (its title and
    codes), whatever else they mention (blind wave 13, AP/hip-03); other texts always pass."""
    if not is_imaging_report(text):
        return True
    return study_shows(ctx.regions_for(spec), study_regions(text.title, text.codes))
