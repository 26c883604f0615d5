"""Visits held told against their total, and a part no better after care (brief s65-courses,
blind wave 109, OW/aio-03).

"PT discharge: 11 of 12 visits 2/6-3/20 (2x/wk, 1 no-show), HEP." held eleven visits: the
"12 visits" is the total they are told against, and the "11" was read as no count at all, so
the one no-show was not one missed beside visits kept (missed_visits.py) and denied the PT
and the home program of the whole statement. Then an MA's 'pt says knee "still not right"
after PT' read its "not" as a denial of the PT, and as the newest word on PT took the dated
course back (finding_dates.newest_wins). A part not better after care is the care's outcome.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.missed_visits import missed_beside_held
from smartapp.notes.session_counts import session_count

_CASE = "PT discharge: 11 of 12 visits 2/6-3/20 (2x/wk, 1 no-show), HEP."


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_CASE, 11),
        ("Completed 11 out of 12 sessions 2/6-3/20, one no-show.", 11),
        ("PT: 11/12 visits attended (1 no-show).", 11),
        ("10 of 12 PT visits, 2 no-shows, D/C to HEP.", 10),
        ("Attended 3 of 18 visits.", 3),  # as before: three held
    ],
)
def test_visits_told_against_their_total_count_those_held(text: str, count: int) -> None:
    assert session_count(text) == count


@pytest.mark.parametrize(
    "text",
    [
        "Missed 3 of 12 visits.",  # the ones missed, not held
        "3 of 12 visits scheduled.",  # still to come
        "Referred for 12 visits.",
        "12/3 visits",  # a day, no share of a total
    ],
)
def test_visits_missed_set_or_a_day_count_none_held(text: str) -> None:
    assert session_count(text) == 0


def test_the_case_no_show_is_missed_beside_visits_held() -> None:
    assert missed_beside_held(_CASE)


@pytest.mark.parametrize(
    "text",
    [
        "PT discharge: 2 of 12 visits 2/6-3/20 (10 no-shows).",  # more missed than held
        "PT 2/6-3/20 (3 of 12 visits), 3 no-shows.",  # as many missed as held
        "Referred for 12 visits, 2 no-shows.",  # none held
    ],
)
def test_no_shows_not_beside_more_visits_held_still_deny(text: str) -> None:
    assert not missed_beside_held(text)


def _pt(text: str) -> list[bool]:
    """Whether each physical-therapy finding of ``text`` is negated."""
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 10))])
    return [f.negated for f in found if f.concept == "physical-therapy"]


@pytest.mark.parametrize(
    "text",
    [
        _CASE,
        'TELEPHONE ENCOUNTER (MA): pt says knee "still not right" after PT, still catching.',
        "Pt says knee is not better after PT.",
        "L knee not improved after PT, still catching.",
        "Knee still not better after 6 wks PT.",
        "Pain not resolved with PT and naproxen.",
    ],
)
def test_a_part_no_better_after_care_keeps_the_care(text: str) -> None:
    assert _pt(text) and not any(_pt(text))


@pytest.mark.parametrize(
    "text",
    [
        "Knee not better. Has not tried PT.",
        "Not improved; PT not started (insurance).",
        "Pain not better; never did PT.",
        "PT discharge: pt d/c'd after 3 no-shows 3/17, 3/20, 3/24.",
    ],
)
def test_care_denied_beside_a_part_no_better_is_still_denied(text: str) -> None:
    assert _pt(text) and all(_pt(text))
