"""Care a note says the patient is *still* on: "Still on naproxen + HEP" (blind wave 54,
GU/hyaluronan-02) on the day a repeat injection is asked for, after an earlier note that had
the same care going on ("Cont PT/HEP, naproxen", 14 months before).

"Still" says the care has gone on since before this note: since the care an earlier note
recorded in use, so the two are one course, not two single days 14 months apart (which gave
"care documented from 2026-08-11 to 2026-08-11, 1 day of the 3 months needed"; the reviewer:
"naproxen, HEP - ongoing >3 months"). Other words of care now ("continues HEP", "currently
taking") say nothing of since when, and stay the note's day (ongoing_care.py). The course runs
back only to the latest earlier piece of the same care, and not across a stop said between.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from .context import Context
from .unread_notes import named, unread_texts

#: "still on ", "is still taking ", "still doing her " right before the care, or before other
#: care joined to it ("still on naproxen + HEP").
_STILL = lazy_re.compile(
    r"\bstill\s+(?:on|taking|takes|using|uses|doing|does|in|with|attending|attends)\s+"
    r"(?:(?:her|his|their|the|daily)\s+)?"
    r"(?:[\w/-]+(?:\s+[\w/-]+)?\s*(?:\+|&|,|/|\band\b|\bplus\b)\s*){0,3}$",
    re.IGNORECASE,
)
#: The end of the statement before the care: where "still" must be found after.
_BREAK = lazy_re.compile(r"[.;:\n](?=[^.;:\n]*$)")


def said_still(text: str, start: int) -> bool:
    """Whether the words right before ``start`` in ``text`` say the care there is still on."""
    lead = text[max(0, start - 80) : start]
    cut = _BREAK.search(lead)
    return bool(_STILL.search(lead[cut.end() if cut else 0 :]))


def still_since(
    entries: list[tuple[Any, Any, bool]], texts: dict[str, str], dates: dict[str, date]
) -> list[tuple[Any, Any, bool]]:
    """``entries`` (finding, piece, ongoing), a piece said still on reaching back to the start
    of the latest earlier piece of the same care in an earlier note."""
    out = []
    for finding, piece, now in entries:
        day = dates.get(finding.note_ref)
        if (
            now
            and day is not None
            and piece.start == day
            and said_still(texts.get(finding.note_ref, ""), finding.start)
        ):
            same = [
                p
                for f, p, _ in entries
                if p.modality == piece.modality and dates.get(f.note_ref, day) < day
                and p.end < day and not p.sporadic
            ]  # fmt: skip
            if same:
                latest = max(same, key=lambda p: p.end)
                if not latest.stopped:
                    piece = replace(piece, start=latest.start)
            else:  # since an earlier note's care none of the read notes holds
                piece = replace(piece, still=True)
        out.append((finding, piece, now))
    return out


def unread_still(pieces: list[Any], ctx: Context) -> str:
    """The unread notes written before care said still on whose earlier course no read note
    holds: one of them may be where it began (bench/unread.py's invariant b: "Still on naproxen
    + HEP" with the note of 14 months before unread is no one-day course)."""
    days = [p.start for p in pieces if p.still]
    if not days:
        return ""
    last = max(days)
    return named([n.ref for n in unread_texts(ctx, ("note",)) if n.date and n.date < last])
