"""A therapy referral's weeks are to come; therapy on hold runs no further (brief s69-g).

Blind wave 74, JW/workrehab-02 (OCC-002, a gap called met): an injury visit's "Refer PT 2-3x/wk
x 6 wks." was read as six weeks of PT ending that day, and a later "PT on hold since May
(childcare)" as PT running from May to the note, though the patient attended two visits after
the evaluation and then cancelled and no-showed. A referral, an order or a prescription of
therapy with its frequency and weeks is the course asked for; therapy on hold, paused or no
longer attended since a time is care stopped then, not care running on to the note. A course
said done ("PT 2x/wk x 6 wks completed 5/1", "s/p 6 wks PT") still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_INJURY = (
    "Occ health: 47F CNA, DOI 4/3/26 transferring a resident, R shoulder strain. Off work x1 wk "
    "then light duty. Claim #2026-CN-4471. "
)
_FOLLOW_UP = (
    "Occ health f/u. Still light duty. R shoulder flex 150, abd 140. Can't lift >15 lb "
    "overhead; job requires 50 lb transfers. "
)


def _occ(first: str, later: str) -> str:
    """OCC-002's status for an injury visit (4/6) and a follow-up (6/22) before a 6/29 request."""
    strain = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S46.011D"}]},
        "onsetDateTime": "2026-04-03",
    }
    notes = [
        _note("n1", "2026-04-06", _INJURY + first),
        _note("n2", "2026-06-22", _FOLLOW_UP + later + " Plan: work conditioning."),
    ]
    request = {"authoredOn": "2026-06-29", "occurrenceDateTime": "2026-07-06"}
    bundle = record("97545", strain, *notes, reason="S46.011D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 6, 29))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


@pytest.mark.parametrize(
    "referral",
    [
        "Refer PT 2-3x/wk x 6 wks.",
        "Referred to PT 2-3x/wk x 6 wks.",
        "PT referral x 6 wks.",
        "Rx: PT 3x/wk x 4 wks.",
        "Order PT x 6 wks.",
        "Will start PT x 6 wk.",
        "Plan: refer to physical therapy 3x/week for 6 weeks.",
        "A/P: strain. Ice, NSAID. Ref to PT 2x/wk x 6wks.",
        "Referal to PT 2-3 x wk x 6 weeks.",
        "Ordered OT 3x/wk x 4 wks for R shoulder.",
        "PT referral placed: 2x/week x 6 weeks.",
    ],
)
def test_a_referral_s_weeks_are_no_course_had(referral: str) -> None:
    assert _occ(referral, "") != "met"


@pytest.mark.parametrize(
    "hold",
    [
        "PT on hold since May (childcare).",
        "PT paused since mid-May - transportation.",
        "Therapy on hold since 5/10 per pt request.",
        "PT held since early May, auth lapsed.",
        "PT - paused since 5/4/26 d/t childcare.",
        "Hasn't been to PT since May.",
        "Pt stopped attending PT in May.",
        "PT on hold x 6 wks (childcare).",
    ],
)
def test_therapy_on_hold_runs_no_further(hold: str) -> None:
    assert _occ("Refer PT.", hold) != "met"


@pytest.mark.parametrize(
    "attendance",
    [
        "PT: eval 4/15, attended 4/17 and 4/22, then cancelled 3 / no-show 2; PT on hold since "
        "May (childcare).",
        "PT eval 4/15, attended 4/17, 4/22, then cancelled x3 and no-showed x2. On hold.",
        "PT: eval 4/15 + 2 visits (4/17, 4/22), then 3 cancellations, 2 no-shows; PT paused "
        "since May.",
        "Went to PT eval 4/15 and visits 4/17 and 4/22; cancelled 3, no-show 2. Not going now.",
        # The visits listed by their days are the sessions held, weeks apart or not.
        "PT: eval 4/15, attended 4/17 and 5/12, then cancelled 3 / no-show 2.",
        "PT eval 4/15, went 4/17 and 5/12, then cxl x3 and no-showed x2.",
        "PT: eval 4/15, attended 4/17, 5/12, missed the rest.",
        "PT: eval 4/15, attended 4/17 and 5/12, then stopped going.",
        "PT - seen 4/15 (eval), 4/17 & 5/12, then 3 cancellations and 2 no shows.",
    ],
)
def test_two_visits_then_cancellations_are_no_course(attendance: str) -> None:
    assert _occ("Refer PT 2-3x/wk x 6 wks.", attendance) != "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("Refer PT 2-3x/wk x 6 wks.", "PT 2x/wk x 6 wks completed 5/1, plateaued."),
        ("Refer PT.", "s/p 6 wks PT, plateaued."),
        ("Refer PT.", "Did PT x 6 wks in spring, plateaued."),
        ("Referred to PT 2x/wk x 6 wks in March, no improvement.", ""),
        ("Refer PT 2-3x/wk x 6 wks.", "PT 4/10-5/22, 12 visits, discharged at plateau."),
        ("Refer PT.", "In PT since mid-April 2x/wk, plateaued; d/c'd 6/1."),
        ("Refer PT.", "PT attended 4/10-5/22, 1 cancellation, discharged at plateau."),
        ("Refer PT.", "PT: eval 4/10, attended 4/13, 4/17, 4/20, 4/24, 5/1, 5/8, 5/15; 1 no-show."),
    ],
)
def test_a_course_had_still_counts(first: str, later: str) -> None:
    assert _occ(first, later) == "met"
