"""A scheduling call or a voicemail written in a visit note does not make the visit a phone
contact (remote_contact.py): "Called PT to schedule." or "called pt, no answer, LVM" reached no
clinical talk an exam could be copied from, so the note's vitals or its hands-on exam, either one,
make it the in-person visit. A clinician's call with results and an exam line only stays remote,
and so does a scheduling call with neither vitals nor an exam."""

from __future__ import annotations

import pytest

from smartapp.notes.remote_contact import remote_contact

from .test_judgement import _note, record, status

_VITALS = "Vitals: BP 128/82, HR 74."
_EXAM = "Exam: lumbar paraspinal TTP, SLR neg bilat, strength 5/5 LE."
_VISIT = "S: LBP x 8 wks, worse with sitting.\n{body}\nA/P: lumbar strain, MRI L-spine."


@pytest.mark.parametrize(
    "call",
    [
        "Called PT to schedule.",
        "Called pt to schedule f/u, LVM.",
        "Called pt, no answer, LVM.",
        "Called patient to confirm appt.",
        "Called pt re: MRI auth - LVM to call back.",
        "called pt to reschedule PT eval",
        "Called PT - left voicemail.",
    ],
)
@pytest.mark.parametrize("body", [_VITALS, _EXAM])
def test_a_visit_note_with_a_scheduling_call_is_in_person(call: str, body: str) -> None:
    assert not remote_contact("Office visit", f"{call}\n{_VISIT.format(body=body)}"), call


@pytest.mark.parametrize(
    "title, text",
    [
        ("Note", "Called PT to schedule.\nS: LBP x 8 wks.\nA/P: lumbar strain."),
        ("Note", "Called pt, no answer, LVM.\nPlan: MRI L-spine."),
        ("Note", f"Called pt with MRI result.\n{_EXAM}"),
        ("Note", f"Called pt to review MRI; pain same.\n{_VITALS}"),
        ("Telephone encounter", f"Called pt to schedule.\n{_VITALS}\n{_EXAM}"),
    ],
)
def test_a_call_note_stays_remote(title: str, text: str) -> None:
    assert remote_contact(title, text), text


def test_the_exam_of_a_visit_with_a_scheduling_call_counts() -> None:
    text = (
        "Called PT to schedule.\nCC: low back pain f/u\nHPI: LBP since Nov, 3 mo, PT x 6 wks "
        f"without relief.\n{_EXAM}\nA/P: lumbar strain, order MRI L-spine."
    )
    first = _note("n0", "2025-12-10", "LBP x 3 wks. PT referral placed; start naproxen 500 bid.")
    bundle = record("72148", first, _note("n1", "2026-02-20", text), reason="M54.50")
    assert status(bundle, "LMRI-004")["status"] == "met"
