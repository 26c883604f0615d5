"""A call a visit note tells of that was no contact with the patient (remote_contact.py): a
negated call ("never called PT"), the patient's own call to the therapy ("she called PT to set
up"), or any call sentence in a note that writes a hands-on exam, leaves the office visit's exam
standing (blind wave 57, HH/lumbar-mri-02). A note named remote by its medium, or a clinician's
call to the patient with no exam of its own, stays remote."""

from __future__ import annotations

import pytest

from smartapp.notes.remote_contact import remote_contact

from .test_judgement import _note, record, status

_EXAM = "Exam: TTP R SI joint, SLR neg bilat, strength 5/5 LE, DTRs 2+ symm."


@pytest.mark.parametrize(
    "told",
    [
        "Pt states never called PT (cost).",
        "Patient has not called PT yet.",
        "She hasn't called the PT office.",
        "Pt called PT but they never called back.",
        "Pt reports she finally called PT last week, starts Mon.",
        "patient calling physical therapy to set up eval.",
        "He called the PT office, waitlisted.",
        "pt never called pt back re: scheduling.",
        "Pt says that she called PT dept to schedule.",
        "no one has called the patient from PT.",
    ],
)
def test_a_call_that_was_no_contact_is_no_remote_note(told: str) -> None:
    text = f"CC: LBP f/u\nHPI: LBP x 10 wks. {told}\nROS neg."
    assert not remote_contact("Progress note", text), told


@pytest.mark.parametrize(
    "told",
    [
        "Called pt to review MRI.",
        "Called PT with MRI results and discussed.",
        "Pt called c/o worse back pain.",
        "Patient called requesting refill of meloxicam.",
        "RN called patient to f/u on symptoms.",
    ],
)
def test_a_call_with_the_patient_and_no_exam_stays_remote(told: str) -> None:
    assert remote_contact("Note", f"{told} Pain 6/10, no new weakness."), told


def test_a_call_sentence_in_a_note_with_a_hands_on_exam_is_in_person() -> None:
    text = f"CC: back pain\nPt called pt yesterday, no answer.\nBP 128/82 HR 70\n{_EXAM}"
    assert not remote_contact("Office visit", text)
    visit = f"Called pt in from waiting room.\nVitals: BP 118/76, P 64\n{_EXAM}"
    assert not remote_contact("Office visit", visit)
    # An exam line with no vitals of the day may be copied into the call's note.
    assert remote_contact("Note", f"Called pt with MRI result.\n{_EXAM}")


@pytest.mark.parametrize(
    "title, text",
    [
        ("Telephone encounter", f"Spoke w/ pt re MRI.\n{_EXAM}"),
        ("Video visit", f"Pt states never called PT.\n{_EXAM}"),
        ("Progress note", f"Phone f/u: pain same.\n{_EXAM}"),
        ("Progress note", "Called pt with results; states SLR doctor did was painful."),
    ],
)
def test_a_note_named_remote_by_its_medium_stays_remote(title: str, text: str) -> None:
    assert remote_contact(title, text), text


def test_the_visit_exam_of_a_note_telling_of_a_call_never_made_counts() -> None:
    text = (
        "CC: low back pain f/u\nHPI: LBP since Nov, 3 mo. Pt never called PT, says too busy.\n"
        f"{_EXAM}\nA/P: lumbar strain, order MRI L-spine."
    )
    first = _note("n0", "2025-12-10", "LBP x 3 wks. PT referral placed; start naproxen 500 bid.")
    bundle = record("72148", first, _note("n1", "2026-02-20", text), reason="M54.50")
    assert status(bundle, "LMRI-004")["status"] == "met"
