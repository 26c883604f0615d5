"""Care said to have been had in a season with no year ("naproxen earlier in the fall") is care
of the latest such season begun by the note, placed on that season's last day at the latest
(brief s70-h, blind wave 78 KN/injectable-hyaluronan-knee-03).

"Ibuprofen since Jan + naproxen earlier in the fall - still 7/10" in a March note: the naproxen
was taken some time in fall 2025, so the NSAIDs ran at least from the fall's last day (30
November) to the visit, over three months (HYA-002). The season was unread, so the naproxen took
the ibuprofen's "since Jan" and the course ran 2 months 16 days. The care's own words only: the
ibuprofen keeps its January (the fall is the naproxen's), and the naproxen takes none of the
ibuprofen's weeks (as "naproxen last fall" did: from 17 September). A season that may have begun
before the window is no care inside it (a point on its last day could be one months outside).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _hya(told: str) -> str:
    note = _note(
        "n1", "2026-03-16",
        f"HPI: R knee OA, pain 7/10. {told}\nExam: R knee crepitus, medial JLT.\n"
        "A/P: R knee OA, KL3. Supartz FX x3 R knee.",
    )  # fmt: skip
    bundle = record(
        "J7321", note, reason="M17.11",
        order={"authoredOn": "2026-03-16", "occurrenceDateTime": "2026-03-30"},
    )  # fmt: skip
    return status(bundle, "HYA-002", as_of=date(2026, 3, 19))["status"]


@pytest.mark.parametrize(
    "told",
    [
        "Ibuprofen since Jan + naproxen earlier in the fall - still 7/10.",
        "Naproxen in the fall, then meloxicam since January, HEP daily - no better.",
        "Took naproxen over the fall; ibuprofen since 1/5/26 - still 7/10.",
        "Meloxicam since Jan; tried naproxen back in the fall, no help.",
        "Naproxen during the fall, ibuprofen since Jan, HEP - still painful.",
        "NSAIDs (naproxen) in the autumn, then ibuprofen since January. Still 7/10.",
        "Celebrex sometime in the fall; ibuprofen since Jan - no relief.",
        "ibuprofen since jan + naproxen earlier in the fall, still 7/10",
    ],
)
def test_care_in_a_season_before_care_since_january_makes_three_months(told: str) -> None:
    assert _hya(told) == "met", told


@pytest.mark.parametrize(
    "told",
    [
        "Ibuprofen since Jan + naproxen in the spring - still 7/10.",  # this spring: the note's
        "Ibuprofen since Jan - will try naproxen in the fall.",  # to come
        "Ibuprofen since Jan; naproxen in the summer of 2024 - still 7/10.",  # out of window
        "Ibuprofen since Jan; naproxen in the fall for her L shoulder.",  # another joint
        "Ibuprofen since Jan, pain began in the fall.",  # the pain's season
    ],
)
def test_a_season_that_adds_no_months_does_not_make_three(told: str) -> None:
    assert _hya(told) != "met", told


def _knee_mri(told: str, as_of: date) -> str:
    note = _note(
        "n1", as_of.isoformat(),
        f"HPI: R knee pain, catching. {told}\nExam: R knee medial JLT, + McMurray.\n"
        "A/P: R knee medial meniscus tear? MRI R knee w/o.",
    )  # fmt: skip
    bundle = record(
        "73721", note, reason="M23.221",
        order={"authoredOn": as_of.isoformat(), "occurrenceDateTime": "2026-03-30"},
    )  # fmt: skip
    return status(bundle, "AIM-003", as_of=as_of)["status"]


def test_a_season_begun_before_the_window_is_no_care_inside_it() -> None:
    # 180 days before 3/15/2026 is 9/16/2025: the fall may have been its first fortnight.
    told = "Ibuprofen 600 TID since 2/5/26 + naproxen earlier in the fall - still catching."
    assert _knee_mri(told, date(2026, 3, 15)) != "met"


def test_last_fall_begun_before_the_window_is_no_care_inside_it() -> None:
    told = "Ibuprofen 600 TID since 2/5/26 + naproxen last fall - still catching."
    assert _knee_mri(told, date(2026, 3, 15)) != "met"


def test_a_season_inside_the_window_is_care_inside_it() -> None:
    # 180 days before 4/15/2026 is 10/17/2025: last summer lies before it, the winter inside.
    told = "Ibuprofen 600 TID since 3/5/26 + naproxen over the winter - still catching."
    assert _knee_mri(told, date(2026, 4, 15)) == "met"


def _tsa(care: str) -> str:
    text = f"R shoulder pain x 2 yrs, worse with reaching. {care}"
    bundle = record(
        "23472", _note("n1", "2026-01-13", text), reason="M19.011",
        order={"authoredOn": "2026-01-13"},
    )  # fmt: skip
    return status(bundle, "TSA-002", as_of=date(2026, 1, 20))["status"]


@pytest.mark.parametrize(
    "care",
    [
        # The PT "in the summer" had lent the naproxen's April to itself (s67-g's test); placed
        # in its season, the naproxen's own course must run from April to its stop.
        "Naproxen from April until it was discontinued in October, plus PT in the summer.",
        "Meloxicam from March until it was stopped in August (GI upset).",
        "Took naproxen from April until she stopped it in October.",
    ],
)
def test_a_course_from_a_month_until_its_stop_runs_between_them(care: str) -> None:
    assert _tsa(care) == "met", care


def test_a_short_course_stopped_in_a_month_is_no_three_months() -> None:
    assert _tsa("Naproxen x 3 wks, stopped in October.") != "met"
