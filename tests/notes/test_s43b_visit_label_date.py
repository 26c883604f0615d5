"""A statement headed by its visit's own day ("A/P 5/4/26: ...") is dated by the note, not
by that label: "after 8 wks of PT" summed up at the visit is eight weeks up to it, not PT begun
that day (blind wave 48, GB/knee-arthroscopy-01). A label of another day, or a date inside the
statement, still dates the care."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings

VISIT = dt.date(2026, 5, 4)


def _therapy(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, VISIT)])
    return [f for f in found if f.concept == "physical-therapy" and f.asserted]


def test_the_note_s_own_day_as_a_label_does_not_date_the_care() -> None:
    for text in (
        "A/P 5/4/26: L shoulder pain persists after 8 wks PT and naproxen.",
        "Assessment 05/04/2026 - still weak after 8 weeks of physical therapy.",
    ):
        (pt,) = _therapy(text)
        assert pt.when is None and pt.dates == ()
        assert pt.duration_days == 56


def test_another_day_or_a_date_in_the_text_still_dates_it() -> None:
    (pt,) = _therapy("A/P 3/30/26: L shoulder pain persists after 8 wks PT.")
    assert pt.when == dt.date(2026, 3, 30)
    (pt,) = _therapy("Started PT 5/4/26 for the L shoulder, first visit done today.")
    assert pt.dates == (VISIT,)
