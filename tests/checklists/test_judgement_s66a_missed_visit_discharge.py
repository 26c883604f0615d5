"""A discharge for missed visits is no course by the weeks it names (brief s66-a, blind wave 69).

A discharge for missed visits dated only by the visits missed ("Pt d/c'd from PT after 3
consecutive no-shows (6/23, 6/26, 6/30)" on 7/14) spans three weeks of no care, and a later
visit's undated talk of that PT ('She says PT "didn't work around her kids' schedule"') is no
PT taken up again: two visits then a discharge are no completed course (JA/occ-02). PT dated again
after the discharge still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_EVAL = "PT Initial Eval 3/10/2026: L knee MCL sprain. POC 2x/wk x 6 wks."
_VISIT = "PT visit 2 3/13/2026: therex, quad sets."


def _occ(discharge: str, later: str) -> str:
    notes = [
        _note("n1", "2026-03-10", _EVAL),
        _note("n2", "2026-03-13", _VISIT),
        _note("n3", "2026-04-07", discharge),
        _note("n4", "2026-04-14", f"OCC MED f/u 4/14/2026\nL knee MCL sprain at work. {later}"),
    ]
    sprain = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S83.412A"}]},
        "onsetDateTime": "2026-02-18",
    }
    request = {"authoredOn": "2026-04-14", "occurrenceDateTime": "2026-04-27"}
    bundle = record("97545", sprain, *notes, reason="S83.412A", order=request)
    report = score_bundle(bundle, as_of=date(2026, 4, 20))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "discharge",
    [
        "PT DISCHARGE 4/7/2026: Pt d/c'd from PT after 3 consecutive no-shows (3/17, 3/20, 3/24).",
        "PT D/C 4/7/26 - discharged from PT, no-showed 3/17, 3/20 and 3/24. Goals not met.",
        "Discharge summary: pt d/c'd from PT per attendance policy; no shows 3/17, 3/20, 3/24.",
        "PT discharged pt from program 4/7 for non-attendance (missed 3/17, 3/20, 3/24).",
    ],
)
@pytest.mark.parametrize(
    "later",
    [
        'She says PT "didn\'t work around her schedule"; d/c\'d. Doing home exercises.',
        "PT was hard to get to with work. Ibuprofen PRN.",
        "Pt tells me PT was not helping much.",
    ],
)
def test_two_visits_then_a_missed_visit_discharge_are_no_course(discharge: str, later: str) -> None:
    assert _occ(discharge, later) != "met"


def test_pt_dated_again_after_the_discharge_counts() -> None:
    discharge = "PT DISCHARGE 4/7/2026: Pt d/c'd from PT after 3 no-shows (3/17, 3/20, 3/24)."
    later = "Resumed PT 4/8/26, 2x/wk, 6 visits completed through 4/14 - plateaued."
    assert _occ(discharge, later) == "met"
