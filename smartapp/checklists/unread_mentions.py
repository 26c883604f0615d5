"""Met only on bare mentions of care that another note could discount, while a note is unread
(bench/unread.py, invariant a).

A mention of care on its note's day alone, with no date, weeks or sessions of its own ("Ref PT
2x/wk x 6 wks, meloxicam." on 1/20), is discounted by what other notes say of it: a later note
that says the care was not had that month ("Meloxicam started 4/28 (had not filled in Jan)":
not_had_then.py; blind wave 86, LR/sps-02), and an earlier one that says the course it restates
was left early ("attended 4 visits 5/1-5/15, then no-showed x3 ... D/C from PT" before "did PT
for a while": left_restated.py; LR/lmri-02). When such a note cannot be read its word is not
seen, and the mention carries the episode: LR/sps-02's SPS-009 turned partial -> met with its
4/28 note unread, January's meloxicam joined to June's. The honest answer is "could not check",
naming the unread notes, when the episode falls short without the mentions an unread note
written after them (it may say the care was not had then) or before them (it may say the course
was left) could discount. A mention with a date or weeks of its own is an account those rules
do not undo. With every note read nothing changes: the read notes discounted what they said.
"""

from __future__ import annotations

from collections.abc import Callable

from .care_piece import Piece
from .context import Context
from .unread_notes import named, unread_texts


def _bare(piece: Piece) -> bool:
    """A note's mention of care on its own day alone (no date, weeks or sessions of its own)."""
    return (
        "#" in piece.citation.get("reference", "")
        and not piece.timed
        and piece.sessions == 0
        and piece.start == piece.end
    )


def unread_mention(
    inside: list[Piece], needed: int, ctx: Context, longest: Callable[[list[Piece]], int]
) -> str | None:
    """The unread notes that could discount the bare mentions of ``inside`` (its pieces in the
    window), when without those mentions its longest episode falls short of ``needed``; None
    when the episode stands. ``longest``: the days of the longest episode pieces make."""
    bare = [p for p in inside if _bare(p)]
    if not bare:
        return None
    # Notes written by as_of that could not be read; a mention's own note was read (it is
    # where the mention comes from), so only another day's note can discount it.
    unread = [
        (n.date, n.ref) for n in unread_texts(ctx, ("note",))
        if n.date is not None and n.date <= ctx.as_of
    ]  # fmt: skip
    if not unread:
        return None
    doubted: dict[int, list[str]] = {}
    for index, piece in enumerate(inside):
        if not _bare(piece):
            continue
        # After it: "had not filled in <its month>"; before it: the course it restates left.
        refs = [ref for day, ref in unread if day != piece.start]
        if refs:
            doubted[index] = refs
    if not doubted:
        return None
    kept = [p for i, p in enumerate(inside) if i not in doubted]
    if kept and longest(kept) >= needed:
        return None
    return named(list(dict.fromkeys(ref for refs in doubted.values() for ref in refs)))
