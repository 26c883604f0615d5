"""A course the clinic discharged for missed visits is the visits attended (blind wave 20,
BS/occ-03): "PT referral 8/20 - attended 2 visits (9/8, 9/10), then missed 3, discharged per
PT policy 10/1" was a 42-day course by the span from the referral to the discharge. Wave 18
judged a course left by the sessions it counts ("discharged due to non-attendance"); a count of
missed visits and a discharge under the clinic's attendance policy say the same. A course that
attended enough visits, or missed days of work, is no course left."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.cues import COURSE_LEFT
from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_STRAIN = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S46.011A"}]},
    "onsetDateTime": "2026-08-04",
}


def _occ(history: str) -> str:
    note = _note("n1", "2026-10-27", f"WORK COMP F/U 10/27/2026\nR shoulder strain. {history}")
    request = {"authoredOn": "2026-10-27", "occurrenceDateTime": "2026-11-09"}
    bundle = record("97545", _STRAIN, note, reason="S46.011A", order=request)
    report = score_bundle(bundle, as_of=date(2026, 10, 30))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "history",
    [
        "Tx so far: PT referral 8/20 - attended 2 visits (9/8, 9/10), then missed 3, "
        "discharged per PT policy 10/1.",
        "R shoulder PT 8/20-10/1: 2 visits, missed 4 appointments, discharged.",
        "R shoulder PT started 8/20, 3 sessions, discharged per attendance policy 10/1.",
    ],
)
def test_a_course_discharged_for_missed_visits_is_its_visits(history: str) -> None:
    assert _occ(history) != "met"


def test_a_course_of_enough_visits_still_counts() -> None:
    history = "R shoulder PT 8/20-10/1: 9 visits, missed 1, discharged to HEP, goals partly met."
    assert _occ(history) == "met"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("attended 2 visits (9/8, 9/10), then missed 3, discharged", True),
        ("missed 4 appointments", True),
        ("missed 2 PT visits", True),
        ("discharged per PT policy 10/1", True),
        ("discharged per clinic attendance policy", True),
        ("missed 3 days of work", False),
        ("missed 2 doses of naproxen", False),
        ("missed 1 wk of work in Sept", False),
        ("discharged per protocol after goals met", False),
    ],
)
def test_what_says_a_course_was_left(text: str, left: bool) -> None:
    assert bool(COURSE_LEFT.search(text)) is left
