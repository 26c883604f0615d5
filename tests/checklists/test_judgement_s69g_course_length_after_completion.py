"""A course said done with its length after it is a stated course (brief s69-g).

Blind wave 74, JU/occupational-work-rehab-03 (OCC-002, a false alarm): "Occ Med 2026-03-30:
Hand OT done 3/27 (9 wks)." was read as hand therapy from 3/27 to the note's day, three days,
because the visit's own date in the statement's label stood as a second date of the care; with
"Start OT/hand therapy 3x/wk" on 1/23 it made "care on 2 day(s)", no course. The day the course
was done is its last, and the weeks written after it are the course's length.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _occ(done: str) -> str:
    """OCC-002's status for a cast-off visit (1/23) and a visit after therapy (3/30)."""
    fracture = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S62.111D"}]},
        "onsetDateTime": "2025-12-11",
    }
    notes = [
        _note("n0", "2025-12-12", "Occ Med 2025-12-12: Fell from ladder at work 12/11/25 "
              "(roofer), FOOSH R wrist. Triquetral fx. Splint. Off work."),
        _note("n1", "2026-01-23", "Occ Med 2026-01-23: Out of cast. Start OT/hand therapy 3x/wk."),
        _note("n2", "2026-03-30", done + " Grip R 48 lb vs L 102. Can't carry 60-lb bundles up "
              "a ladder (job req). Off work. XR healed."),
    ]
    request = {"authoredOn": "2026-04-07", "occurrenceDateTime": "2026-04-13"}
    bundle = record("97545", fracture, *notes, reason="S62.111D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 4, 9))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "done",
    [
        "Occ Med 2026-03-30: Hand OT done 3/27 (9 wks).",
        "Occ Med 3/30/26: OT completed 3/27 (9 weeks).",
        "F/U 03/30/2026: hand therapy finished 3/27 (x9 wks).",
        "Hand OT done 3/27 (9 wks).",
        "Hand OT completed (27 visits).",
        "D/c'd from hand therapy after 9 wks.",
        "Occ Med 2026-03-30: finished hand therapy 3/27 - 9 weeks.",
        "OT: completed 3/27, 9 wks total.",
    ],
)
def test_a_course_done_with_its_length_counts(done: str) -> None:
    assert _occ(done) == "met"


@pytest.mark.parametrize(
    "not_done",
    [
        "Occ Med 2026-03-30: Hand OT done 3/27 (eval only).",
        "Occ Med 2026-03-30: Hand OT eval done 3/27; plan 3x/wk x 9 wks.",
        "Occ Med 2026-03-30: Hand OT never started (9 wks of cast instead).",
        "Occ Med 2026-03-30: PT for L knee done 3/27 (9 wks).",
    ],
)
def test_no_course_of_this_care(not_done: str) -> None:
    assert _occ(not_done) != "met"
