"""Met only by limits older than an unread note that could be an FCE meeting the job
(bench/unread.py, invariant a).

A functional capacity evaluation that finds the worker meets the job's physical demand level
overtakes every limit written before it (capacity_met.py; blind wave 36, ED/workrehab-03: the
PT discharge's "QuickDASH 18" of 8/28 is no deficit after the 10/09 FCE's "Meets job demands").
When that FCE cannot be read, the older limit meets the item. A criterion that weighs deficits
against the job (``job_demands: true``: work conditioning and work hardening, MS WC work
hardening criteria) is "could not check", naming the unread notes, when every finding that meets
it was written before a note that is unread: that note may be the FCE. A limit written on or
after every unread note stands whatever they say, and deficit items that are not weighed against
a job (a walker's, a wheelchair's) never ask. Nor does an unread note the EHR files as a visit's
progress note (LOINC 11506-3) whose title does not name an FCE: the evaluation is a report of
its own (ED/workrehab-03 files it as a consult note), and the occupational-medicine follow-ups
of every work-rehab record must not hold their limits. With every note read nothing changes.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from .context import Context
from .unread_notes import named, unread_texts

#: LOINC "Progress note": a visit's own note, not an evaluation's report.
_PROGRESS_NOTE = "11506-3"
_NAMES_FCE = lazy_re.compile(r"\b(?:fce|functional\s+capacity|work\s+capacity)\b", re.IGNORECASE)


def _may_be_fce(note: Any) -> bool:
    """Whether an unread note's type and title leave room for an FCE report."""
    visit = any(c.code == _PROGRESS_NOTE for c in note.codes or ())
    return not visit or bool(_NAMES_FCE.search(note.title or ""))


def unread_capacity(
    found: list[Any], spec: dict[str, Any], ctx: Context, dates: dict[str, date | None]
) -> str | None:
    """The unread notes, newer than every finding of ``found``, that could be an FCE meeting the
    job (see the module docstring); None when the criterion does not weigh the job or a finding
    is as new as every unread note."""
    if not spec.get("job_demands") or not found:
        return None
    written = [f.copied_from or dates.get(f.note_ref) for f in found]
    if any(d is None for d in written):
        return None  # an undated limit: nothing to place an FCE after
    newest = max(d for d in written if d is not None)
    _, high = ctx.window(spec.get("within_days"))
    unread = [n.ref for n in unread_texts(ctx)
              if n.date is not None and newest < n.date <= high and _may_be_fce(n)]  # fmt: skip
    if not unread:
        return None
    return named(unread)
