"""A bracket holding only a denial denies the finding it follows (brief s52-a).

Review-of-systems lines answer each finding in brackets: "Nocturia (denies)", "Gasping (none
per husband)". ConText reads no denial backward out of a bracket, so these were asserted. A
bracket that denies something else ("(denies trauma)") or only names who told ("(per son)")
leaves the finding asserted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 5, 2))])
    return {f.concept for f in found if f.asserted}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ROS: Loud snoring (denied). Pt here for insomnia.", "sleep-symptom"),
        ("Exertional chest pain [denies]. Here for lipids.", "cardiac-symptom"),
        ("Witnessed apneas (none per husband). Insomnia for years.", "sleep-symptom"),
        ("Chest pain (no per pt). Follow-up of lipids.", "cardiac-symptom"),
    ],
)
def test_a_bracketed_denial_denies_the_finding_before_it(text, concept):
    assert concept not in _asserted(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Loud snoring (per husband), nightly.", "sleep-symptom"),
        ("Chest pain (denies trauma) with exertion for 2 weeks.", "cardiac-symptom"),
        ("Witnessed apneas (no - denies fever).", "sleep-symptom"),
    ],
)
def test_a_bracket_about_something_else_leaves_it(text, concept):
    assert concept in _asserted(text)
