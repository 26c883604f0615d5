"""Where a piece of care the notes give with weeks but no date of its own began: at its drug's
coded order, or at the latest plan of an earlier note that began it ("Took MTX ~8 wks, stopped"
beside a coded MTX order; "Start meloxicam 15 mg daily" of 3/19, then "Meloxicam stopped after
~1 wk"), and a length placed in a year at that year's coded course ("Took MTX ~3 wks in 2019").
With neither, a course an earlier note gave with its own length restated ("ibuprofen x2 wks" of
5/4, then "Ibuprofen 2 wks then stopped" on 6/29): that course (:func:`restated_course`).

Split out of episodes.py, which adds the pieces up into episodes of care.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .. import lazy_re
from ..notes.drug_times import drug_names
from .care_piece import Piece

_WORD = lazy_re.compile(r"[a-z][a-z-]+")


def _drugs(piece: Piece) -> set[str]:
    """The drugs a piece's statement names by their own word ("ibuprofen")."""
    return set(_WORD.findall(piece.citation["snippet"].lower())) & drug_names()


def restated_course(piece: Piece, pieces: list[Piece]) -> list[date]:
    """Where a course said stopped with its weeks but no date began when an earlier note gave a
    course of the same drug with a length of its own ("P: ... ibuprofen x2 wks." of 5/4, then
    "Ibuprofen 2 wks then stopped." on 6/29): the later note tells that course again, ended when
    its length ended, not two weeks up to its own day (blind wave 101, NW/lmri-03: the two made
    a 70-day episode of a two-week course). Empty when no earlier note did."""
    drugs = _drugs(piece)
    note = piece.citation["reference"].split("#")[0]
    return [
        p.start for p in pieces
        if p.modality == piece.modality and "#" in p.citation["reference"]
        and p.citation["reference"].split("#")[0] != note and p.end < piece.end
        and (p.stated or p.counted_back) and not p.floating and drugs & _drugs(p)
    ]  # fmt: skip


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
        if piece.floating and not starts:
            starts = restated_course(piece, pieces)
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
