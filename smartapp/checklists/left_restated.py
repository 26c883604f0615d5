"""A course the notes say was left early is not stretched by a later vague restatement of it.

"PT Discharge summary: pt attended 4 visits 5/1-5/15, then no-showed x3 and cancelled
remaining ... D/C from PT." on 6/5, then on 6/16 "Pt states he 'did PT for a while', stopped
because of work schedule": the PT ran 5/1 to 5/15. Read on their notes' days, the summary's
bare "D/C from PT." and the later "did PT for a while" carried the episode to 6/16, 46 days
for a 6-week trial (blind wave 86, LR/lmri-02; the reviewer: four visits over two weeks).

Only a course of visits (therapy, chiropractic, a home program; not a drug, which ends when it is
stopped) the notes say was *left* before it was done (course_left.left_notes: no-shows,
"stopped going", "dropped out", discharged for non-attendance, "attended 3 visits then
stopped", "self-discharged") is closed so. A course completed or discharged with its goals
("PT discharge 5/29: 8 wks ... D/c to HEP", "Completed 6 wks PT") is not: a later mention of
it may still be the care going on (s74-j's ``course_closed`` read every discharge so and
dropped later mentions in three labelled cases, EV/lumbar-mri-01, FX/knee-arthroplasty-03,
DJ/lmri-04). What is dropped is a mention with no date, weeks or sessions of its own, of the
modality left, on a day after a note said it was left; and the leaving note's own bare
mentions ("D/C from PT.") when that note dates the course it closes. Care said taken up again
("resumed PT", "back in PT", "restarted", "continues PT", "currently in PT") is a new course
and stays, and so does every mention when the modality has nothing earlier to restate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from .care_piece import Piece
from .course_left import left_notes
from .courses import MEDICATION_CONCEPTS, RESUMED

#: Care taken up again after it was left: a new course, not the old one's restatement.
_AGAIN = lazy_re.compile(
    r"\b(?:resum\w*|restart\w*|re-?start\w*|re-?(?:refer\w*|began|begun|enroll\w*)|again|"
    r"back\s+(?:in|to|at|into)|new\s+(?:course|referral|poc|plan\s+of\s+care|episode)|"
    r"currently|ongoing|now\s+(?:in|attending|going|doing)|still\s+(?:in|attending|going|doing))\b",
    re.IGNORECASE,
)


def _note(piece: Piece) -> str:
    """The note a piece is read from ("" for coded care, which says its own days)."""
    reference = piece.citation.get("reference", "")
    return reference.split("#")[0] if "#" in reference else ""


def _bare(piece: Piece) -> bool:
    """A note's mention on its own day alone: no date, weeks or sessions of its own, and not
    saying the care was taken up again."""
    snippet = piece.citation.get("snippet", "")
    return (
        bool(_note(piece))
        and not piece.timed
        and piece.sessions == 0
        and piece.start == piece.end
        and not (RESUMED.search(snippet) or _AGAIN.search(snippet))
    )


def _taken_up(piece: Piece) -> bool:
    """Care of a modality after it was left that is care had again (course_left's reading):
    dated, counted, or said taken up again."""
    return not _bare(piece) and bool(
        piece.timed or piece.sessions or _AGAIN.search(piece.citation.get("snippet", ""))
        or RESUMED.search(piece.citation.get("snippet", ""))
    )  # fmt: skip


def _restates(piece: Piece, left: list[tuple[date, str]], pieces: list[Piece]) -> bool:
    """Whether ``piece``, a bare mention, restates a course ``left`` (day, note) says was left:
    after a leaving note with no care of its modality taken up again between, or the leaving
    note's own bare mention when that note dates the course before its day."""
    for day, ref in left:
        if day < piece.start:
            again = any(
                p.modality == piece.modality and day < p.start <= piece.start and _taken_up(p)
                for p in pieces
            )
            if not again:
                return True
        elif day == piece.start and ref == _note(piece):
            dated = any(
                p.modality == piece.modality and _note(p) == ref and p.timed and p.end < day
                for p in pieces
            )
            if dated:
                return True
    return False


def left_restatements_dropped(
    pieces: list[Piece],
    findings: Iterable[Any],
    dates: dict[str, date | None],
    texts: dict[str, str] | None = None,
) -> list[Piece]:
    """``pieces`` without the bare mentions that restate a course the notes say was left early
    (``findings``: the statements of care read; ``dates``: each note's day; ``texts``: each
    note's text, for a therapy's discharge document)."""
    left = left_notes(findings, dates, texts)
    if not left:
        return pieces
    out = []
    for piece in pieces:
        # A drug said stopped ("gabapentin (dizziness, stopped)") ended as drugs do; its later
        # mention, an allergy line's "gabapentin", is no restatement of visits left (blind wave
        # 20, BT/spine-01's consult, whose own line carried the care to its day).
        said = None if piece.modality in MEDICATION_CONCEPTS else left.get(piece.modality)
        # Something earlier of the modality must be there to restate: alone, a mention says
        # the care was had (discharged_care.py).
        earlier = said and any(
            p.modality == piece.modality and p.start < piece.start for p in pieces
        )
        if earlier and _bare(piece) and _restates(piece, said, pieces):
            continue
        out.append(piece)
    return out
