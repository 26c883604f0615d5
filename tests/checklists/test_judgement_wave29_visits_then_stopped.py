"""Therapy that counts its few visits and says it stopped was left there (blind wave 29,
DD/occ-03): "PT eval 10/14, attended 3 visits then stopped - says he's been doing his own
workout at the gym since late October" made a course of PT from 10/14 to early January, the
gym's weeks read as the PT's. A statement that counts fewer sessions than a course and says the
care stopped ("attended 3 visits then stopped", "had 2 sessions and stopped", "3 PT visits,
stopped d/t cost") is a course left; the sessions it counts are all it ran. A course that
counted enough visits before stopping, or that was taken up again, still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_TEAR = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S83.241D"}]},
    "onsetDateTime": "2025-09-03",
}


def _ther_ex(note: str, end: str = "2025-10-23") -> dict:
    """Therapy coded over a period, its note counting the visits (Procedure.note)."""
    return {
        "resourceType": "Procedure",
        "id": "pr1",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97110"}]},
        "performedPeriod": {"start": "2025-10-16", "end": end},
        "note": [{"text": note}],
    }


def _occ(text: str, *coded: dict) -> str:
    note = _note("n1", "2026-01-20", f"OCC HEALTH F/U 01/20/2026\nR knee meniscus tear. {text}")
    request = {"authoredOn": "2026-01-21", "occurrenceDateTime": "2026-02-02"}
    bundle = record("97545", _TEAR, note, *coded, reason="S83.241D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 1, 23))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PT eval 10/14, attended 3 visits then stopped - says he's been doing his own workout at "
        "the gym since late October.",
        "Started PT 10/14/2025, had 2 sessions and stopped, doing home exercises since November.",
        "PT 10/14/2025: 3 visits, stopped due to cost; gym workouts on his own since late Oct.",
    ],
)
def test_few_visits_then_stopped_is_no_course(text: str) -> None:
    assert _occ(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "PT 10/14/2025-12/16/2025, attended 14 visits then stopped - plateaued, still unable to "
        "kneel.",
        "PT eval 10/14/2025, attended 3 visits then stopped for the holidays, resumed 11/20, "
        "8 more visits through 12/30 - plateaued.",
    ],
)
def test_a_course_run_or_taken_up_again_still_counts(text: str) -> None:
    assert _occ(text) == "met"


_LEFT = (
    "PT eval 10/14, attended 3 visits then stopped - working out at the gym on his own since "
    "late October."
)


def test_a_coded_week_whose_note_counts_the_few_visits_is_no_course() -> None:
    """The coded ther-ex week 10/16-10/23 with its note "3 visits; patient self-discharged" is
    the three visits the note says were all, not a week of care that makes a course."""
    assert _occ(_LEFT, _ther_ex("3 visits; patient self-discharged")) != "met"


def test_a_coded_period_counting_a_course_still_counts() -> None:
    coded = _ther_ex("12 visits, plateaued", end="2025-12-10")
    assert _occ("PT 10/14-12/10/2025, plateaued.", coded) == "met"
