"""A form's answers by its boxes: a yes/no grid that answers the field a finding names, and a
pick-list's empty box, which leaves its item unchosen rather than denied.

Oracle Health PowerForms and payer PA forms answer a field with a pair of boxes: "Nocturnal
oximetry reviewed: [X] Yes [ ] No". The ticked box is the answer; the empty one beside it is the
option not taken, not a denial, and not the unfilled field an empty box alone would make of the
line (placeholders.py). The mirror, "[ ] Yes [X] No", is the field answered no, whatever the box
glyphs ("☐ Yes ☒ No", "( ) Yes (X) No", "[ ] Y [x] N"); with neither ticked the field is left
unfilled.

A pick-list ("Completed therapy: [X] OT [X] PT [ ] Chiro") leaves its empty items not chosen:
the form says nothing of chiropractic care, and reading the box as a denial let a newer form's
"[ ] Chiro" take back the dated course of an older note (finding_dates.newest_wins). Only a
form's own word of none makes its empty boxes a denial: "Prior therapy: [X] None [ ] PT".
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clauses import line_bounds

#: Any box of a form: "[X]", "[ ]", "(x)", "( )", "☐", "☒", "☑".
_BOX = r"(?:\[\s*[xX✓✔]?\s*\]|\(\s*[xX✓✔]?\s*\)|[☐☒☑])"
_TICKED = lazy_re.compile(r"[xX✓✔☒☑]")
#: The field's grid right after the finding's words: at most a few more words of its label
#: ("reviewed", "done"), its colon or question mark, then both options, in either order.
_GRID = lazy_re.compile(
    rf"(?:[ \t]+[\w/'&-]+){{0,4}}?[ \t]*[:?]?[ \t]*(?P<b1>{_BOX})[ \t]*(?P<o1>yes|no|y|n)\b"
    rf"[ \t,/|]*(?P<b2>{_BOX})[ \t]*(?P<o2>yes|no|y|n)\b",
    re.IGNORECASE,
)


def grid_answer(text: str, end: int) -> str | None:
    """How the yes/no grid of the field whose label ends at ``end`` of ``text`` is answered:
    "yes", "no", "blank" (neither ticked), or None (no grid, or both ticked)."""
    grid = _GRID.match(text, end)
    if not grid:
        return None
    first, second = grid["o1"][0].lower(), grid["o2"][0].lower()
    if first == second:
        return None
    ticks = {first: bool(_TICKED.search(grid["b1"])), second: bool(_TICKED.search(grid["b2"]))}
    if ticks["y"] == ticks["n"]:
        return None if ticks["y"] else "blank"
    return "yes" if ticks["y"] else "no"


#: An empty box and its own item, up to the finding: no other box, no line's end between.
_EMPTY_ITEM = lazy_re.compile(r"(?:\[\s*\]|\(\s*\)|☐)[^\[\]()☐☒☑\n]{0,80}$")
#: A ticked box of none on the line: "[X] None", "☒ N/A", "(x) no prior therapy".
_NONE_TICKED = lazy_re.compile(
    r"(?:\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑])\s*(?:none|n/a|no\b|never)", re.IGNORECASE
)


def unchosen_item(text: str, start: int) -> bool:
    """True when the finding at ``start`` of ``text`` is the item of an empty box on a line
    whose boxes do not tick "none" (a pick-list's item not chosen, not denied)."""
    left, right = line_bounds(text, start)
    if not _EMPTY_ITEM.search(text, max(left, start - 90), start):
        return False
    return not _NONE_TICKED.search(text[left:right])
