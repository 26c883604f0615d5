"""A plan that opens with the study it waits on ("Based on MRI will consider ESI vs surgery") is a
plan fitted to the study's result, as "ESI vs surgery based on MRI" already was (brief s72-w6,
item 3); a study whose result is already told ("Based on MRI 3/2025 showing HNP"), or a choice
based on something else ("Based on exam"), is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 18))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "plan",
    [
        "Based on MRI will consider ESI vs surgery.",
        "Based on the MRI results, ESI vs surgical referral.",
        "Based on L-spine MRI findings -> ESI vs decompression.",
        "Pending MRI: ESI vs surgery.",
        "Based upon imaging, consider injection versus ortho referral.",
        "based on mri will consider esi or surgery",
        "Contingent on MRI findings, will pursue ESI vs microdiscectomy.",
        "Once MRI back, will consider ESI vs surgery.",
        "Dependent on the MRI we will decide between TFESI and NSGY referral.",
    ],
)
def test_a_choice_opened_by_the_study_it_waits_on(plan: str) -> None:
    assert _asserted(f"A/P: L5 radiculopathy. {plan}", "decision-dependent")


@pytest.mark.parametrize(
    "plan",
    [
        "Based on exam, will consider ESI vs surgery.",
        "Based on MRI 3/2025 showing L4-5 HNP, will refer for surgery.",
        "Based on MRI findings of severe stenosis, surgery recommended.",
        "Based on pt preference, ESI vs surgery.",
        "Based on prior MRI, surgery recommended.",
    ],
)
def test_a_choice_on_something_else_or_a_result_in_hand(plan: str) -> None:
    assert not _asserted(f"A/P: L5 radiculopathy. {plan}", "decision-dependent")
