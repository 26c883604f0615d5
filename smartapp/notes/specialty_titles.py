"""A specialty's name alone is the note's title only where the note begins (blind wave 96,
NG/bed-02).

targets.yaml reads a note headed by its specialty's name alone ("Neurology. MS w/ spastic
paraparesis ... Plan: hospital bed", "NEUROLOGY" on a line of its own) as the clinic's record
of the visit it held, as "Pulm visit." is: the ordering neurologist's note on the order's day
was read as no visit, and BED-002's face-to-face as missing. Targets are matched statement by
statement, so the same name later in a note ("Referrals: Cardiology. Neurology.", a consult
list) would be read so too; only the note's first words are its title.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .outside_visits import IN_PERSON

#: The words the title target matches: a specialty's name, then its stop or line (targets.yaml,
#: the same names); not "Pulm visit.", a visit's label wherever it stands.
_TITLE = lazy_re.compile(
    r"^\s*(?:pulm(?:onary|onology)?|neurology|cardiology|sleep\s+medicine|orthopedics"
    r"|endocrinology|rheumatology|primary\s+care|pm&r|physiatry|nephrology|oncology|hematology"
    r"|urology|sports\s+medicine|family\s+medicine|internal\s+medicine|geriatrics"
    r"|neurosurgery)\s*\.?\s*$",
    re.IGNORECASE,
)
#: Anything before the title that is more than blank lines or markup.
_CONTENT = lazy_re.compile(r"[^\s*#=_\-]")


def title_not_first(label: str, matched: str, at: int, note_text: str) -> bool:
    """Whether the in-person target ``matched`` (at ``at`` in the note) is a bare specialty
    name that does not open the note: no title, a name in a list."""
    if label != IN_PERSON or _TITLE.match(matched) is None:
        return False
    return _CONTENT.search(note_text, 0, at) is not None
