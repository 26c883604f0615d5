"""A work restriction no longer held: lifted, or told as what the worker was held to before.

A restriction written as its cap ("no lifting >10 lb", "no overhead work", "restricted to 10
lb") is the limit the worker is held to against the job (targets.yaml lifting- and
reaching-limitation; blind wave 85, LN/occupational-work-rehab-02). The same words in a
statement that lifts them ("Restrictions lifted; released to full duty (previously no lifting
>10 lb)", "Released to full duty without restrictions, was on no lifting >10 lb") or that
places them before now ("previously restricted to 10 lb", "had been on no overhead work") are
a limit gone, not one held: pattern_flag_corrections.py marks them denied. A release still to
come ("restrictions to be lifted 6/1", "will be released to full duty once FCE done") or denied
("not released to full duty") lifts nothing.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The restriction targets this reads (work restrictions as the worker's limits).
RESTRICTION_LABELS = frozenset(
    {
        "functional-deficits|lifting-limitation",
        "functional-deficits|reaching-limitation",
        "work-injury|duty-restriction",
    }
)
#: The statement lifts the restrictions: done, in the past or present perfect, not to come.
_LIFTED = lazy_re.compile(
    r"\b(?:restrictions?|limits?|limitations?)\s+(?:(?:were|was|have\s+been|has\s+been|now|"
    r"since|all)\s+)?(?:lifted|removed|rescinded|discontinued|d/c'?d|cleared|released)\b|"
    r"\b(?:lifted|removed|rescinded|discontinued|cleared)\s+(?:(?:all|his|her|their|the|work)\s+)*"
    r"restrictions\b|"
    r"\bno\s+longer\s+(?:on\s+)?(?:restricted|(?:any\s+)?restrictions?|light\s+duty|modified\s+duty)\b|"
    r"(?<!not\s)(?<!n't\s)(?<!never\s)\b(?:released|cleared|returned)\s+(?:back\s+)?to\s+"
    r"(?:full|regular|unrestricted)\s+(?:duty|duties|work|activity)\b|"
    r"\b(?:full|regular)\s+duty\s*[,:-]?\s*(?:with\s+|w/\s*)?(?:no|without|w/o)\s+restrictions?\b",
    re.IGNORECASE,
)
#: A release to come or on a condition: "to be lifted", "will be released", "once", "goal".
_TO_COME = lazy_re.compile(
    r"\b(?:will|to\s+be|plan(?:s|ned)?|goal|expect\w*|anticipat\w*|hope\w*|once|when|if|until|"
    r"after|pending)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
#: Just before the restriction, what places it before now: "previously", "was on", "had been".
_BEFORE_NOW = lazy_re.compile(
    r"\b(?:previously|formerly|prior(?:ly)?|initially|originally|had\s+been|used\s+to\s+be|(?:was|were)(?=\s+on\b))\b(?:\s+(?:on|at|under|placed\s+on|restricted\s+to|limited\s+to|held\s+to|"
    r"given))?\s*(?:[:(]\s*)?$",
    re.IGNORECASE,
)


#: Just before the restriction, what keeps it beside one lifted: "Overhead restriction lifted;
#: continue no lifting >20 lb", "still no lifting >10 lb".
_KEPT = lazy_re.compile(
    r"\b(?:continue[sd]?|still|remains?|remaining|keep|maintain\w*|except)\b[^.;]{0,20}$",
    re.IGNORECASE,
)


def _lifts(statement: str) -> bool:
    """Whether ``statement`` lifts the restrictions, not as a release still to come."""
    for match in _LIFTED.finditer(statement):
        if not _TO_COME.search(statement[max(0, match.start() - 40) : match.start()]):
            return True
    return False


def restriction_lifted(label: str, statement: str, start: int) -> bool:
    """True when the restriction target ``label`` at ``start`` of ``statement`` is a limit no
    longer held (see the module docstring)."""
    if label not in RESTRICTION_LABELS:
        return False
    lead = statement[max(0, start - 30) : start]
    return (_lifts(statement) and not _KEPT.search(lead)) or bool(_BEFORE_NOW.search(lead))
