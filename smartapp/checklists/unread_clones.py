"""Met only by a letter's exam, while a note that could be the visit it copies is unread
(bench/unread.py, invariant a).

A letter of medical necessity that repeats an earlier note's exam word for word carries that
exam forward: it is the earlier visit's exam, dated by it (cloned_exams.py; blind wave 36,
EF/lmri-03: the 1/5 exam in the 3/25 letter is no follow-up exam). When the earlier note cannot
be read the copy is not seen, and the letter's exam stands at the letter's day. The honest
answer is "could not check", naming the unread notes, when every finding that meets the item
is an exam statement cloned_exams.py would judge (a letter's, long enough to be more than a stock
phrase, not dated by its own words) and a note written before the criterion's window (any note
written before the letter when the criterion has no window) is unread: it may be the original.
An unread note inside the window would date the exam inside it too, so it changes nothing; a
visit note's exam is its own and is never doubted so. With every note read nothing changes.
"""

from __future__ import annotations

from typing import Any

from .cloned_exams import MIN_CHARS, _plain, is_letter
from .context import Context
from .unread_notes import named, unread_texts


def unread_clone(found: list[Any], spec: dict[str, Any], ctx: Context) -> str | None:
    """The unread notes that could hold the exam every finding of ``found`` (a letter's exam,
    see the module docstring) copies; None when one finding is no such exam or none is unread."""
    if spec.get("category") != "exam-findings" or not found:
        return None
    texts = {n.ref: n for n in ctx.record.all_texts()}
    letters = [texts.get(f.note_ref) for f in found]
    if not all(
        text is not None and text.date is not None and is_letter(text)
        and not (f.copied_from or f.when) and len(_plain(f.snippet or "")) >= MIN_CHARS
        for f, text in zip(found, letters, strict=True)
    ):  # fmt: skip
        return None
    latest = max(text.date for text in letters if text is not None and text.date is not None)
    low, _ = ctx.window(spec.get("within_days"))
    bound = min(low, latest) if low is not None else latest
    unread = [n.ref for n in unread_texts(ctx) if n.date is not None and n.date < bound]
    if not unread:
        return None
    return named(unread)
