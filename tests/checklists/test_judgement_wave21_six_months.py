"""Six months before the written order are calendar months (blind wave 21, BW/whc-02): a power
wheelchair ordered 2026-07-10 rested on a mobility exam of 2026-01-08, six months and two days
before it, which a fixed 183-day window took in. CMS's face-to-face rule ("within the six months
prior to the written order") ends on the same day of the month six months back: 1/10 here, 181
days; 184 days from 1/1 back to 7/1. The PA's phone note after it examines no one: a note
named a "Phone note", "Phone f/u", "Virtual visit" or "Called pt ..." is a remote contact.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.context import calendar_months_days
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import record


@pytest.mark.parametrize(
    ("anchor", "months", "back"),
    [
        (date(2026, 7, 10), 6, date(2026, 1, 10)),
        (date(2027, 1, 1), 6, date(2026, 7, 1)),
        (date(2026, 8, 31), 6, date(2026, 2, 28)),  # no 2/31: the month's last day
        (date(2024, 8, 31), 6, date(2024, 2, 29)),
        (date(2026, 3, 15), 1, date(2026, 2, 15)),
        (date(2026, 3, 15), 12, date(2025, 3, 15)),
    ],
)
def test_calendar_months_end_on_the_same_day_of_the_month(anchor, months, back):
    assert calendar_months_days(anchor, months) == (anchor - back).days


def _visit(day: str, kind: str = "AMB", text: str = "Mobility Evaluation - face to face") -> dict:
    return {
        "resourceType": "Encounter",
        "id": f"enc-{day}",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": kind},
        "type": [{"text": text}],
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        "period": {"start": day, "end": day},
    }


def _f2f(*visits: dict) -> str:
    order = {"authoredOn": "2026-07-10", "occurrenceDateTime": "2026-07-24"}
    bundle = record("K0823", *visits, reason="I69.354", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 13))
    return {i["id"]: i for i in report["items"]}["WHC-001"]["status"]


def test_an_exam_six_months_and_two_days_before_the_order_is_too_old():
    assert _f2f(_visit("2026-01-08")) != "met"
    # A phone call since is no face-to-face exam.
    assert _f2f(_visit("2026-01-08"), _visit("2026-07-09", "VR", "Telephone visit")) != "met"


@pytest.mark.parametrize("day", ["2026-01-10", "2026-03-02", "2026-07-09"])
def test_an_exam_within_six_calendar_months_counts(day):
    assert _f2f(_visit(day)) == "met"


def _exam(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.asserted for f in found if f.concept == "exam-section" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        # A contact named by its medium examines no one: exam words there are the patient's.
        "Phone note: spoke w/ pt re PWC paperwork.\nExam: L UE 1/5, L LE 2/5, R side 5/5.",
        "PHONE F/U 7/9/26\nExam: L UE 1/5, unchanged.",
        "Phone follow-up re chair.\nExam: L UE 1/5.",
        "Virtual visit\nExam: L UE 1/5.",
        "Called pt with results.\nExam: L UE 1/5.",
    ],
)
def test_a_phone_note_examines_no_one(text: str) -> None:
    assert not _exam(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Office visit 7/9/26. Pt phoned yesterday about the chair.\nExam: L UE 1/5, L LE 2/5.",
        "Clinic visit. Called patient's pharmacy re refill.\nExam: L UE 1/5, L LE 2/5.",
    ],
)
def test_a_visit_that_mentions_a_call_still_examines(text: str) -> None:
    assert _exam(text), text


def test_what_was_checked_names_the_calendar_months():
    """The coordinator reads the payer's "six months" in what was searched, with its days."""
    order = {"authoredOn": "2026-07-10", "occurrenceDateTime": "2026-07-24"}
    bundle = record("K0823", reason="I69.354", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 13))
    item = {i["id"]: i for i in report["items"]}["WHC-001"]
    assert "within 6 months before 2026-07-10 (181 days)" in str(item)
