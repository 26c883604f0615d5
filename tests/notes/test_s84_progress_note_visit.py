"""A clinician's terse progress note opening as its specialty's follow-up ("Neuro f/u.", "Pulm
f/u.") or with its assessment and plan ("A/P: #HFrEF ...") records the visit of its day, as a
note titled by its specialty alone does (blind wave 99, NQ/bed-01, NQ/bed-02, NQ/oxy-02); the
same words later in a note, a follow-up to come, or a telephone or nurse's note's A/P are no
visit (notes/specialty_titles.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.remote_contact import remote_contact


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 26))])
    return any(
        f.concept == "in-person-visit" and not (f.negated or f.planned or f.hypothetical)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "A/P: #HFrEF EF 25% - orthopnea, sleeps in recliner, needs HOB elevated >30 deg. Order"
        " semi-electric hosp bed w/ mattress, side rails. #CKD3 - labs. #Refills.",
        "Neuro f/u. MS - progressive, EDSS 7.5, spasms require positioning q2h. Plan: hosp bed.",
        "Pulm f/u. IPF. c/o DOE. SpO2 89% RA rest. Plan: home O2 2L w/ exertion. f/u 4 wks.",
        "Neurology f/u\nMS, EDSS 7.0.",
        "Pulm follow-up.\nCOPD, SpO2 87% RA.",
        "A&P: COPD - start O2 2L.",
        "Assessment and plan: CHF - hospital bed, HOB 30-45.",
    ],
)
def test_a_progress_note_opening_so_records_its_visit(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone note: pt called. A/P: COPD, refill O2.",
        "TC: wife called re bed. A/P: order bed.",
        "Portal msg from pt. A/P: will order bed.",
        "RN call. A/P: refill.",
        "Refill request. A/P: refill lisinopril.",
        "HPI: SOB.\nA/P: COPD, O2 2L.",  # a section of a note, not its opening
        "Plan: hosp bed.\nNeuro f/u.",  # a follow-up to come
        "Plan: O2. Pulm f/u.",
        "Neuro f/u in 3 mo.",
        "Pulm f/u - video. IPF.",
        "Neuro f/u by phone. MS.",
        "Referrals: Neuro f/u.",
    ],
)
def test_the_same_words_elsewhere_are_no_visit(text: str) -> None:
    assert not _visit_held(text)


@pytest.mark.parametrize(
    ("text", "remote"),
    [
        ("A/P: Telephone encounter. COPD - refill O2.", True),
        ("Pulm f/u. Video visit, pt at home. IPF.", True),
        ("Neuro f/u. Telehealth. MS.", True),
        ("A/P: #HFrEF EF 25% - orthopnea. Order bed. #CKD3 - labs. #Refills.", False),
        ("Pulm f/u. IPF. c/o DOE. SpO2 89% RA rest.", False),
    ],
)
def test_a_remote_note_so_opened_is_still_remote(text: str, remote: bool) -> None:
    """A criterion with ``in_person`` drops the visit of a note whose opening names a call or a
    video visit (checklists/remote_notes.py): these openings do not hide it."""
    assert remote_contact("Progress note", text) is remote


@pytest.mark.parametrize(
    "text",
    [
        "Pulmonary f/u. Dyspnea on exertion, weak; ordering as below."
        " To be seen in person next wk.",
        "A/P: COPD, start O2. Will be seen in person in 2 wks.",
        "Neurology.\nMS, spasms. In-person visit next week for exam.",
    ],
)
def test_a_note_that_puts_its_in_person_visit_ahead_held_none(text: str) -> None:
    """Probe s62-j: the note's contact was at a distance; its opening is no visit held."""
    assert not _visit_held(text)
