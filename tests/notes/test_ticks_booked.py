"""A form's ticked "home assessment completed" is no finding while the record books the home
visit for a later day (blind wave 53: a supplier's checklist ticked it over its own comment that
the visit was booked a week on). Booked for a day already past, or stated by the narrative, the
tick still counts; so does a tick with nothing booked against it."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings

_FORM = (
    "Power mobility PA checklist (supplier)\n"
    "[X] Face-to-face exam within 6 months\n"
    "[X] Home assessment completed - adequate access\n"
)


def _home_stated(*notes: tuple[str, dt.date]) -> bool:
    inputs = [NoteInput(f"DocumentReference/h{i}", t, d) for i, (t, d) in enumerate(notes)]
    found = find_findings(inputs)
    return any(f.concept == "home-accessible" and f.asserted for f in found)


def test_a_tick_the_form_books_for_later_is_no_finding() -> None:
    form = _FORM + "Comment: home visit booked 09/22/2026.\n"
    assert not _home_stated((form, dt.date(2026, 9, 14)))


def test_a_tick_another_note_schedules_for_later_is_no_finding() -> None:
    visit = "Plan: PWC. Home accessibility assessment by vendor scheduled for 9/22/2026."
    assert not _home_stated((visit, dt.date(2026, 9, 8)), (_FORM, dt.date(2026, 9, 14)))


def test_a_tick_booked_for_a_day_already_past_still_counts() -> None:
    form = _FORM + "Comment: home visit booked 09/02/2026.\n"
    assert _home_stated((form, dt.date(2026, 9, 14)))


def test_a_tick_with_nothing_booked_against_it_still_counts() -> None:
    assert _home_stated((_FORM, dt.date(2026, 9, 14)))


def test_the_narrative_s_own_finding_stands() -> None:
    form = _FORM + "Comment: home visit booked 09/22/2026.\n"
    visit = "Home: single-level ranch, doorways 34 in, vinyl floors."
    assert _home_stated((visit, dt.date(2026, 9, 8)), (form, dt.date(2026, 9, 14)))
