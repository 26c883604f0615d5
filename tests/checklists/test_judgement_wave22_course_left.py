"""A therapy course left is still left when a later note says so in other words, and a plan of
care counts no visits (blind wave 22, BZ/occ-03): "Plan of care 3/10/26: 2x/wk x 6 wks (12
visits). Attended 3 ... d/c'd from PT per clinic attendance policy", then "Reports he stopped PT
because of transportation" on 4/28. The plan's twelve visits were counted as sessions attended,
and the 4/28 mention of the stopped PT read as PT taken up again after the discharge. Visits a
plan sets are planned; "stopped PT" is the course left, not resumed. A plan of care with its
visits completed, and PT restarted after a discharge, still count."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.planned_therapy import planned_course
from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_SPRAIN = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S83.412A"}]},
    "onsetDateTime": "2026-02-18",
}

_DISCHARGE = (
    "PT DISCHARGE - NON-ATTENDANCE 04/02/2026\nL knee MCL sprain. Plan of care 3/10/26: 2x/wk x "
    "6 wks (12 visits). Attended 3 (eval 3/10, 3/12, 3/17). No-shows 3/24, 3/26. Pt d/c'd from "
    "PT per clinic attendance policy."
)


def _occ(later: str) -> str:
    first = _note("n1", "2026-04-02", _DISCHARGE)
    second = _note("n2", "2026-04-28", f"OCC MED RE-CHECK 04/28/2026\nL knee MCL sprain. {later}")
    request = {"authoredOn": "2026-04-29", "occurrenceDateTime": "2026-05-11"}
    bundle = record("97545", _SPRAIN, first, second, reason="S83.412A", order=request)
    report = score_bundle(bundle, as_of=date(2026, 5, 4))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "later",
    [
        "Reports he stopped PT because of transportation and childcare.",
        "He quit PT after 3 visits (no ride).",
        "Has not been back since he stopped going to PT.",
    ],
)
def test_a_course_left_and_said_stopped_again_is_left(later: str) -> None:
    assert _occ(later) != "met"


def test_pt_restarted_after_the_discharge_counts() -> None:
    later = "Restarted L knee PT 4/6/26, 2x/wk, 8 visits completed through 4/27 - plateaued."
    assert _occ(later) == "met"


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("Plan of care 3/10/26: 2x/wk x 6 wks (12 visits).", True),
        ("POC: 12 visits over 6 weeks.", True),
        ("Frequency/duration: 2x/week x 6 weeks.", True),
        ("Plan of care 3/10-4/21: 12 visits completed, goals met.", False),
        ("Completed 12 visits of PT per plan of care.", False),
        ("PT 2x/wk x 6 wks (12 visits), plateaued.", False),
    ],
)
def test_what_is_a_plan_of_care(text: str, planned: bool) -> None:
    assert planned_course(text) is planned
