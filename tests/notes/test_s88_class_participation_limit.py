"""A child kept out of the class's talk for want of speech is a communication limit in daily
terms (brief s88-hh-slp, blind wave 102, NZ/slp-3: "Deficit: cannot participate in classroom Q&A or
tell mom about his day without device support" found none, its "tell" 33 characters past
"cannot"). Taking part in the class's questions, discussion or circle time is talk itself; taking
part in class or school at large counts when the statement names the speech, language or device
lacking. Near misses: a body's reason (PE, the wheelchair, seizures), a teacher's remark with no
inability ("quiet in class and rarely participates"), participation like typical peers, a denied
difficulty, a goal, and a limit told resolved (past_inability.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 8, 31))])
    return [f for f in found if f.concept == "communication-limitation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Deficit: cannot participate in classroom Q&A or tell mom about his day without device "
        "support.",
        "Unable to participate in circle time or show-and-tell without his AAC device.",
        "Limited participation in class discussions due to expressive language delay.",
        "Teacher reports she cannot participate in group activities because peers do not "
        "understand her.",
        "Struggles to participate at school since she has so few words.",
        "Cannot participate in classroom activities because of his speech.",
    ],
)
def test_participation_at_school_lost_to_speech_is_a_limit(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cannot participate in PE class due to spasticity.",
        "Unable to participate in recess games; uses wheelchair.",
        "Unable to participate in classroom activities due to seizures.",
        "Teacher says he is quiet in class and rarely participates.",
        "Participates in classroom Q&A like his typical peers.",
        "Teacher reports no difficulty participating in class discussions.",
        "Goal: will participate in classroom Q&A using SGD 80% of opportunities.",
        "Previously unable to participate in classroom Q&A, now participates fully.",
        "Was unable to participate in class discussions in kindergarten, resolved.",
        "Family hx: older brother had a stutter and could not participate in class discussions.",
        "Unable to participate in class on 3/2 due to illness.",
    ],
)
def test_a_body_s_reason_a_remark_a_goal_or_a_resolved_limit_is_none(text: str) -> None:
    assert not _limits(text)


def test_a_limit_told_resolved_beside_one_still_there_stays() -> None:
    text = "Was unable to participate in circle time, now participates, but still cannot answer."
    assert _limits(text)
