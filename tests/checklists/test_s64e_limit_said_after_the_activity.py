"""A knee's limit written after the activity it stops ("kneels not at all", "kneeling
impossible", "stairs - unable w/o rail") is the limit as much as "unable to kneel" (blind wave
64, IJ/hyaluronan-knee-02: "Pain with stairs, kneels not at all, can stand ~15 min at work." read
as no functional impairment, HYA-005 missing). Its own "not" denies nothing after it: the
standing tolerance listed next is the patient's too.

Not an activity said to give no trouble ("no trouble with stairs", "kneeling not at all
painful"), a limit that cannot be assessed, nor a relative's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status


def _limits(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 7, 13))])
    return [f.text for f in found if f.category == "functional-deficits" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Kneels not at all.",
        "R knee: kneeling impossible.",
        "Kneeling: impossible d/t R knee.",
        "stairs - unable w/o rail",
        "Squatting not possible since fall.",
        "Kneeling is out of the question now.",
        "Stairs: can't, takes the elevator at work.",
    ],
)
def test_the_limit_written_after_the_activity_is_a_limit(text: str) -> None:
    assert _limits(text)


def test_the_standing_time_after_it_is_not_denied_by_its_not() -> None:
    limits = _limits("Pain with stairs, kneels not at all, can stand ~15 min at work.")
    assert any("kneels" in t.lower() for t in limits)
    assert any("stand" in t.lower() for t in limits)


@pytest.mark.parametrize(
    "text",
    [
        "No trouble with stairs.",
        "Kneeling not at all painful since the injection.",
        "Kneeling - unable to assess d/t pain.",
        "Stairs: not a problem.",
        "Denies difficulty with stairs, kneeling or standing.",
        "Sister can't kneel either (both knees replaced).",
    ],
)
def test_no_trouble_an_untested_activity_or_a_relative_s_is_not(text: str) -> None:
    assert not _limits(text)


def test_the_hyaluronan_request_reads_the_kneeling_and_the_standing() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "Sports med f/u R knee OA. PT 10 visits, HEP. Pain with stairs, kneels not at all, can "
        "stand ~15 min at work.\nPlan: Hyalgan R knee weekly x5.",
    )
    bundle = record("J7321", note, reason="M17.11")
    assert status(bundle, "HYA-005")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "L knee: kneeling impossible (TKA 2019).",
        "Husband: kneels not at all after his own knee surgery.",
    ],
)
def test_the_other_knee_s_or_a_relative_s_limit_does_not_meet_it(text: str) -> None:
    note = _note("n1", "2026-02-20", f"Sports med f/u R knee OA. {text}\nPlan: Hyalgan R knee x5.")
    bundle = record("J7321", note, reason="M17.11")
    assert status(bundle, "HYA-005")["status"] == "missing"
