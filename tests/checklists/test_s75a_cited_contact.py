"""A contact an office note cites as the source of what it tells ("Started scheduled ibuprofen
10 days ago per phone note") is another note's, not this note's medium: the visit's own exam
stands (blind wave 85, LO/lmri-02: "Exam: +SLR R 50deg, R patellar 2+, achilles 1+ R ..." set
aside as a caller's report). A note named remote by its title or its own opening, or one citing
today's call, stays remote; the exam's own near misses (a negative or planned test, another
side, a relative's) keep their reading."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.remote_contact import remote_contact

from .test_judgement import _note, record, status

_EXAM = "Exam: +SLR R 50deg, R patellar 2+, achilles 1+ R, 2+ L, EHL 5/5, sens dec R lat calf."


@pytest.mark.parametrize(
    "told",
    [
        "Started scheduled ibuprofen 10 days ago per phone note, helps a little.",
        "Naproxen stopped per telephone encounter 10/17 (GI upset).",
        "See phone note 10/20 re: meds.",
        "As discussed on the prior phone call, pain worse at night.",
        "Refill sent after her last video visit.",
        "Results reviewed in yesterday's portal message.",
        "Per the previous telephone encounter, PT deferred for cost.",
    ],
)
def test_a_contact_cited_as_a_source_is_no_remote_note(told: str) -> None:
    text = f"HPI: f/u LBP x 11 wks. {told}\n{_EXAM}"
    assert not remote_contact("Progress note", text), told


@pytest.mark.parametrize(
    "title, text",
    [
        ("Telephone encounter", f"Per prior phone note, ibuprofen helps.\n{_EXAM}"),
        ("Progress note", f"Phone f/u: pain same.\n{_EXAM}"),
        ("Progress note", f"Per phone call today, pt reports worse pain.\n{_EXAM}"),
        ("Video visit", f"See last phone note.\n{_EXAM}"),
        ("Note", "Telephone encounter. Pt reports SLR at PT was painful."),
    ],
)
def test_a_note_remote_by_its_own_medium_stays_remote(title: str, text: str) -> None:
    assert remote_contact(title, text), text


def _slr(exam: str) -> list:
    text = f"HPI: started ibuprofen 10 days ago per phone note.\n{exam}"
    found = find_findings([NoteInput("n", text, dt.date(2026, 10, 27), "Office visit")])
    return [f for f in found if f.concept == "straight-leg-raise"]


def test_the_office_exam_beside_a_cited_phone_note_is_asserted() -> None:
    (slr,) = _slr("Exam: +SLR R 50deg, R patellar 2+.")
    assert slr.asserted and not slr.hypothetical


@pytest.mark.parametrize(
    "exam",
    [
        "Plan: SLR at next visit.",
        "FHx: mother had +SLR and lumbar fusion.",
    ],
)
def test_near_misses_of_the_exam_stay_unasserted(exam: str) -> None:
    assert not any(f.asserted for f in _slr(exam)), exam


def test_a_denied_slr_stays_denied() -> None:
    assert all(f.negated for f in _slr("Exam: no +SLR."))


def test_the_follow_up_exam_counts_for_the_lumbar_mri() -> None:
    first = _note("n0", "2026-09-02", "A/P: LBP w/ R buttock pain. Start ibuprofen 800 tid. HEP.")
    text = (
        "HPI: f/u LBP, now ~11 wks, radiating R leg to calf. Started scheduled ibuprofen 10 days "
        f'ago per phone note, "helps a little".\n{_EXAM}\nA/P: R L5/S1 radic. MRI L-spine w/wo.'
    )
    bundle = record("72148", first, _note("n1", "2026-10-27", text), reason="M54.16")
    assert status(bundle, "LMRI-004", as_of=dt.date(2026, 10, 29))["status"] == "met"
