"""A recertification requested is none yet (blind wave 19, BM/hh-02): a practitioner's note
"Recert request. Hip fx pt still needs home PT. See POC." on the day of the request met HHC-006's
plan review 0 days ago by its "Recert", while the plan of care had ended and was last reviewed
more than 60 days before. What a request names, right before it, is asked for, not done (as
"requested" after it already reads); a recertification done, with a request beside it, is one."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Recert request. Hip fx pt still needs home PT. See POC.",
        "RECERTIFICATION REQUEST 09/14/2026",
        "Re-eval request faxed to agency.",
    ],
)
def test_a_requested_recertification_is_none_yet(text):
    assert not _asserted(text, "re-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Recertification done 09/10/2026; per pt request visits moved to mornings.",
        "Re-eval completed today at family request.",
        "Recert 09/10/2026: goals updated.",
    ],
)
def test_a_recertification_done_is_still_one(text):
    assert _asserted(text, "re-evaluation"), text


def _care_plan(created: str, end: str) -> dict:
    # The plan as an EHR charts it: discipline, frequency and goals, no "plan of care" words.
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "period": {"start": created, "end": end},
        "created": created,
        "author": {"reference": "Practitioner/dr"},
        "description": "PT 2w8. Dx L hip fx s/p hemiarthroplasty. Goals: TUG <14 s.",
    }


def _hhc006(created: str, end: str) -> str:
    request = _note("req", "2026-02-25", "Recert request. Hip fx pt still needs home PT. See POC.")
    bundle = record("G0151", _care_plan(created, end), request, reason="S72.002D")
    return status(bundle, "HHC-006")["status"]


def test_a_recertification_asked_for_over_an_old_signed_care_plan_is_overdue():
    # The plan written 2025-10-20 is 128 days old on 2026-02-25: no review in the last 60 days.
    assert _hhc006("2025-10-20", "2025-12-18") == "missing"


def test_a_recent_signed_care_plan_is_still_the_review():
    assert _hhc006("2026-02-01", "2026-03-31") == "met"
