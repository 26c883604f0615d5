"""Courses of care told by a season or month with its year and a length of their own (brief
s73-f, blind wave 84 LK/sps-02): "Nonop: PT x 2 courses (spring 2025, 12 wks; winter 2026, 8
wks), chiro, NSAIDs, medial branch blocks x2, RFA 11/2025" before a June 2026 fusion request.

The winter's course was cut off at the semicolon and its length unread, so the PT ran spring
2025 alone (before the window) and the chiro, NSAIDs and blocks took "winter 2026" as 1 January:
two months of care where the note gives over three. Each course is now its own: its length as
late in its season as it can be (a winter's year is its January's: "winter 2026" is December
2025 to February 2026), a month's from its first day; an earlier course is a piece of its own,
and the other care of the statement takes none of the courses' time. Near misses stay short: a
course of another year outside the window, a winter planned or not started, care of another
part, a relative's.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

NOTE_DAY = "2026-06-22"


def _fusion(told: str) -> dict:
    """SPS-009 (three months of nonoperative care within 365 days) for an L4-5 fusion."""
    note = _note(
        "n1", NOTE_DAY,
        f"Subjective: 51F axial LBP since early 2025, no leg pain. {told}\n"
        "Objective: lumbar flexion painful, SLR neg, strength 5/5.\n"
        "A/P: discogenic LBP L4-5. Discussed L4-5 PLIF.",
    )  # fmt: skip
    bundle = record(
        "22630", note, reason="M51.360",
        order={"authoredOn": NOTE_DAY, "occurrenceDateTime": "2026-07-28"},
    )  # fmt: skip
    return status(bundle, "SPS-009", as_of=date(2026, 6, 23))


@pytest.mark.parametrize(
    "told",
    [
        # the blind case's words
        "Nonop: PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks), chiro, NSAIDs, medial"
        " branch blocks x2 (short relief), RFA 11/2025 (3 mos relief).",
        "PT x 2 courses (fall 2025, 12 wks; winter 2026, 8 wks).",  # both inside: six months
        "PT: fall 2025, 12 wks; winter 2026, 8 wks.",
        "PT x 2 (fall 2025 x 6 wks; Jan 2026 x 8 weeks), HEP daily.",
        "PT spring 2026, 12 wks.",
        "PT spring '26 x 12 wks.",
    ],
)
def test_courses_told_by_season_and_length_make_three_months(told: str) -> None:
    assert _fusion(told)["status"] == "met", told


@pytest.mark.parametrize(
    ("told", "span"),
    [
        ("PT winter 2026, 8 wks.", "2026-01-03 to 2026-02-28"),
        ("PT (winter 2026, 8 wks).", "2026-01-03 to 2026-02-28"),
        # A season after the weeks: winter 2026 is no longer the last weeks of 2026 to the note
        ("PT x 8 wks winter 2026.", "2026-01-03 to 2026-02-28"),
        ("PT fall 2025 (6 wks).", "2025-10-19 to 2025-11-30"),
        ("PT Jan 2026 x 8 weeks.", "2026-01-01 to 2026-02-26"),
        ("PT summer of 2025 for 2 months.", "2025-07-02 to 2025-08-31"),
    ],
)
def test_one_course_is_its_length_in_its_season(told: str, span: str) -> None:
    found = _fusion(told)
    assert found["status"] == "partial" and span in found["searched"], (told, found["searched"])


@pytest.mark.parametrize(
    "told",
    [
        # the earlier course is outside the window; the later one alone is eight weeks
        "PT x 2 courses (spring 2024, 12 wks; winter 2026, 8 wks).",
        "PT: spring 2025, 12 wks; winter 2026, 8 wks.",
        # winter 2025 is December 2024 to February 2025: outside the window
        "PT x 2 courses (spring 2024, 12 wks; winter 2025, 12 wks).",
    ],
)
def test_a_course_outside_the_window_adds_nothing(told: str) -> None:
    assert _fusion(told)["status"] != "met", told


@pytest.mark.parametrize(
    "told",
    [
        "PT planned for winter, 8 wks.",
        "PT winter 2026: not started.",
        "Will start PT winter 2026, 12 wks, if no better.",
        "R shoulder PT x 2 courses (fall 2025, 12 wks; winter 2026, 8 wks).",
        "Mother had PT x 2 courses (fall 2025, 12 wks; winter 2026, 8 wks).",
    ],
)
def test_near_misses_are_no_course(told: str) -> None:
    assert _fusion(told)["status"] != "met", told
