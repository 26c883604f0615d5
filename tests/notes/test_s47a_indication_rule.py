"""A study's indication written as a rule ("in-lab PSG indicated when ...", "indicated for
patients with ...") is the payer's or the guideline's condition, whatever label heads it or none:
the conditions it lists are what a patient would need, not what this one has (blind wave 52,
GP/sleep-02: an order's note "Criteria: attended PSG indicated when ... or prior HST
negative/inconclusive" read as SLEEP-005's reason for an attended study).

A reason the clinician gives for this patient still counts, and "contraindicated" is no rule.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    return any(
        f.asserted and f.concept == concept
        for f in find_findings([NoteInput("ServiceRequest/o1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: lab polysomnogram indicated when heart failure, neuromuscular weakness or "
        "a prior home study inconclusive.",
        "In-lab study is indicated only if the portable study was non-diagnostic.",
        "Technologist-attended PSG indicated for patients with COPD, opioid use, or a failed "
        "home sleep test.",
    ],
)
def test_an_indication_put_as_a_rule_is_no_reason(text: str) -> None:
    assert not _asserted(text, "attended-study-reason"), text


@pytest.mark.parametrize(
    "text",
    [
        "In-lab PSG: home sleep test 11/2025 was inconclusive (3 h of valid signal).",
        "Home test contraindicated: on methadone 80 mg daily, so attended study.",
    ],
)
def test_the_patients_own_reason_still_counts(text: str) -> None:
    assert _asserted(text, "attended-study-reason"), text
