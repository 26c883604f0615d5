"""Care a treatment-plan word names that the statement tells as given, with how it went: a past
series, not the plan.

A product or series named in the history ("Durolane L knee last spring - helped ~6 mo", "Had
Synvisc-One L knee - helped", "Gel-One L knee effective for 7 months") was read as the injection
plan HYA-004 asks for (brief s68-j, a false met risk the fix sessions noted): a plan word names
the care, and only a date before the note made it the past (relevant_findings._past_plan). A
statement that tells the care's result, or tells it as had, and says nothing of doing it again
tells the series given. A plan heading's statement is left to the plan readers
(statement_kinds.reports_done), and a statement that looks ahead ("repeat Synvisc-One L knee,
last helped 6 mo", "proceed with Durolane - helped last time", "Synvisc-One today") plans.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The care told as had or by its result, in the past tense: "helped ~6 mo", "gave good relief",
#: "effective for 7 months", "worked well", "s/p", "had", "last spring", "a year ago". Not a
#: benefit or relief still hoped for ("may benefit from lap RYGB", "for pain relief").
_GIVEN = lazy_re.compile(
    r"\b(?:helped|relieved|worked|benefit(?:t)?ed|responded|wore\s+off|lasted|"
    r"(?:gave|provided|with|had|good|great|excellent|some|partial|significant|\d+\s*%)\s+"
    r"(?:(?:good|great|excellent|some|partial|significant)\s+)?(?:relief|response|benefit)|"
    r"relief\s+(?:for|x|lasting|until|till)|(?:was|were)\s+effective|effective\s+(?:for|x)|"
    r"had|has\s+had|s/p|status\s+post|previous(?:ly)?|prior(?!\s+to\b)|"
    r"last\s+(?:spring|summer|fall|autumn|winter|year|time|series|one)|"
    r"(?:a|one|two|\d+)\s+(?:years?|months?|mos?|yrs?)\s+ago)\b",
    re.IGNORECASE,
)
#: Words of doing it again or now: a statement so worded plans, whatever history it tells.
_AHEAD = lazy_re.compile(
    r"\b(?:will|plan(?:s|ned|ning)?(?!\s*:)|repeat\w*|again|another|next|schedul\w*|order\w*|"
    r"continu\w*|additional|"
    # a plan on the result to come: "if >=80% relief -> confirmatory MBB then RFA" (JP/ipn-03)
    r"if|then|request\w*|proceed\w*|consider\w*|recommend\w*|start\w*|begin|today|due|"
    r"return\w*|rtc|f/u|follow\w*|wants?|would\s+like|candidate|auth\w*|pa\b|submit\w*|"
    r"re-?inject\w*|re-?do|redo|to\s+(?:be|get|have|try|give|do)|expect\w*|hop(?:e|es|ing)|"
    r"anticipat\w*|may\s+(?:benefit|help|need|try|consider|be|want|require|proceed))\b",
    re.IGNORECASE,
)


#: The injection plans a past series or block is told with (HYA-004, IPN-010): a visit count
#: or a program's schedule is not a course of injections ("OT continuation R wrist s/p ORIF: 8
#: additional visits" plans the visits, whatever the surgery before them: blind AM/pt-03).
_INJECTION_PLANS = frozenset({"injection-plan", "spine-injection-plan"})


def told_as_given(finding: Any) -> bool:
    """Whether an injection-plan ``finding`` outside a plan heading sits in a statement that tells
    the care as given (its result, or "had") and does not look ahead."""
    if finding.concept not in _INJECTION_PLANS or finding.section == "plan" or finding.planned:
        return False
    snippet = finding.snippet or ""
    return bool(_GIVEN.search(snippet)) and not _AHEAD.search(snippet)
