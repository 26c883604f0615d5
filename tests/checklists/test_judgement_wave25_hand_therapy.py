"""Hand therapy is occupational therapy (blind wave 26, CQ/occ-03).

A work-rehabilitation request after a hand fracture: "HAND THERAPY DISCHARGE SUMMARY (OT/CHT)
... hand therapy 2x/wk 11/20/25-1/7/26 = 14 visits", then "Done w/ hand therapy (14 visits)".
"Hand therapy" named no therapy concept, so only the coded OT evaluation counted (care on 2
days) and OCC-002 was partial; the reviewer: 'Completed 14 visits of hand therapy 11/20/25-1/7/26
plus splinting'. Hand therapy is the hand and wrist course an occupational therapist or a
certified hand therapist (CHT) gives. A referral to it, or a plan for it, is still no course.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import ICD10, _note, concepts_found, record, status

_FRACTURE = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S62.346D"}]},
    "onsetDateTime": "2025-10-16",
}


def _therapy(text: str) -> bool:
    return "occupational-therapy" in concepts_found(text, dt.date(2026, 1, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Hand therapy 2x/wk 11/20/25-1/7/26 = 14 visits.",
        "Done w/ hand therapy (14 visits).",
        "Seen by certified hand therapist for 12 sessions.",
        "CHT 2x/week x 6 weeks, plateaued.",
        "Completed hand therapy, ROM and grip strengthening.",
    ],
)
def test_hand_therapy_is_occupational_therapy(text: str) -> None:
    assert _therapy(text)


def _occ(text: str) -> str:
    note = _note("n1", "2026-01-12", f"OCC MED F/U 01/12/2026\nR 5th MC base fx. {text}")
    request = {"authoredOn": "2026-01-14", "occurrenceDateTime": "2026-02-03"}
    bundle = record("97750", _FRACTURE, note, reason="S62.346D", order=request)
    return status(bundle, "OCC-002", as_of=dt.date(2026, 1, 20))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Hand therapy 2x/wk 11/20/25-1/7/26 = 14 visits; plateaued, not released to full duty.",
        "Completed 12 visits with the certified hand therapist 11/3/25-12/29/25; plateaued.",
    ],
)
def test_a_hand_therapy_course_is_the_therapy_completed(text: str) -> None:
    assert _occ(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Referred to hand therapy today.",
        "Plan: start hand therapy 2x/wk x 6 wks.",
        "Hand therapy not yet started (awaiting authorization).",
    ],
)
def test_hand_therapy_not_given_is_no_course(text: str) -> None:
    assert _occ(text) != "met"
