"""Met only because care with no date of its own sits where the read notes place it, while a
note that could place it elsewhere is unread (bench/unread.py, invariant a).

Care a note states with weeks but no date is placed by the other notes: weeks counted back from
its note ("Has failed 3 months of PT") begin no earlier than an earlier note that plans to begin
that care (care_begun.bounded_by_plans), and a drug said stopped after some days ("meloxicam
stopped after ~1 wk") ran from the latest earlier note that planned to begin it
(piece_anchors.anchored). When a note written before the statement cannot be read, the plan it may
hold is not seen, and the care is placed where it makes the episode longest: four weeks of PT
in April joined to a week of meloxicam placed before a phone call in late May (blind wave 35,
DZ/imaging-02, its 3/19 plan note unread). The honest answer is "could not check", naming the
unread notes, when the episode falls short with the care placed as such a note could place it.
With every note read nothing changes: the read notes held no such plan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from .care_piece import Piece
from .context import Context
from .courses import MEDICATION_CONCEPTS
from .unread_notes import named, unread_texts

Key = tuple[str, str]


def _key(piece: Piece) -> Key:
    return piece.modality, piece.citation.get("reference", "")


def placed_by_notes(pieces: list[Piece]) -> dict[Key, tuple[date, date, bool]]:
    """The pieces, before the notes place them, whose days a plan in another note decides:
    (modality, citation) -> (start, the note's day, floating). Weeks counted back from their
    note, and a drug said stopped with its weeks that no coded order of it anchors."""
    out: dict[Key, tuple[date, date, bool]] = {}
    for piece in pieces:
        if "#" not in piece.citation.get("reference", ""):
            continue  # coded data says its own days
        coded = [p for p in pieces if p.modality == piece.modality and p.start <= piece.end
                 and "#" not in p.citation.get("reference", "")]  # fmt: skip
        floating = piece.floating and not coded and piece.modality in MEDICATION_CONCEPTS
        if floating or piece.counted_back:
            out[_key(piece)] = (piece.start, piece.end, floating)
    return out


def _unread_notes(ctx: Context) -> list[tuple[date, str]]:
    return [(n.date, n.ref) for n in unread_texts(ctx, ("note",))
            if n.date is not None and n.date <= ctx.as_of]  # fmt: skip


def _moved(piece: Piece, placed: tuple[date, date, bool], day: date) -> Piece | None:
    """``piece`` placed as a plan of ``day`` would place it; None when such a plan moves it not."""
    start, written, floating = placed
    if floating and day < written:
        # The drug began on the plan's day, for the days the statement gives.
        return replace(piece, start=day, end=min(day + (written - start), written), late_start=None)
    if not floating and start < day < written:
        return replace(piece, start=max(day, piece.start), late_start=None)  # bounded by the plan
    return None


def unread_anchor(
    inside: list[Piece],
    placed: dict[Key, tuple[date, date, bool]],
    needed: int,
    floor: date,
    ctx: Context,
    longest: Callable[[list[Piece]], int],
) -> str | None:
    """The unread notes that could hold a plan placing the undated care of ``inside`` so that
    its longest episode falls short of ``needed`` days; None when there are none. ``floor``: the
    window's first day, where ``inside`` was clipped."""
    if not placed:
        return None
    doubted: list[str] = []
    for day, ref in _unread_notes(ctx):
        moved: list[Piece] = []
        changed = False
        for piece in inside:
            other = _moved(piece, placed[_key(piece)], day) if _key(piece) in placed else None
            if other is None or (other.start, other.end) == (piece.start, piece.end):
                moved.append(piece)
                continue
            changed = True
            if other.end >= floor:  # clipped to the window as the piece was
                moved.append(replace(other, start=max(other.start, floor)))
        if changed and (not moved or longest(moved) < needed):
            doubted.append(ref)
    if not doubted:
        return None
    return named(doubted)
