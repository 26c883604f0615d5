"""A course of therapy told by the visits it held: "Completed 18 PT visits", "PT visit 18/18",
"visit 12 of 12", "18 sessions of PT" (brief s82-visits).

A reviewer reads eighteen visits of PT as weeks of care, not as the one day the statement was
written: a case manager's "Completed 18 PT visits." of 7/8 and a therapist's late entry "PT
visit 18/18" for 6/26 were read as care from 6/26 to 7/8, twelve days, though the course ran from
the spring (blind wave 97, NK/occ-02). A count told with no rate is read at a usual outpatient
cadence (:data:`VISITS_A_WEEK`), the way "12 visits 2x/week" is read at its own rate
(notes/durations.course_days). The course ends on the day the statement dates the last visit
(the note's day, a late entry's visit, "through 2/20") and runs back by that length. A date
that does not end it ("started 3/2", "30 PT sessions, helped through 2/13": a relief's) leaves
the count as it was, a day of care on that date.

Not counts of visits set or to come ("authorized 18 visits", "18 visits scheduled": the
session count reads none), a visit of a plan just begun ("visit 1/12": one visit, no weeks), a
drug's statement (a count of visits is the therapy's), nor a statement whose own words already
date or time its care ("PT 3/2-4/20 (12 visits)", "PT x 6 wks (12 visits)").
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..notes.clauses import clause_bounds
from ..notes.durations import course_days
from ..notes.session_counts import session_count
from .ended_on import ended_on

#: Outpatient therapy is usually held two or three times a week. The higher rate makes the
#: shorter course, so a count told without its rate is read at three a week: the conservative
#: figure (18 visits are six weeks, not nine; 12 visits four weeks, not six).
VISITS_A_WEEK = 3
#: The care a count of visits measures: therapies held in visits, not a drug or a home program
#: named beside them ("Completed 18 PT visits + naproxen": the weeks are the PT's).
_VISIT_CARE = frozenset({"physical-therapy", "occupational-therapy", "chiropractic"})


def course_of_visits(
    finding: Any, words: str | None, note_date: date, day: date | None
) -> tuple[date, date] | None:
    """When a course counted in visits ran: (start, end), or None when the statement counts
    fewer than two visits of this care held. ``day`` is the one date the statement gives the
    care (None: the note's day is the last visit's at the latest)."""
    if finding.concept not in _VISIT_CARE:
        return None
    count = session_count(_own_clause(finding, words))
    if count < 2:
        return None  # "visit 1/12": a plan begun, one visit
    length = timedelta(days=course_days(count, VISITS_A_WEEK))
    said = words or finding.snippet
    if day is not None and day != note_date and not ended_on(said, note_date, day):
        # A date that does not end the course says nothing of when its last visit was: "30 PT
        # sessions, helped through 2/13" (a relief's day), and "Started PT 7/1 (5 visits)",
        # whose visits ran on from 7/1 but whose weeks there bridged a topical gel of 5/28 into
        # six weeks (FD/aio-02, a false met the first cut made): read as before.
        return None
    end = day or note_date
    return end - length, end


def _own_clause(finding: Any, words: str | None) -> str:
    """The clause of the statement that names the care: a count in another clause is another
    care's ("PT 2024 (12 visits); chiro 6 visits")."""
    text = words if words is not None else finding.snippet
    at = text.lower().find((finding.text or "").lower()) if finding.text else -1
    if at < 0:
        return text
    start, end = clause_bounds(text, at)
    return text[start:end]
