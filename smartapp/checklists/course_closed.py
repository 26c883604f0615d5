"""A course the record dates to its end is not stretched by a later vague mention of it.

"PT Discharge summary: pt attended 4 visits 5/1-5/15, then no-showed x3 ... D/C from PT." on
6/5, then on 6/16 "Pt states he 'did PT for a while', stopped because of work schedule": the PT
ran 5/1 to 5/15. Read on their notes' days, the summary's bare "D/C from PT." and the later
"did PT for a while" carried the episode to 6/16, 46 days (blind wave 86, LR/lmri-02; the
reviewer: four visits over two weeks). A mention with no date or weeks of its own, of a
modality whose course a statement closes with its dates (a discharge, a last visit, a course
completed), is no day of care after that close. Care said taken up again ("resumed PT",
"back in PT", "restarted", "continues PT") is a new course and stays; so do mentions dated
or with weeks of their own ("did PT for 6 wks last fall": episode_pieces.py times those).
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from .care_piece import Piece

#: A statement that closes a course: a discharge from it, its last visit, it completed or
#: finished ("PT Discharge summary: pt attended 4 visits 5/1-5/15", "last PT visit 3/2",
#: "Completed PT 1/5-2/20").
_CLOSES = lazy_re.compile(
    r"\b(?:discharge[ds]?|d/c'?d?|dc'?d|last\s+(?:\w+\s+)?(?:visit|session|appt|appointment)|"
    r"complet(?:ed|es)|finished)\b",
    re.IGNORECASE,
)
#: Care taken up again after the close: a new course, not the old one's mention.
_AGAIN = lazy_re.compile(
    r"\b(?:resum\w*|restart\w*|re-?start\w*|re-?(?:refer\w*|began|begun)|again|back\s+(?:in|to|at)|"
    r"new\s+(?:course|referral|poc|plan\s+of\s+care|episode)|currently|ongoing|continu\w*|cont\b|"
    r"still)\b",
    re.IGNORECASE,
)


def _closing(piece: Piece) -> bool:
    """Whether ``piece`` is a note's course dated from its start to its end by dates written
    (not weeks counted back) whose statement closes it."""
    return (
        "#" in piece.citation["reference"]
        and piece.timed
        and not piece.counted_back
        and piece.start < piece.end
        and bool(_CLOSES.search(piece.citation["snippet"]))
    )


def closed_course_mentions_dropped(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without the note mentions, on their note's day alone, of a modality's care
    after a statement dated its course to a close (the latest such close of the modality)."""
    closed: dict[str, date] = {}
    for piece in pieces:
        if _closing(piece):
            closed[piece.modality] = max(closed.get(piece.modality, piece.end), piece.end)
    if not closed:
        return pieces
    return [p for p in pieces if not _after_close(p, closed.get(p.modality))]


def _after_close(piece: Piece, close: date | None) -> bool:
    """Whether ``piece`` is a bare mention (no date, weeks or sessions of its own) after
    ``close`` that says nothing of the care taken up again."""
    return (
        close is not None
        and "#" in piece.citation["reference"]
        and not piece.timed
        and piece.sessions == 0
        and piece.start == piece.end
        and piece.start > close
        and not _AGAIN.search(piece.citation["snippet"])
    )
