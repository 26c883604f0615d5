"""A visit's number in a therapy note's heading, written like a day: "PT daily note visit 4/12".

Split out of written_dates.py, whose :data:`DATE` reads a yearless "N/M" as a day (and reads
"visit 4/5" as one, where a score would not be). A daily, treatment or progress note records the
visit of its own day, so a heading's "visit 4/12" that is not the note's own day is the visit's
number of the course's total: visit 4 of 12, not April 12 (blind wave 31, DI/workrehab-03: in a
note of 8/7, read as a date it began acute PT months before the injury and made a 115-day course
of two weeks).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A therapy note's heading that numbers its visit: "PT daily note visit 4/12:", "DAILY NOTE
#: visit 6/8", "PT progress note visit 8/12:"; its own date may stand before "visit" ("PT daily
#: note 8/11/26: Visit 2/12.", the second visit of twelve: blind wave 41, EZ/occ-03).
_VISIT_HEADING = lazy_re.compile(
    r"(?:^|\n)[^\n]{0,40}?\b(?:daily|treatment|tx|progress)\s+note\s+"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[:,;-]?\s*)?visit\s*#?\s*$",
    re.I,
)


def visit_count(match: re.Match[str], text: str) -> bool:
    """Whether a yearless "N/M" match of written_dates.DATE (groups 4-6: month, day, year) stands
    after a heading's "visit": the caller keeps it as a day only when it is the note's own."""
    if not match.group(4) or match.group(6):
        return False
    return bool(_VISIT_HEADING.search(text[: match.start()]))
