""" "PT" the subject of what only the one treated does is the patient, not physical therapy
(wave 41, EZ/occ-03: a therapist's "PT (pt) reports ... PT cancelled remaining appts" read as
two more mentions of therapy). Therapy's own frequencies, visit counts, passives and outcomes
stay therapy."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _therapy_mentions(text: str) -> int:
    found = find_findings([NoteInput("DocumentReference/t1", text, dt.date(2026, 3, 2))])
    return sum(1 for f in found if f.concept == "physical-therapy" and f.asserted)


@pytest.mark.parametrize(
    "text",
    [
        "PT (pt) says the knee still gives way on stairs.",
        "PT cancelled the rest of his appointments - prefers the gym.",
        "PT cancelled remaining visits; moving out of state.",
        "PT missed her last two sessions.",
        "PT tolerated bridging and side-stepping, no pain increase.",
        "PT tolerating the program, LEFS up 9 points.",
        "PT agrees to daily home exercise.",
        "PT was seen by neurosurgery in January.",
        "PT has been taking meloxicam since fall.",
        "PT ambulates 80 ft with SBA in the hallway.",
        "PT's husband states she falls at night.",
    ],
)
def test_pt_doing_what_a_patient_does_is_the_patient(text: str) -> None:
    assert _therapy_mentions(text) == 0


def test_the_patient_who_has_not_started_pt_leaves_only_the_therapy_denied() -> None:
    text = "PT did not start PT, no openings."
    found = find_findings([NoteInput("DocumentReference/t1", text, dt.date(2026, 3, 2))])
    mentions = [f for f in found if f.concept == "physical-therapy"]
    assert len(mentions) == 1 and not mentions[0].asserted


@pytest.mark.parametrize(
    "text",
    [
        "PT 2x/wk x 6 wks for the shoulder.",
        "PT tolerated well, completed 12 visits.",
        "PT tolerating well per therapy notes.",
        "PT x 8 visits, plateaued.",
        "Started PT 1/12, 10 visits so far.",
        "PT eval 2/2: R knee flexion 95 deg.",
    ],
)
def test_pt_next_to_therapy_words_stays_therapy(text: str) -> None:
    assert _therapy_mentions(text) >= 1


def test_pt_cancelled_on_a_date_is_therapy_not_had() -> None:
    # Therapy, not the patient; since s41-q a status closing it ("cancelled 3/5 for weather")
    # says that session was not had (status_after.py), so the mention is therapy, denied.
    text = "PT cancelled 3/5 for weather."
    found = find_findings([NoteInput("DocumentReference/t1", text, dt.date(2026, 3, 2))])
    mentions = [f for f in found if f.concept == "physical-therapy"]
    assert mentions and all(f.negated for f in mentions)
