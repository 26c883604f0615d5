"""A mobility supplier's own assessment, whoever filed it in the chart.

The power-mobility LCD (L33789) asks for a specialty evaluation by a PT, OT or physiatrist with
no financial tie to the supplier; the supplier's ATP seating assessment is not it. Such a
document often reaches the chart under the ordering physician as author and its ATP writes the
credential before the name ("Mobility supplier ATP seating assessment (Ohio Mobility, RESNA ATP
J. Crane)"), so no signature line reads as another hand's and the author's MD kept it (blind
wave 54, GV/whc-03). Its title or first line names it the supplier's assessment: that decides,
unless a PT, OT or physician signs it too (a joint evaluation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..evidence.record import Note

#: "Supplier ATP Assessment", "Mobility supplier ATP seating assessment", "DME vendor seating
#: evaluation", "ATP wheelchair assessment": the supplier (or its ATP) names the assessment,
#: at the opening of the title or first line (not "PT seating evaluation; supplier ATP present").
_SUPPLIERS = re.compile(
    r"^\W*(?:[A-Za-z&]+\s+){0,3}?(?:(?:dme|mobility|equipment)\s+)?"
    r"(?:supplier|vendor|dme)(?:['’]s)?\s+(?:(?:resna\s+)?atp\s+)?"
    r"(?:(?:seating|mobility|wheelchair|power|and|&|/)\s*){0,4}(?:assessment|evaluation|eval)\b"
    r"|^\W*(?:resna\s+)?atp\s+(?:(?:seating|mobility|wheelchair|power|and|&|/)\s*){0,4}"
    r"(?:assessment|evaluation|eval)\b",
    re.IGNORECASE,
)


def supplier_document(note: Note) -> bool:
    """Whether ``note`` is a mobility supplier's assessment by its title or first line."""
    first = next((line for line in (note.text or "").splitlines() if line.strip()), "")
    return bool(_SUPPLIERS.search(note.title or "") or _SUPPLIERS.search(first))


def by_supplier_only(note: Note, roles: Iterable[str], signing: set[str],
                     wanted: frozenset[str]) -> bool:
    """Whether ``note`` is the supplier's assessment that no hand of ``roles`` signs
    (``signing`` are its signing credentials, ``wanted`` those of ``roles``)."""
    return "supplier" not in roles and supplier_document(note) and not signing & wanted
