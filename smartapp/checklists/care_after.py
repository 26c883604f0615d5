"""Care told as over ("after PT") in a later note is the dated course restated, not care that day.

'TELEPHONE ENCOUNTER (MA): pt says knee "still not right" after PT' on 4/10, after a PT
discharge that dated the course 2/6-3/20 (brief s65-courses, blind wave 109 OW/aio-03): the
"after" says the PT is behind the patient, so the mention dates no PT on the call's day. Read
on its note's day, such a mention carried a two-week course (PT 2/6-2/20) to a call seven weeks
later and made six weeks of care out of two: a false "met".

Only a bare mention (no date, weeks or sessions of its own) of a course of visits (therapy,
chiropractic, a home program; not a drug, which may be taken on after an "after") right after
"after", "following", "post" or "s/p", and only when an earlier piece of the same modality has
dates of its own to restate. Alone, "not better after PT" still says the PT was had
(before the note: episodes.py), and "resumed PT after the holidays" is care again.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .care_piece import Piece
from .courses import MEDICATION_CONCEPTS

#: The words that put the care behind the note: "after PT", "following formal PT", "s/p PT".
_AFTER = lazy_re.compile(
    r"\b(?:after|following|post|s/p|status\s+post)\s+(?:(?:the|a|his|her|their|formal|"
    r"outpatient|completing|finishing)\s+){0,2}$",
    re.IGNORECASE,
)


def _said_after(piece: Piece, texts: dict[str, str]) -> bool:
    """Whether the piece's words stand right after a word that puts the care behind the note."""
    ref, _, span = piece.citation["reference"].partition("#")
    start = span.partition("-")[0]
    if not start.isdigit() or ref not in texts:
        return False
    at = int(start)
    return bool(_AFTER.search(texts[ref], max(0, at - 40), at))


def past_mentions_dropped(pieces: list[Piece], texts: dict[str, str]) -> list[Piece]:
    """``pieces`` without the bare mentions of a course told as over (module doc) that restate
    an earlier dated course of the same modality (``texts``: each note's text by reference)."""
    out = []
    for piece in pieces:
        bare = not (piece.timed or piece.sessions) and piece.modality not in MEDICATION_CONCEPTS
        earlier = bare and any(
            p.modality == piece.modality and p.timed and p.end < piece.start for p in pieces
        )
        if earlier and _said_after(piece, texts):
            continue
        out.append(piece)
    return out
