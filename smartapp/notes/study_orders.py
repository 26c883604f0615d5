"""A study named as the object of its order is asked for, not resulted.

context.yaml reads the verbs of ordering ("ordered", "will order", "order placed for") and
imperative_orders.py the bare command ("Order MRI"); the order written as a noun was read as
the study itself: "I placed the MRI order" met the lumbar MRI's prior-imaging item LMRI-005
(blind wave 71, JI/lumbar-mri-03), where the order is for the very study under review and no
earlier result was on file. The same for "Placed order for lumbar MRI", "I put in the order for
the MRI", "Ordering MRI L-spine", "Order for X-ray placed", "sent the echo order", and for
what the order is to show, later in its clause ("order for R knee xrays to assess OA").

Only the study's own words and the order's: a study with its result ("MRI 1/2026: L4-5 HNP"),
"in order to", "per order of Dr X", "ordering provider" and an order field's heading are no
order of the study.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The order right after the study, up to three of its words between ("MRI order", "MRI
#: L-spine order", "X-ray requisition"); not "in order to", nor a study done or read before the
#: order word ("X-rays obtained per order", "MRI showed HNP, order ..." is cut at the comma).
_ORDER_AFTER = lazy_re.compile(
    r"^(?:\s+(?!(?:shows?|showed|revealed?|demonstrat\w*|reviewed|read|notable|with|in|per|"
    r"obtained|done|completed|performed|taken|resulted)\b)"
    r"[\w/-]+){0,3}\s+(?:order|orders|requisition|req)\b(?!\s+of\b)",
    re.IGNORECASE,
)
#: A result verb between an order word and the finding: the order was carried out and read
#: ("MRI per Dr Lee's order showed HNP").
_READ = (
    r"(?:(?!\b(?:shows?|showed|revealed?|demonstrat\w*|obtained|done|completed|performed|"
    r"resulted|read)\b)[^.;:])*$"
)
#: An order earlier in the finding's clause asks for everything after it there, as context.yaml's
#: "ordered" does: "order for (the) lumbar MRI", "Ordering MRI", "I placed the order for R knee
#: xrays to assess OA", "I placed the MRI order to look at the L4-5 disc". Not "per order of",
#: "in order to", the ordering clinician, nor an order carried out and read.
_ORDER_BEFORE = lazy_re.compile(
    r"(?:\b(?:order|orders|requisition)\b(?!\s+(?:of|to)\b)|\bordering\b(?!\s+(?:provider|"
    r"physician|clinician|practitioner|doctor|md|np|pa|npi|dr)\b))" + _READ,
    re.IGNORECASE,
)


def study_as_ordered(text: str, start: int, end: int) -> bool:
    """Whether the study at ``text[start:end]`` is the object of an order written as a noun
    ("I placed the MRI order", "Order for lumbar MRI placed", "Ordering MRI L-spine")."""
    return bool(_ORDER_AFTER.match(text[end:]) or _ORDER_BEFORE.search(text[:start]))
