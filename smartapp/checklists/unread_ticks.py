"""Met only on a form's ticked boxes, while a note whose narrative could deny them is unread
(bench/unread.py, invariant a).

A box ticked on a prior-authorisation form counts unless the record's narrative denies what it
ticks and nowhere states it (notes/ticked_boxes.py: "[X] Patient cannot self-propel an optimally
configured manual wheelchair" beside the exam's "UE strength 5/5", blind wave 30, DH/whc-02;
"[X] mobility limitation ... in the home" beside a TUG of 8.9 s and "independent w/ all ADLs",
CZ/wlk-02).
The narrative that denies it is usually the clinician's visit note; when that note cannot be
read, the denial is not seen and the tick meets the item on the form alone. The honest answer is
"could not check", naming the unread notes, when every finding that meets the item is such a
tick and no read statement outside a box states the same finding (then the tick stands whatever
the unread note says). With every note read nothing changes.
"""

from __future__ import annotations

from typing import Any

from ..notes.ticked_boxes import in_ticked_box
from .context import Context
from .unread_notes import named, unread_texts


def _narrative_states(ctx: Context) -> set[tuple[str, str]]:
    """(category, concept) of every finding a read statement outside a form box asserts."""
    texts = ctx.texts
    return {
        (f.category, f.concept)
        for f in ctx.record.findings or ()
        if f.asserted and not f.normal and not in_ticked_box(texts.get(f.note_ref, ""), f.start)
    }


def unread_tick(found: list[Any], ctx: Context) -> str | None:
    """The unread notes whose narrative could deny the ticked boxes every finding of ``found``
    is; None when one finding is no tick, the narrative read states it, or every note was read."""
    texts = ctx.texts
    if not found or not all(in_ticked_box(texts.get(f.note_ref, ""), f.start) for f in found):
        return None
    unread = [n.ref for n in unread_texts(ctx)]
    if not unread:
        return None
    stated = _narrative_states(ctx)
    if any((f.category, f.concept) in stated for f in found):
        return None
    return named(unread)
