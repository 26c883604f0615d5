"""Therapy after surgery and the months it ran, as a dictated note tells them: "She did physical
therapy from October through December last year ..., underwent arthroscopic rotator cuff repair
on February 3rd, and then completed post-op therapy Feb through July, 36 visits" (blind wave 81,
KW/occupational-work-rehab-02, written 8/24/2026). "Post-op therapy" is physical therapy as
"post-op rehab" is, and "Feb through July" is this year's (the latest such span over by the
note): the count after the comma is visits, not a year. OCC-002 read only last year's course
and called this year's "outside the window", a false "missing".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.written_dates import find_dates


def _pt(text: str) -> bool:
    """Whether the therapy named without "physical" is read as physical therapy."""
    found = find_findings([NoteInput("D/1", text)])
    return any(
        f.asserted
        and f.concept == "physical-therapy"
        and ("therap" in f.text.lower() or "rehab" in f.text.lower())
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "then completed post-op therapy Feb through July, 36 visits, discharged on a home program.",
        "Post-op therapy 3x/wk x 12 wks after the RCR.",
        "postoperative therapy 3/2026-6/2026",
        "Finished post-surgical therapy in June.",
        "shoulder therapy for 4 months after the repair",
        "Had PT last fall; completed therapy Feb-May, 24 visits.",
        "finished therapy thru June, 30 sessions, d/c to HEP",
        # Read before, kept.
        "post-op rehab x 12 wks",
        "Did therapy for the shoulder Feb-May, 24 visits.",
        "tried the therapy thing for a couple months this summer, eight or nine visits",
    ],
)
def test_therapy_after_surgery_or_counted_is_physical_therapy(text: str) -> None:
    assert _pt(text), text


@pytest.mark.parametrize(
    "text",
    [
        "therapy for depression Feb through July",
        "completed therapy for anxiety, 12 sessions",
        "had therapy with a counselor, 10 sessions",
        "completed radiation therapy, 25 sessions",
        "post-op antibiotic therapy x 6 wks",
        "completed speech therapy, 20 visits",
    ],
)
def test_therapy_of_another_kind_is_no_physical_therapy(text: str) -> None:
    assert not _pt(text), text


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("completed post-op therapy Feb through July, 36 visits", (2026, 2), (2026, 7)),
        ("PT Feb-July, 3 visits a week", (2026, 2), (2026, 7)),
        ("PT Mar-Jun, 24 sessions", (2026, 3), (2026, 6)),
        ("PT Oct-Dec last year", (2025, 10), (2025, 12)),
        # A span that would end after the note is last year's.
        ("PT Sep through Nov, 20 visits", (2025, 9), (2025, 11)),
    ],
)
def test_months_without_a_year_are_read_against_the_note(
    text: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    dates = [(m.when.year, m.when.month) for m in find_dates(text, dt.date(2026, 8, 24))]
    assert dates == [first, last], text


@pytest.mark.parametrize("text", ["PT Feb-July, 2025", "PT Feb - July, '25", "PT Feb-July 2025"])
def test_a_year_after_the_months_is_not_read_as_this_year(text: str) -> None:
    dates = [(m.when.year, m.when.month) for m in find_dates(text, dt.date(2026, 8, 24))]
    assert (2026, 2) not in dates and (2026, 7) not in dates, (text, dates)
