"""One visit with a dietitian is no medically supervised weight-loss attempt.

NCD 100.1 asks for a "previous unsuccessful medical treatment for obesity", and CareSource, like
most payers, reads that as a physician- or program-supervised attempt over months: repeated
visits with their weights, or a named program attended. The weight-loss concept reads the
dietitian's visits ("RD visits x4", "monthly RD visits", "RD f/u #7") as that program's visits,
and a bare "dietitian" or "RD visit" as one of them. A statement that counts the visit as a
single one says otherwise: "RD visit x1 8/2026" beside self-directed diets and a program referral
never scheduled (blind wave 106, OL/surgery-bariatric-03), "one dietitian visit", "seen by RD
once", "nutrition counseling x1", "a single visit with the RD". That visit is the nutrition
evaluation bariatric programs ask for before surgery (targets.yaml's nutrition-evaluation), not
an attempt at weight loss, so its weight-loss finding is dropped (not negated: a denial would
overrule an older program the record tells, as the newest conservative-care statement does).

A clause that also tells a series keeps the finding: "RD visit x1, then monthly x5", "one RD
visit a month for 6 months", "single dietitian visit each month". A count of weeks or months
("RD x1 yr", "dietitian x 1 mo") is a length, not a count of visits, and is none of this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .clauses import stop_bounded_clause
from .model import NoteFinding

_CONCEPT = ("conservative-treatment", "weight-loss")
#: The visit's nouns a count may stand beside: "RD visit x1", "one dietitian session".
_VISIT = r"(?:visits?|sessions?|appointments?|appts?|consults?|consultations?|encounters?)"
#: A length, not a count: "x1 yr", "x 1 mo", "once a month" (a rate), "once weekly".
_NOT_COUNT = (
    r"(?!\s*(?:-|/)?\s*(?:wks?|weeks?|mos?|months?|yrs?|years?|days?|d\b|/)|"
    r"\s+(?:a|per|every|each)\s+(?:day|week|wk|month|mo|year)|\s+(?:weekly|monthly|daily))"
)
#: The count written after the finding, in its clause: "RD visit x1", "dietitian visit x 1
#: (8/2026)", "by RD once", "Dietitian: 1 visit", "nutrition counseling (x1)", "RD - one time".
_AFTER = lazy_re.compile(
    rf"^\s*(?:{_VISIT}\s*)?(?:[-:(]\s*)?(?:seen\s+|only\s+|just\s+)?"
    rf"(?:[x\u00d7]\s*1|once|one\s+time|1\s+time|(?:a\s+)?single\s+{_VISIT}|(?:one|1)\s+{_VISIT})"
    rf"\b{_NOT_COUNT}",
    re.IGNORECASE,
)
#: ... or before it: "one RD visit", "a single dietitian visit", "1 dietitian appt", "one-time
#: nutrition counseling", "single visit with the RD" (the finding then opens on "with the RD").
_BEFORE = lazy_re.compile(
    rf"\b(?:single|one|1|one-time|one-off|lone)\s+(?:(?:pre-?op|initial|brief|intake)\s+)?"
    rf"(?:{_VISIT}\s+(?:with|w/|to|by)?\s*(?:the\s+|an?\s+|her\s+|his\s+)?)?$",
    re.IGNORECASE,
)
#: A clause that tells a series besides the one visit: "then monthly x5", "RD visits x4",
#: "for 6 months", "each month", "q month".
_SERIES = lazy_re.compile(
    r"\b(?:monthly|weekly|bi-?weekly|q\s*(?:mo|month|wk|week)|(?:a|per|every|each)\s+"
    r"(?:month|week|wk|mo)|for\s+\d+\s*(?:wks?|weeks?|mos?|months?)|[x\u00d7]\s*(?:[2-9]|\d{2})"
    r"|(?:visits|sessions|appointments|appts)\b(?!\s*[x\u00d7]\s*1\b))",
    re.IGNORECASE,
)


def _one_visit(text: str, finding: NoteFinding) -> bool:
    """Whether ``finding``'s clause counts the dietitian's visit as a single one (module doc)."""
    if (finding.category, finding.concept) != _CONCEPT:
        return False
    low, high = stop_bounded_clause(text, finding.start, finding.end)
    counted = _AFTER.match(text[finding.end : high]) or _BEFORE.search(text[low : finding.start])
    if counted is None:
        return False
    return not _SERIES.search(text, low, high)


def without_single_visits(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` less each weight-loss finding its clause counts as one dietitian visit."""
    return [f for f in findings if not _one_visit(text, f)]
