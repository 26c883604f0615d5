"""A bracketed tally of a course's visits qualifies the count, not the report it follows (blind
wave 106, OL/therapy-pt-ot-chiro-01): "PT progress note / re-eval visit 10 of authorized (14
scheduled, 4 no-shows/cxl)" is a progress report and re-evaluation done, not one still to come
or not done. Near misses: a report a bracket books ("(scheduled 4/2)"), one due or not done, a
daily note "progressing toward goals", a re-eval planned.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

DATE = dt.date(2026, 3, 26)


def _reports(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DATE)])
    return [(f.concept, f.asserted) for f in found if f.category == "progress-report"
            and f.concept in ("re-evaluation", "progress-note")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # the case's words
        "PT progress note / re-eval visit 10 of authorized (14 scheduled, 4 no-shows/cxl). "
        "ROM 5-105, LEFS 46/80, cane only. Goals partially met. Cont 2x/wk x 6 wk.",
        "PT progress report (12 visits scheduled, 2 cancelled). LEFS 40/80, goals partially met.",
        "OT re-evaluation (10 attended, 1 no-show). QuickDASH 38.",
        "PT re-eval [9 visits attended; 2 cxl]. LEFS 52/80.",
    ],
)
def test_a_report_headed_with_its_visit_tally_is_a_report_done(text: str) -> None:
    found = _reports(text)
    assert found and all(asserted for _concept, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Re-eval (scheduled 4/2). LEFS 40.",  # booked for a day
        "Re-eval (2 scheduled). LEFS 40.",  # a count booked, nothing kept or missed
        "Progress note due (10 attended, 1 no-show).",  # due: the tally does not undo it
        "Re-evaluation not done (3 attended, 1 cxl).",  # denied in its own words
        "Will do re-eval next visit (8 attended, 1 no-show).",  # planned
    ],
)
def test_a_report_still_to_come_or_not_done_stays_so(text: str) -> None:
    found = _reports(text)
    assert found and not any(asserted for _concept, asserted in found), found


def test_a_daily_note_progressing_toward_goals_is_no_report() -> None:
    text = "PT daily note (8 attended, 1 no-show). Ther ex. Progressing toward goals."
    assert not any(asserted for _concept, asserted in _reports(text))
