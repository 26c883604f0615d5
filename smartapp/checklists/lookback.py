"""Which notes a scoring can read: the earliest date a note's text can matter (pure, no clock).

Retrieval asks this before requesting note Binaries (issue 19): a dated note older than every
lookback window of the checklist that applies is never decoded by the engine, so its bytes need
not cross the network. The windows are the checklist's own data, read by the same walk as the
NLP window (:meth:`Checklist.lookback_days`), widened by the operators that read note text
without the NLP: ``has_document`` and ``plan_lacks_service`` (a note's text in its window) and
``coordination`` (notes of the last 180 days). A criterion of those operators without
``within_days`` needs every note.
Windows count back from the earlier of the order's day and ``as_of`` (:func:`window_anchor`),
the earliest anchor any criterion uses (``since: order``).
"""

from __future__ import annotations

from datetime import date, timedelta

from .catalog import Checklist
from .coordination import WINDOW_DAYS
from .note_windows import ALL_NOTES_DAYS, FINDING_OPERATORS, widest_note_window

#: Every operator that reads a note's text (directly or through NLP findings).
TEXT_OPERATORS = (
    *FINDING_OPERATORS,
    "has_document",
    "coordination",
    "plan_lacks_service",
    "computed_bmi",
)


def window_anchor(order_authored: date | None, as_of: date) -> date:
    """The day windows count back from at the earliest: the order's day, never after as_of."""
    return min(order_authored, as_of) if order_authored else as_of


def note_text_days(checklist: Checklist) -> int:
    """The widest window, in days, of any criterion that reads note text (a century: all)."""
    fixed = {"coordination": WINDOW_DAYS}
    return max(
        [0, *(widest_note_window(criterion, TEXT_OPERATORS, fixed)
              for item in checklist.items for criterion in (item.criteria, item.applies_when))]
    )  # fmt: skip


def notes_needed_since(
    checklist: Checklist, as_of: date, order_authored: date | None
) -> date | None:
    """The earliest date a note must have for its text to be read; None: every note is needed.

    Undated notes are always needed (a caller fetches them whatever this says).
    """
    days = note_text_days(checklist)
    if days >= ALL_NOTES_DAYS:
        return None
    return window_anchor(order_authored, as_of) - timedelta(days=days)
