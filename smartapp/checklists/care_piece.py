"""The ``Piece`` a care episode is made of: one interval of care with its modality, what to cite,
and the marks that say how its dates were read (timed, floating, stopped, sporadic, listed ...).

Split out of episode_pieces.py, which reads the pieces the notes give; coded_pieces.py makes the
pieces of coded procedures, encounters and medications, and episodes.py adds them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Piece:
    """One piece of care: when, which modality, and what to cite."""

    start: date
    end: date
    modality: str
    citation: dict[str, str]
    #: the interval comes from a date or duration (not just the day something was written down)
    timed: bool = True
    #: the sessions the statement counts ("plateaued after 18 PT visits")
    sessions: int = 0
    #: a course said stopped with its weeks but no date ("took MTX ~8 wks, stopped"): placed
    #: before the note, unless a coded order of its drug says when it began (episodes.py)
    floating: bool = False
    #: the latest day the care may have ended when its date is a month without its day ("ESI
    #: 5/2026": 31 May); the episode may run to it, but ``end`` stays the day placed, so a month
    #: alone is never a course by its days (courses.py)
    through: date | None = None
    #: the care ended where a note says it was stopped ("Stopped meloxicam after 5 days (stomach
    #: upset)" beside its order, "naproxen x 6 wks, stopped"): a pause after it may end the
    #: episode (episodes.py)
    stopped: bool = False
    #: the interval is weeks counted back from its note, with no date of its own ("has failed 3
    #: months of PT"): a note before it that plans to begin the care bounds it (care_begun.py)
    counted_back: bool = False
    #: a drug the patient takes now and then on their own, undated ("Takes OTC Tylenol
    #: occasionally"), or named as taken as needed with no date or weeks ("Tylenol PRN", a
    #: list's "naproxen ... as needed"): the note's day only, no care going on that bridges a
    #: pause after care stopped (episodes.py; blind wave 26, CQ/aim-03), and such days alone
    #: make no course between them (episode_spans.episode_span; blind wave 42, FA/tha-03)
    sporadic: bool = False
    #: an open medication order with no recorded end and no note saying it stopped: it runs to
    #: ``as_of`` on its status alone (records._end), which an unread note could cut short
    #: (unread_stops.py)
    running: bool = False
    #: the year (or season) a stated length of care was placed in, as late as it can be, for
    #: want of a day ("Took MTX ~3 wks in 2019"): a coded course of its drug that year says when
    #: (episodes.py)
    placed_in: tuple[date, date] | None = None
    #: the season the care was had in, by a note's "last fall" or "earlier in the fall" with no
    #: day (past_times.py): on any of its days, so a window begun after its first day may not
    #: hold it (episodes.py; brief s70-h)
    season: tuple[date, date] | None = None
    #: the latest day the care may have begun when its weeks are dated by a month alone
    #: ("meloxicam x 2 wks in Sept"): an episode it opens starts no earlier (month_courses.py)
    late_start: date | None = None
    #: the length is what the care's own words state ("completed 12 weeks of PT", "x 3 months"),
    #: not days between dates: ``min_span_months`` counts it as that many months
    #: (calendar_months.py)
    stated: bool = False
    #: an undated line of a medication list: on the list at the visit, it dates no trial (not
    #: begun before it nor on its day), so that visit's exam is a follow-up only after an earlier
    #: visit of the episode (episodes.py; blind waves 45 and 91)
    listed: bool = False
    #: said still on ("Still on naproxen") with no earlier piece of it read (still_on.py)
    still: bool = False
    #: its weeks are read from the visits it counts at a usual rate ("Completed 18 PT visits":
    #: visit_courses.py), not stated: the visits, not the weeks, say whether it was a course
    #: (courses.a_course)
    by_visits: bool = False
