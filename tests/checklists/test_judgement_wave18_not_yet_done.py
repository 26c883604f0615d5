"""An evaluation still waited for is none yet (blind wave 18).

A seating clinic's backlog is a wait for the specialty evaluation, not the evaluation (BI/whc-03:
"Telephone note 07/14/2026: seating clinic backlog; PT/ATP specialty seating evaluation now
scheduled 07/28/2026"), and what a visit to come is meant to check was not yet measured (BI/whc-02:
"OT home safety evaluation scheduled 06/03/2026 to check doorway widths/bathroom access"). An
evaluation seen in the seating clinic and doorways measured are still evidence.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Telephone note 07/14/2026: seating clinic backlog; evaluation now scheduled 07/28/2026.",
        "Seating clinic is backlogged, eval not before August.",
        "Wheelchair evaluation delayed by backlog at the seating clinic.",
    ],
)
def test_a_backlogged_evaluation_is_none_yet(text):
    assert not _asserted(text, "wheelchair-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen in seating clinic 07/10/2026 by PT: tilt needed for pressure relief.",
        "Seating and mobility evaluation completed by OT 6/2/2026.",
    ],
)
def test_an_evaluation_done_in_the_seating_clinic_is_one(text):
    assert _asserted(text, "wheelchair-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "OT home safety evaluation scheduled 06/03/2026 to check doorway widths/bathroom access.",
        "Home visit next week to measure doorways and hallway width.",
        "PT to verify door widths at home visit.",
    ],
)
def test_what_a_visit_to_come_will_check_is_not_yet_known(text):
    assert not _asserted(text, "home-accessible"), text


@pytest.mark.parametrize(
    "text",
    [
        "OT home visit 06/03: doorway widths 32-34 in, roll-in shower.",
        "Home: 1-level, 33-in doors, vinyl floors.",
        "Checked doorway widths at home visit: all 32 in or more.",
    ],
)
def test_a_home_measured_is_still_accessible(text):
    assert _asserted(text, "home-accessible"), text


def test_visits_had_after_a_waitlist_and_a_purpose_in_daily_life_are_still_found():
    findings = find_findings(
        [
            NoteInput(
                "D/1",
                "Pt calling - couldn't get into PT until 9/15 (waitlist), has had 3 visits so far.",
            ),
            NoteInput(
                "D/2",
                "Difficulty sitting > 30 min, trouble turning head to check blind spot "
                "when driving.",
            ),
        ]
    )
    flagged = {(f.note_ref, f.concept): f.hypothetical for f in findings}
    assert flagged[("D/1", "visit-count")] is False
    assert not any(hyp for (ref, _c), hyp in flagged.items() if ref == "D/2")
