"""Which care makes an episode of ``care_episode`` (episodes.py), and how long each runs.

Care begun with the request is no care tried before it (:func:`tried_before`,
:func:`with_request`); care stopped, then a pause longer than the trial asks for, then care
begun anew, are two episodes (:func:`episodes_of`); an episode runs from its first care to its
last (:func:`episode_span`), but one of drugs taken only as needed spans no days; and
:func:`longest_days` is the longest a set of pieces makes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .. import lazy_re
from .care_piece import Piece

_BEGUN_NOW = lazy_re.compile(
    r"\b(?:start(?:ed|ing|s)?|begin(?:ning|s)?|began|begun|initiat(?:ed|ing)|new)\b"
    r"[^.;]{0,40}?\b(?:today|this visit|now)\b",
    re.IGNORECASE,
)


def tried_before(pieces: list[Piece], ordered: date) -> list[Piece]:
    """The care tried before the service was ordered, when there is any: care begun on the day
    of the order or after ("Rx meloxicam 15 mg daily started today" beside "P: MRI L-spine", an
    order of that day) is started with the request, not tried and failed before it, and does not
    carry an episode of earlier care on to the request (blind wave 20, BS/lmri-02: PT 12/1-1/11,
    41 days, and meloxicam from the 1/23 order were 56). An episode still runs from the first
    care to the last across gaps; only what begins with the request is left out. When the
    window holds no earlier care, what began then is kept: it is the trial LMRI-004's follow-up
    exam must come after, and too short to be an episode whatever it is called."""
    before = [p for p in pieces if not (p.timed and p.start >= ordered)]
    return before or pieces


def with_request(piece: Piece, ordered: date) -> bool:
    """Care begun on the day of the request or after: dated so, or a note of that day saying it
    starts now ("Rx meloxicam 15 mg daily started today", "starting PT this visit")."""
    if piece.start < ordered:
        return False
    return piece.timed or bool(_BEGUN_NOW.search(piece.citation["snippet"]))


def episodes_of(pieces: list[Piece], pause: int) -> list[list[Piece]]:
    """The care told apart into episodes where it paused: an episode runs from its first care to
    its last across gaps, but care the notes say was stopped, then more days with no care than
    the whole trial asks for, then care begun anew, are two attempts (blind wave 18, BJ/aim-03:
    meloxicam from 7/20 'stopped after 5 days in July (stomach upset), not taking anything else',
    then a PT evaluation on 9/15 after a waitlist was one 57-day episode; the reviewer: 'no
    6-week trial'). Not a pause after care that ran on or whose end is only a record's (a
    month-dated course placed a few weeks early: earlier tries splitting at every long gap
    turned four right judgements into false alarms), nor before a mention that care goes on
    now, undated ("continue HEP"); a drug taken now and then on the patient's own ("Takes OTC
    Tylenol occasionally") is no such care (blind wave 26, CQ/aim-03). Nor does such a drug
    open an episode months before the care that ran: its day ends where it was taken, as a stop
    does, so a prn ibuprofen order of April that the notes say is taken "occasionally" is not
    the start of the PT and injection begun the next January (blind wave 51, GJ/tka-03)."""
    out: list[list[Piece]] = [[]]
    reach: Piece | None = None  # the care that ran latest so far
    for piece in sorted(pieces, key=lambda p: (p.start, p.end)):
        if (
            reach is not None
            and (reach.stopped or reach.sporadic)
            and (piece.timed or piece.sporadic)
            and (piece.start - (reach.through or reach.end)).days > pause
        ):
            out.append([])
            reach = None
        out[-1].append(piece)
        if reach is None or (piece.through or piece.end) >= (reach.through or reach.end):
            reach = piece
    return out


def episode_span(pieces: list[Piece]) -> tuple[date, date, int]:
    # A piece dated by its month alone may end on that month's last day (care_dates.month_end).
    # Weeks dated by a month alone may have begun late in it (month_courses.py): the episode
    # starts no earlier than the latest its first care can have begun.
    start = min(max(p.start, p.late_start or p.start) for p in pieces)
    end = max(p.through or p.end for p in pieces)
    if all(p.sporadic for p in pieces):
        # "Tylenol PRN" in one visit and "takes tylenol occasionally" in another five months
        # later are two days a drug was taken as needed, no course running between them (blind
        # wave 42, FA/tha-03; FD/lmri-02: a list's "naproxen ... as needed" in two visits).
        # Beside care that ran they still count for their day.
        return start, end, 0
    return start, end, (end - start).days


def longest_days(
    pieces: list[Piece], pause: int, measure: Callable[[list[Piece]], int] | None = None
) -> int:
    """The days of the longest episode ``pieces`` make (as ``measure`` counts them, when given:
    calendar_months.month_measure)."""
    measure = measure or (lambda e: episode_span(e)[2])
    return max(measure(e) for e in episodes_of(pieces, pause) if e)
