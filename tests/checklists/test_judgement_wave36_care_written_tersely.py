"""Conservative care written tersely, found by blind wave 36 (EC/imaging-other-01,
EE/hyaluronan-03, EF/kas-03, EC/wheelchair-02).

- Weeks written straight before the therapy ("pain persisting after 7 wks PT (13 visits) +
  NSAIDs", "Completed 12 wks PT in 2024") are the therapy's weeks, as "7 weeks of PT" is; they
  were read as no duration at all, or as the symptom's.
- A month alone in brackets after the care ("PT x 4 wks (Oct)") dates it as "in October" does;
  a list of care in a past-history line with that date is recent care, not undated history.
- "w/" is "with" ("w/o" is "without"): "Falls w/ walker" says the walker does not resolve the
  limitation.
- The duration now read put back a false "met" (AP/hip-04): "Completed 12 wks PT" corrected by
  an addendum under the same "Assessment and Plan" heading ("Correction to above HPI - attended
  a PT evaluation only on 4/2/2026"). A dated correction replaces what it corrects whatever
  section it stands in (addenda.py), not only when it reads as care done.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.durations import find_durations
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.written_dates import find_dates

from .test_judgement import ICD10, _note, record, status


def _condition(code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hip pain unchanged after 6 wks PT and meloxicam.", 42),
        ("Finished 10 weeks physical therapy last year.", 70),
        ("s/p 8 wks formal PT, no better.", 56),
    ],
)
def test_weeks_before_the_therapy_are_a_duration(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, date(2026, 5, 1))] == [days]


@pytest.mark.parametrize("text", ["RTC in 6 wks PT to call with update.", "f/u 4 wks PT eval"])
def test_an_interval_to_come_is_not(text: str) -> None:
    assert find_durations(text, date(2026, 5, 1)) == []


def _shoulder_mri(text: str) -> str:
    order = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-12"}
    note = _note("n1", "2026-05-04", text)
    bundle = record("73221", _condition("M75.102"), note, reason="M75.102", order=order)
    return status(bundle, "AIM-003", as_of=date(2026, 5, 5))["status"]


def test_weeks_before_the_therapy_are_not_the_symptoms() -> None:
    text = (
        "A/P: L shoulder pain ongoing after 8 wks PT (15 visits) + naproxen. Weak ER 4-/5.\n"
        "Plan: MRI L shoulder to r/o cuff tear."
    )
    assert _shoulder_mri(text) == "met"
    # Two weeks of it are still too few.
    assert _shoulder_mri(text.replace("8 wks PT (15", "2 wks PT (4")) != "met"


def _knee_scope(text: str) -> str:
    order = {"authoredOn": "2026-03-02", "occurrenceDateTime": "2026-03-20"}
    bundle = record("29881", _note("n1", "2026-03-02", text), reason="S83.242A", order=order)
    return status(bundle, "KAS-003", as_of=date(2026, 3, 3))["status"]


def test_a_bracketed_month_dates_care_in_a_history_line() -> None:
    text = (
        "S: L knee pain since Aug 2025 after a twisting fall. PSH: appendectomy 2009 - no issues. "
        "Did PT x 3 wks (Sept), ibuprofen 600 TID x 6 wks, L knee cortisone inj 12/2025 w/ "
        "brief relief. Still catching.\nO: L knee effusion, +McMurray medial.\n"
        "P: L knee arthroscopic partial medial meniscectomy."
    )
    assert _knee_scope(text) == "met"


def test_a_bracketed_month_reads_as_in_that_month() -> None:
    (found,) = find_dates("Did PT x 3 wks (Sept), then stopped", date(2026, 3, 2))
    assert found.when == date(2025, 9, 1)
    assert find_dates("Meds reviewed (may) be changed later", date(2026, 3, 2)) == []


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 4, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize("text", ["Fell twice w/ her rollator.", "Unsteady even w/ quad cane."])
def test_falls_written_with_w_slash_are_insufficiency(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize("text", ["No falls w/ walker since spring.", "Unsteady w/o a cane."])
def test_no_falls_w_walker_is_not(text: str) -> None:
    assert not _walker_fails(text)


def _hip(text: str) -> str:
    order = {"authoredOn": "2026-06-01", "occurrenceDateTime": "2026-06-20"}
    note = _note("n1", "2026-05-20", text)
    bundle = record("27130", _condition("M16.12"), note, reason="M16.12", order=order)
    return status(bundle, "THA-002", as_of=date(2026, 6, 2))["status"]


_HIP_NOTE = (
    "Assessment and Plan (05/20/2026):\n"
    "60F with L hip pain since fall 2025. Did PT x 14 wks without relief, limping, can't do "
    "stairs.\nExam: L hip IR 5 deg, painful.\nPlan: L THA.\n\n"
)


def test_a_correction_under_the_plan_heading_replaces_the_care_it_corrects() -> None:
    # Read once (a reviewer's "is the care there at all?" before the addendum is added) ...
    assert _hip(_HIP_NOTE) == "met"
    # ... and the addendum's correction, under the same heading, says it was one visit.
    addendum = (
        "ADDENDUM 05/28/2026: Correction to HPI above - she attended one PT visit on 1/12/2026 "
        "and did not go back; she has not done 14 weeks of PT."
    )
    assert _hip(_HIP_NOTE + addendum) != "met"
