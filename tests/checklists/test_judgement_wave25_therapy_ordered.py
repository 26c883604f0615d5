"""Therapy written as its order is therapy to come, not weeks done (blind wave 25).

CK/occ-03, work hardening after a knee injury: the initial visit two days after the injury
wrote "MRI ordered. PT 2-3x/wk x 6 wks." with no plan heading, and its six weeks were counted
back from that visit as therapy done; with the letter of medical necessity's undated
"completed a course of physical therapy" it made a 130-day course of a patient the therapist
discharged after an evaluation and one visit ('PT record: 2 visits then discharged for
no-shows'). Frequency then weeks right after the therapy's name, with no date and no word that
it ran, is the order.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.planned_therapy import ordered_frequency
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


class _F:
    def __init__(self, snippet: str, text: str = "PT", concept: str = "physical-therapy") -> None:
        self.snippet, self.text, self.concept, self.dates = snippet, text, concept, ()
        self.note_ref = "DocumentReference/n1"


@pytest.mark.parametrize(
    ("snippet", "ordered"),
    [
        ("PT 2-3x/wk x 6 wks.", True),
        ("PT 2x/week for 6 weeks, HEP.", True),
        ("A/P: PT (3x/wk x 4 wks).", True),
        ("PT 2 times a week x 8 weeks.", True),
        ("Did PT 2x/wk x 6 wks.", False),
        ("PT 2x/wk x 6 wks without relief.", False),
        ("PT 2x/wk x 6 wks - d/c'd plateaued.", False),
        ("PT 2x/wk x 6 wks (12 visits), no better.", False),
        ("Prior treatment: PT 2x/wk x 6 wks.", False),
        ("PT x 6 wks.", False),
    ],
)
def test_therapy_as_ordered(snippet: str, ordered: bool) -> None:
    assert ordered_frequency(_F(snippet)) is ordered


def test_a_completed_procedures_note_is_no_order() -> None:
    # A coded PT Procedure's note "PT 2x/wk x 8 wks" tells the therapy it records.
    finding = _F("PT 2x/wk x 8 wks")
    finding.note_ref = "Procedure/pt1#note0"
    assert not ordered_frequency(finding)


def test_a_dated_course_is_no_order() -> None:
    finding = _F("PT 2x/wk x 6 wks Sept-Oct 2025.")
    finding.dates = (date(2025, 9, 1), date(2025, 10, 1))
    assert not ordered_frequency(finding)


def _work_rehab(first: str, therapy: str) -> str:
    initial = _note(
        "n1",
        "2026-08-06",
        "Initial: DOI 8/4/26, warehouse loader, fell from a dock, L shoulder strain. Job: lifts "
        f"60-lb boxes overhead. Off work. Claim #WC-2026-1182. XR ordered. {first}",
    )
    pt = _note("n2", "2026-10-05", therapy)
    fce = _note(
        "n3",
        "2026-10-20",
        "FCE 10/20/26: lift floor-shoulder 20 lb, overhead reach limited. Below job demands "
        "(60 lb overhead).",
    )
    order = {"authoredOn": "2026-11-02", "occurrenceDateTime": "2026-11-09"}
    bundle = record("97545", initial, pt, fce, reason="S46.012A", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 4))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


_LEFT = "PT discharge: eval 8/18, visit 2 8/21. Missed 3 visits. Discharged per PT policy."


def test_an_order_and_two_visits_are_no_completed_course() -> None:
    assert _work_rehab("PT 2-3x/wk x 6 wks.", _LEFT) != "met"


def test_therapy_done_before_the_visit_still_counts() -> None:
    # The near miss: the same words said done are weeks of therapy.
    done = "PT discharge: 12 visits 8/18-10/2, goals partly met, plateaued."
    assert _work_rehab("PT 2-3x/wk x 6 wks.", done) == "met"
