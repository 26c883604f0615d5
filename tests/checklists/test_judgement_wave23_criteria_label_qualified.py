"""Blind wave 23: a pasted criteria list whose label says what the criteria are for and where
they come from.

An attended sleep study's order pastes "Payer criteria for in-lab study (from CareSource policy):
significant cardiopulmonary disease; ...; awake hypoventilation or suspected sleep-related
hypoventilation; ..." without saying which applies, and the office note gives only the patient's
preference ("pt prefers the lab"): no reason for an in-lab study (CD/sleep-02). A clinician's
verdict naming the criterion that applies is still read.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_LIST = (
    "significant cardiopulmonary disease; potential respiratory muscle weakness due to"
    " neuromuscular condition; awake hypoventilation or suspected sleep-related hypoventilation;"
    " chronic opioid use; history of stroke; severe insomnia. See office note."
)


def _reason(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "attended-study-reason")


@pytest.mark.parametrize(
    "label",
    [
        "Attended PSG. Payer criteria for in-lab study (from CareSource policy):",
        "CareSource criteria for attended polysomnography:",
        "Insurance criteria (per policy SLP-01):",
        "LCD criteria for facility-based PSG (source: L33718):",
    ],
)
def test_a_qualified_criteria_label_pastes_the_payers_words(label: str) -> None:
    assert not _reason(f"{label} {_LIST}"), label


@pytest.mark.parametrize(
    "text",
    [
        "Meets CareSource criteria for in-lab study: suspected sleep-related hypoventilation.",
        "In-lab PSG because of suspected sleep-related hypoventilation (PaCO2 49).",
        "Payer criteria reviewed. Suspected sleep-related hypoventilation: awake PaCO2 49.",
    ],
)
def test_a_reason_the_clinician_gives_is_read(text: str) -> None:
    assert _reason(text), text
