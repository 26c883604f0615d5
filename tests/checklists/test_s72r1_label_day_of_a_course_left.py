"""A therapy summary's own heading date is no day of a course the patient left (brief s72-r1).

Blind wave 82, LD/occupational-work-rehab-02 (OCC-002, a gap called met): "PT attendance summary
(G. Farraday PT) 04/06/2026: Eval 2/16. Attended 2/18, 2/23. ... No-show 3/4, 3/9, 3/16.
Discharged from PT for non-attendance 3/20." read the summary's heading date and the evaluation
as PT from 2/16 to 4/06, a 49-day stretch that passed as a course. The heading dates the summary,
not the care: a course left (discharged for non-attendance, no-shows, self-discharged after two
visits) ends at its last visit, and an evaluation and a visit or two are no completed course. A
course the summary says was done ("goals met after 12 visits", "completed 6 wks, 2 no-shows")
still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_INJURY = (
    "Occ health: 47F CNA, DOI 4/3/26 transferring a resident, R shoulder strain. Off work x1 wk "
    "then light duty. Refer PT 2-3x/wk x 6 wks."
)
_FOLLOW_UP = (
    "Occ health f/u. Still light duty. R shoulder abd 120. Can't do resident transfers. "
    'PT "tried it for a bit, didn\'t help" per pt. Plan: work conditioning 97545.'
)


def _occ(summary: str) -> str:
    """OCC-002's status with a PT summary (6/15) between the injury visit and a 6/22 follow-up."""
    strain = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S46.011D"}]},
        "onsetDateTime": "2026-04-03",
    }
    notes = [
        _note("n1", "2026-04-06", _INJURY),
        _note("n2", "2026-06-15", summary),
        _note("n3", "2026-06-22", _FOLLOW_UP),
    ]
    request = {"authoredOn": "2026-06-29", "occurrenceDateTime": "2026-07-06"}
    bundle = record("97545", strain, *notes, reason="S46.011D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 6, 29))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "summary",
    [
        "PT attendance summary (G. Farraday PT) 06/15/2026: Eval 4/13. Attended 4/15, 4/20. "
        "Cancelled 4/22. No-show 4/27, 5/4, 5/11. Discharged from PT for non-attendance 5/18.",
        "PT Discharge Summary 06/15/2026: IE 4/13; seen 4/15 then no-showed x3. D/c'd per "
        "attendance policy 5/11.",
        "Physical therapy (J. Lee, DPT) 6/15/26 - Evaluated 4/13. Pt self-discharged after 2 "
        "visits.",
        "PT d/c note 06/15/2026: initial eval 4/13, attended 2 sessions, then stopped coming. "
        "Discharged for non-attendance.",
        "OT 6/15/2026: eval 4/13. 1 f/u visit 4/16, then no-showed x3 and was discharged from OT "
        "per no-show policy.",
        "PT note - 6/15/26: Eval done 4/13. D/c from PT after pt cancelled/no-showed remaining "
        "appts.",
        "PHYSICAL THERAPY DISCHARGE 06/15/2026: eval 04/13/2026. Attended 4/15 & 4/20; no shows "
        "x3; discharged d/t non-attendance.",
        "Rehab (Farraday PT) 6/15: Eval 4/13. Pt didnt return to PT after 2nd visit "
        "(transportation), dischraged.",
        "PT summary 06/15/2026: eval 4/13 + 1 visit, then no-shows; d/c'd for nonattendance.",
    ],
)
def test_a_course_left_is_not_spanned_to_its_summary_s_date(summary: str) -> None:
    assert _occ(summary) != "met", summary


@pytest.mark.parametrize(
    "summary",
    [
        "PT discharge summary 06/15/2026: Eval 4/13. Discharged, goals met after 12 visits.",
        "PT summary 06/15/2026: eval 4/13, completed 6 wks, 2 no-shows. D/c to HEP.",
        "PT progress note 06/15/2026: eval 4/13, seen 2x/wk since, 14 visits attended.",
    ],
)
def test_a_course_done_still_counts(summary: str) -> None:
    assert _occ(summary) == "met", summary
