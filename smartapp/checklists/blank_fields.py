"""A note that leaves the element's own field blank: "Home accessibility: *** (home visit not yet
scheduled)" (blind wave 33, DT/whc-03).

A template's field for the very thing a criterion looks for, left "***", says its writer has not
yet made that finding; what else the note says on the subject ("per pt, hallway 30 in with a
90-degree turn") is what was heard, not the assessment. With ``filled: [field names]`` a
note_finding never counts findings from a note that leaves a field so named unfilled; other notes
still can (the supplier's home visit written later). ``filled: true`` is the plan-of-care form:
a plan's frequency, duration, goals or signature left blank (not_a_plan.BLANK_FIELD).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..notes.placeholders import PLACEHOLDER
from .context import Context


def blank_field(fields: Sequence[str]) -> re.Pattern[str]:
    """A field whose label starts with one of ``fields`` ("home access" reads "Home
    Accessibility:", "Home access (doorways):") answered only by a placeholder."""
    names = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fields)
    return re.compile(
        rf"\b(?:{names})\w*\b[^\n:.;]{{0,30}}:[ \t]*(?:{PLACEHOLDER.pattern})", re.IGNORECASE
    )


def notes_leaving_blank(ctx: Context, fields: Sequence[str]) -> set[str]:
    """The record's notes (and other texts) that leave a field named by ``fields`` unfilled."""
    pattern = blank_field(fields)
    return {n.ref for n in ctx.record.all_texts() if n.text and pattern.search(n.text)}
