"""Weeks of care an attestation claims, with no date of their own, are not care the record shows.

A letter of medical necessity ("She has failed more than 3 months of comprehensive conservative
care including physical therapy and anti-inflammatories") and a prior-authorisation form's
ticked box ("[X] Failed conservative treatment >= 3 months (PT / NSAIDs / injection)") are the
requester's attestation that the criterion is met, written for the request. ``care_episode``
counted such weeks back from the letter's day as care (episode_pieces.py), so the claim itself
stretched the episode to the length it claims: three blind cases of wave 46-47 (FW/spine-02,
FX/hip-arthroplasty-02, FV/shoulder-arthroplasty-02), whose dated notes show seven to eleven
weeks of care ("No prior back care" at the first visit 1/5, PT 1/8-2/12, meloxicam from 1/5), were
called ready on the letter's "3+ months". CMS Program Integrity Manual (Pub. 100-08) ch. 5 §5.7:
an attestation "by itself" is not sufficient documentation; the medical record must support it
(letters.py reads a ``records_only`` criterion the same way).

So a counted-back piece of care from a letter of necessity or from a ticked form box is dropped:
what the letter's modalities were is still read where it dates them ("PT 1/8-2/12"), and the
same words in a clinician's own note ("Has failed 3 months of PT, NSAIDs" in a consult) are
still the clinician's history of the care.

Weeks counted back from a time the letter names are dated, as "PT 1/8-2/12" is: "Since March she
has had PT at two clinics (12 visits spring, 10 visits late summer), NSAIDs/duloxetine, and 2
ESIs (May, Aug)" (blind wave 79, KR/surgery-spine-03, the only note) was dropped whole, and
SPS-003 found no care, where "since mid-March" or "since 3/2026", which the note reader takes
for dates, was kept. A named start (a month, a date, a season, "3/2026-present") dates them; a
bare length ("failed 3+ months", "over the past 6 months") is still the claim alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..notes.durations import find_durations
from ..notes.ticked_boxes import in_ticked_box
from .care_piece import Piece
from .context import Context
from .letters import is_letter_of_necessity


def _attested(note: object, offset: str) -> bool:
    """Whether the statement at ``offset`` ("229-231") of ``note`` is an attestation: any
    statement of a letter of necessity, or the item of a ticked form box."""
    if is_letter_of_necessity(note):
        return True
    start = offset.split("-")[0]
    return start.isdigit() and in_ticked_box(getattr(note, "text", None) or "", int(start))


def _named_start(piece: Piece, statement: str, note_date: date | None) -> bool:
    """Whether the weeks ``piece`` counts back are the time since a start its ``statement``
    names ("Since March she has had PT"), not a bare length ("failed 3+ months of PT")."""
    span = (piece.end - piece.start).days
    found = find_durations(statement, note_date) if note_date else []
    return any(d.dated and d.days == span for d in found)


def unattested(pieces: list[Piece], ctx: Context) -> list[Piece]:
    """``pieces`` without the weeks an attestation counts back from its own day."""
    notes = {note.ref: note for note in ctx.record.all_texts()}
    statements: dict[str, Any] = {
        f"{f.note_ref}#{f.start}-{f.end}": f.snippet for f in ctx.record.findings or ()
    }
    out = []
    for piece in pieces:
        ref, _, offset = piece.citation["reference"].rpartition("#")
        note = notes.get(ref) if ref else None
        if piece.counted_back and note is not None and _attested(note, offset):
            said = statements.get(piece.citation["reference"]) or ""
            if not _named_start(piece, said, ctx.text_dates.get(ref)):
                continue
        out.append(piece)
    return out
