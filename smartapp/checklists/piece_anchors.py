"""Where a piece of care the notes give with weeks but no date of its own began: at its drug's
coded order, or at the latest plan of an earlier note that began it ("Took MTX ~8 wks, stopped"
beside a coded MTX order; "Start meloxicam 15 mg daily" of 3/19, then "Meloxicam stopped after
~1 wk"), and a length placed in a year at that year's coded course ("Took MTX ~3 wks in 2019").

Split out of episodes.py, which adds the pieces up into episodes of care.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .care_piece import Piece


def anchored(pieces: list[Piece], planned: dict[tuple[str, str], list[date]]) -> list[Piece]:
    """A course said stopped with its weeks but no date ("Took MTX ~8 wks, stopped - nausea")
    is the course its drug's coded order began, not weeks running up to the note's day (which,
    beside that order, made one long episode of two short ones: blind wave 17, BE/inf-02).
    With no such order, the course an earlier note planned to begin ("Start meloxicam 15 mg
    daily" of 3/19, then "Meloxicam stopped after ~1 wk" in a phone note of 5/28) began on the
    latest such plan's day: the week of 3/19, not the week before 5/28, which carried four
    weeks of PT in April on to the phone call as 57 days of care (blind wave 35, DZ/imaging-02)."""
    out = []
    for piece in pieces:
        starts = [p.start for p in pieces if p.modality == piece.modality
                  and "#" not in p.citation["reference"] and p.start <= piece.end]  # fmt: skip
        said = piece.citation["snippet"].lower()
        plans = [day for (modality, drug), days in planned.items() for day in days
                 if modality == piece.modality and drug in said and day < piece.end]  # fmt: skip
        if piece.floating and not starts and plans:
            starts = [max(plans)]
        if piece.floating and starts:
            start = min(starts)
            end = min(start + (piece.end - piece.start), piece.end)
            piece = replace(piece, start=start, end=end, timed=True, floating=False)
        year = piece.placed_in
        coded = [day for day in starts if year and year[0] <= day <= year[1]]
        if coded and piece.start > min(coded):
            # "Took MTX ~3 wks in 2019" beside a coded MTX course of 4/2019: that course, not
            # three weeks at the year's end, which joined it into a 265-day one (P/infl-03).
            start = min(coded)
            piece = replace(piece, start=start, end=start + (piece.end - piece.start))
        out.append(piece)
    return out
