"""payer_criteria._may_hold_label: a note it rules out holds no CRITERIA_LABEL match (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartapp.notes import payer_criteria
from smartapp.notes.payer_criteria import CRITERIA_LABEL, _may_hold_label

CASES = Path(__file__).resolve().parents[1] / "accuracy" / "cases"

LABELS = [
    'CareSource criteria (pasted): "BMI >=40 ...; documented failure"',
    'Surgical scheduling note (copied from payer guideline for reference): "Criteria for TKA',
    "[Pasted from payer policy for reference]",
    "Payer criteria for in-lab study (from CareSource policy): significant disease",
    "Attended PSG is considered medically necessary when one of the following: CHF; COPD",
    "In-lab PSG indicated if any of: CHF",
    "CareSource covers attended PSG only when: CHF",
    "Medicare pays for CGM if: insulin",
    "CareSource requires one of the following for in-lab PSG: CHF",
    "POLICY TEXT (VERBATIM): the member must",
    "Coverage crİteria: insulin use",  # a dotted capital I, which re's IGNORECASE reads as "i"
    "Coverage crıteria: insulin use",  # a dotless i
]


@pytest.mark.parametrize("text", LABELS)
def test_a_label_is_never_ruled_out(text):
    assert CRITERIA_LABEL.search(text), text  # the examples are labels
    assert _may_hold_label(text)


def test_ruled_out_notes_hold_no_label():
    """Over the case files (their notes' text as stored), every text the words rule out has no
    label, and the words rule most of them out."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(CASES.rglob("*.json"))[:400]]
    ruled_out = [t for t in texts if not _may_hold_label(t)]
    assert not any(CRITERIA_LABEL.search(t) for t in ruled_out)
    assert all(_may_hold_label(t) for t in texts if CRITERIA_LABEL.search(t))


def test_the_note_is_searched_once_its_words_allow(monkeypatch):
    monkeypatch.setattr(payer_criteria, "_labelled_note", ("", False))
    note = "HPI: knee pain x 6 mo.\nPlan: PT 2x/wk."
    assert not payer_criteria.pasted_criteria_near(note, 0, len(note))
    labelled = "CareSource criteria: BMI >= 40; failed diet.\nPt has BMI 41."
    assert payer_criteria.pasted_criteria_near(labelled, 40, len(labelled))
