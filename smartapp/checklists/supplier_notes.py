"""A mobility supplier's own assessment, whoever filed it in the chart.

The power-mobility LCD (L33789) asks for a specialty evaluation by a PT, OT or physiatrist with
no financial tie to the supplier; the supplier's ATP seating assessment is not it. Such a
document often reaches the chart under the ordering physician as author and its ATP writes the
credential before the name ("Mobility supplier ATP seating assessment (Ohio Mobility, RESNA ATP
J. Crane)"), so no signature line reads as another hand's and the author's MD kept it (blind
wave 54, GV/whc-03). Its title or first line names it the supplier's assessment: that decides,
unless a PT, OT or physician signs it too (a joint evaluation).

Any document a DME supplier wrote is no clinical test of the need for its equipment: NCD 240.2
"a DME supplier may not perform the test", and a supplier's letter to the payer ("From: Buckeye
Home Medical (DME supplier) ... SpO2 87% documented. Please approve.") only restates, dated by
its own day, a value the chart dates months earlier (s64-b, ID/oxy-03: the 87% of a March
admission; CG/oxy-02: the supplier RT's walk). ``supplier_written`` knows such a document by its
title or heading naming the supplier as the writer, or by a letter's "From:" line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lazy_re
from ..evidence.record import Note
from .note_heading import headed

#: "Supplier ATP Assessment", "Mobility supplier ATP seating assessment", "DME vendor seating
#: evaluation", "ATP wheelchair assessment": the supplier (or its ATP) names the assessment,
#: at the opening of the title or first line (not "PT seating evaluation; supplier ATP present").
_SUPPLIERS = lazy_re.compile(
    r"^\W*(?:[A-Za-z&]+\s+){0,3}?(?:(?:dme|mobility|equipment)\s+)?"
    r"(?:supplier|vendor|dme)(?:['’]s)?\s+(?:(?:resna\s+)?atp\s+)?"
    r"(?:(?:seating|mobility|wheelchair|power|and|&|/)\s*){0,4}(?:assessment|evaluation|eval)\b"
    r"|^\W*(?:resna\s+)?atp\s+(?:(?:seating|mobility|wheelchair|power|and|&|/)\s*){0,4}"
    r"(?:assessment|evaluation|eval)\b",
    re.IGNORECASE,
)


def supplier_document(note: Note) -> bool:
    """Whether ``note`` is a mobility supplier's assessment by its title or first line."""
    return headed(note, _SUPPLIERS)


def by_supplier_only(note: Note, roles: Iterable[str], signing: set[str],
                     wanted: frozenset[str]) -> bool:
    """Whether ``note`` is the supplier's assessment that no hand of ``roles`` signs
    (``signing`` are its signing credentials, ``wanted`` those of ``roles``)."""
    return "supplier" not in roles and supplier_document(note) and not signing & wanted


#: A heading or title naming the supplier as the writer: "Supplier letter of medical necessity",
#: "DME supplier intake", "Supplier RT assessment", "LIFELINE MEDICAL SUPPLY - RT INTAKE", "RT
#: home visit (DME supplier)". Not a clinician's line about one ("Nurse note: called pt to
#: confirm DME supplier", "spoke with Buckeye (DME supplier) re delivery"): the supplier opens
#: the line before a document's name, or qualifies one in brackets.
_DOCUMENT = (
    r"(?:rt|rrt|respiratory|home|delivery|set-?up|intake|letter|assessment|evaluation|eval|"
    r"visit|note|report|statement|summary|form|cmn|lmn)\b"
)
_WRITER = lazy_re.compile(
    r"^\W*(?:[A-Za-z&'.-]+\s+){0,3}?(?:(?:dme|hme|oxygen|equipment)\s+)?(?:supplier|vendor)"
    rf"(?:['’]s)?\s+{_DOCUMENT}"
    r"|^\W*(?:[A-Za-z&'.-]+\s+){1,3}?medical\s+suppl(?:y|ies)(?:,?\s+(?:inc|llc)\.?)?\s*[-–:|]"
    r"|\b(?:visit|assessment|intake|evaluation|eval|note|letter|report)\s*"
    r"\((?:dme\s+|hme\s+|oxygen\s+)?(?:supplier|vendor)\)",
    re.IGNORECASE,
)
#: A letter's sender line naming a supplier: "From: Buckeye Home Medical (DME supplier)".
_FROM = lazy_re.compile(
    r"^\s*from\s*:[^\n]*\b(?:supplier|vendor|medical\s+suppl(?:y|ies))\b", re.I | re.M
)


def supplier_written(note: Note) -> bool:
    """Whether ``note`` is a document the DME supplier wrote (its title, first line or a
    letter's sender line in its opening lines says so)."""
    opening = "\n".join((note.text or "").splitlines()[:6])
    return headed(note, _WRITER) or bool(_FROM.search(opening))
