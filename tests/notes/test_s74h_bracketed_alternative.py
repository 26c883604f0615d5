"""An alternative in brackets does not deny or make conditional the plan it follows; a study
written for a choice of two steps of care is a decision-dependent plan (s74-h; blind wave 86,
LQ/kas-01 and LR/lmri-03).

"R knee arthroscopy, partial medial meniscectomy (repair if reparable zone - unlikely given
complex pattern)." The bracket's "unlikely" is of the repair: the meniscectomy is the plan. A
bracket whose denial comes first ("(not a candidate)") or is someone's ("(pt declined)") still
remarks on the plan. "MRI L-spine to localize for possible L5-S1 TFESI vs surgical referral" is
the decision the MRI serves; a study's told result or a differential is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 4, 7)


def _found(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: R knee arthroscopy, partial medial meniscectomy (repair if reparable zone - "
        "unlikely given complex pattern). Expect resolution of mechanical sx.",
        "Plan: R knee arthroscopy, partial medial meniscectomy (repair unlikely given pattern).",
        "Plan: R knee arthroscopy [repair not possible per MRI], partial meniscectomy.",
    ],
)
def test_the_plan_before_a_bracketed_alternative_stands(text: str) -> None:
    plans = _found(text, "arthroscopy-plan")
    assert plans and not any(p.negated for p in plans), plans


@pytest.mark.parametrize(
    "text",
    [
        "Plan: no R knee arthroscopy (repair if reparable zone).",
        "R knee arthroscopy discussed (pt declined).",
    ],
)
def test_a_denied_plan_stays_denied(text: str) -> None:
    plans = _found(text, "arthroscopy-plan")
    assert plans and all(p.negated for p in plans), plans


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L S1 radiculopathy. MRI L-spine to localize for possible L5-S1 TFESI vs surgical "
        "referral given new weakness.",
        "Plan: lumbar MRI for possible ESI versus neurosurgery consult.",
        "MRI to decide between TFESI vs decompression.",
    ],
)
def test_a_study_for_a_choice_of_care_is_a_decision_dependent_plan(text: str) -> None:
    assert _found(text, "decision-dependent")


@pytest.mark.parametrize(
    "text",
    [
        "MRI showed L5-S1 HNP; discussed TFESI vs surgical referral.",
        "MRI shows L5-S1 HNP, for TFESI vs surgery.",
    ],
)
def test_a_told_result_is_no_study_for_a_choice(text: str) -> None:
    assert not _found(text, "decision-dependent")


def test_a_conditional_scope_is_still_a_conditional_plan() -> None:
    plans = _found("Plan: if MRI shows tear, will scope R knee.", "decision-dependent")
    assert plans
