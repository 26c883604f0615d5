"""A tested load set against a job-demand column that names no load: no shortfall is written.

A therapist's discharge table often lines the tests up against the job ("Test | Result | Job
demand |"): "Floor-to-waist lift | 55 lb x 5 | 50 lb occasional |" is compared by
:func:`.demand_levels.weight_meets_demand`. A row whose demand cell names the task without a
load ("Carry 100 ft | 45 lb | (boxes to doorstep) |", blind wave 38, Y/occ-05) compares the
load with nothing: the result is what the worker did, and no deficit is documented by it. A row
that writes its own shortfall ("20 lb, stopped - pain") still does.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..notes.lines import NoteLines
from ..notes.tables import cells
from .demand_levels import WEIGHT

#: A column heading for the job's demand: "Job demand", "Demands", "Job requirement".
_DEMAND_HEADING = lazy_re.compile(r"\b(?:job|demands?|requirements?|required)\b", re.IGNORECASE)
#: A result that writes its own shortfall.
_SHORT = lazy_re.compile(
    r"\b(?:unable|could not|couldn'?t|can'?t|cannot|not able|limited|stopped|fail\w*|"
    r"short|(?<!no )pain\w*|(?<!no )guard\w*|max(?:imum)?|only)\b",
    re.IGNORECASE,
)


def _heading_row(lines: NoteLines, at: int) -> str | None:
    """The first row of the table whose row holds ``at`` (None when that line is no row); rows
    may stand a blank line apart, as an HTML table's rendition leaves them."""
    start = lines.line_start(at)
    if not cells(lines.line_at(at)):
        return None
    first = start
    while start > 0:
        start = lines.line_start(start - 1)
        line = lines.line_at(start)
        if cells(line):
            first = start
        elif line.strip():
            break
    return lines.line_at(first)


def unweighed_demand(lines: NoteLines, at: int) -> bool:
    """True when the table row holding ``at`` gives a tested load, its own column headed as the
    job's demand holds no load, and the row writes no shortfall."""
    heading = _heading_row(lines, at)
    if heading is None:
        return False
    titles = [text for _, text in cells(heading)]
    demand = [i for i, text in enumerate(titles) if _DEMAND_HEADING.search(text)]
    row = [text for _, text in cells(lines.line_at(at))]
    if len(demand) != 1 or demand[0] == 0 or demand[0] >= len(row) or row == titles:
        return False
    column = demand[0]
    results = row[1:column]
    return (
        not WEIGHT.search(row[column])
        and any(WEIGHT.search(cell) for cell in results)
        and not any(_SHORT.search(cell) for cell in row)
    )
