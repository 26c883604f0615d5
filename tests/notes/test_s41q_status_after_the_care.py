"""Care, a test or a visit named first and its status after it was not had (s41-i's finding: "R
knee injection CANCELLED" read as an injection given; ConText reads "cancelled" and a bare
"declined" forward only). The status reaches back only over the care's own words: a comma or a
new statement stops it, a status with an object is someone's doing, and a symptom or an exam
finding is never an event ("gait has declined")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 6, 9)


def _found(text: str, concept: str) -> list[tuple[str, bool, bool]]:
    found = find_findings([NoteInput("DocumentReference/q1", text, _DAY)])
    return [(f.text, f.asserted, f.negated) for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Procedure log: L knee injection CANCELLED - INR 3.1.", "corticosteroid-injection"),
        ("Cortisone shot 7/14 was canceled by the patient.", "corticosteroid-injection"),
        ("Spine options reviewed. ESI declined.", "epidural-injection"),
        ("Lumbar MRI 6/1 was cancelled by pt, no ride.", "mri"),
        ("Home sleep study postponed until after her move.", "sleep-study"),
        ("Physical therapy referral -> pt never scheduled.", "physical-therapy"),
        ("Clinic visit 5/20 - no show.", "in-person-visit"),
        ("Office visit cancelled d/t weather.", "in-person-visit"),
    ],
)
def test_a_status_closing_the_care_denies_it(text: str, concept: str) -> None:
    found = _found(text, concept)
    assert found and not any(asserted for _, asserted, _ in found), (text, found)


def test_a_visit_moved_to_a_later_date_is_still_to_come() -> None:
    found = _found("Office visit rescheduled to 7/30 per pt request.", "in-person-visit")
    assert found and not any(asserted for _, asserted, _ in found), found
    assert not any(negated for *_, negated in found), found


def test_a_status_after_a_comma_or_a_new_statement_is_the_next_items() -> None:
    assert any(a for _, a, _ in _found("Lumbar MRI done 6/2; PT cancelled.", "mri"))
    assert any(a for _, a, _ in _found("Lumbar MRI done 6/2, PT cancelled.", "mri"))
    denied = _found("Lumbar MRI done 6/2; PT cancelled.", "physical-therapy")
    assert denied and not any(a for _, a, _ in denied), denied


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The therapist cancelled the visits still to come: the therapy was had.
        (
            "PT visit 4 today, tolerated well. PT cancelled remaining appts - pt moving.",
            "physical-therapy",
        ),
        # A function that declined is a limitation, not care turned down.
        ("Gait has declined since spring.", "gait"),
        # A count of visits, two of them cancelled: the others were attended.
        ("Course 2/1-3/15, 10 visits attended (2 cancelled for weather).", "physical-therapy"),
    ],
)
def test_a_status_of_other_things_keeps_the_finding(text: str, concept: str) -> None:
    found = _found(text, concept)
    assert any(asserted for _, asserted, _ in found), (text, found)


def test_a_cancelled_booking_booked_again_is_to_come_not_gone() -> None:
    found = _found(
        "Medial branch block 8/3 - cancelled (fever), rescheduled 8/24.", "epidural-injection"
    )
    assert found and not any(negated for *_, negated in found), found
