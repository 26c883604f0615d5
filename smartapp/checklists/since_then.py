"""Care said to go on "since" a time its statement gave before it, with no date after the word:
"Meloxicam stopped 8/2025 after GI bleed, tylenol 1 g TID since", "PT Jul-Aug 2025 + HEP daily
since" (blind wave 60, HT/hya-01).

"Since" with no object of its own points back at the time just written ("since then"): the care
runs from that time to the note's day. Read alone, the drug was the note's day only, and the
home program the therapy's weeks: two months of care where the note tells of seven. Other
writers put it "ever since", "since then", "since that time", "from then on", "onward", or
with a pronoun in a clause of its own ("started gabapentin 1/2026, has been on it since").

Not read so: a "since" whose own object follows ("since 5/2025", "since stopping naproxen",
"since the fall": since_dates.py reads those), a since in another clause than the care's ("PT
6 wks 2025, pain worse since", "ESI 1/2026 w/ relief since": the relief's, not the care's),
care the clause says is off or stopped ("off naproxen since", "no HEP since", "hasn't done PT
since"), a clause of its own after the care ("PT Jun-Jul 2026 and nothing since", "... and has
done fine since"), and a one-time procedure (an injection is no care that goes on).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.durations import find_dates

#: Care given once, not kept up: "since" after it is the time since, not care going on.
_ONCE = frozenset({"corticosteroid-injection", "epidural-injection", "viscosupplementation"})

#: The word pointing back, and the end of its clause straight after it (so no object follows).
_BACK = (
    r"(?:(?:ever\s+)?since(?:\s+(?:then|that(?:\s+(?:time|point|visit))?))?"
    r"|from\s+(?:then|that\s+(?:time|point))\s+on(?:ward)?s?|onwards?)"
    r"(?=\s*(?:$|[,;.)!]|[-\u2013]\s|\b(?:and|but|with|w/|without|which|though|although)\b))"
)
#: The care's own clause up to that word: its dose and how often ("1 g TID", "daily", "500 BID
#: prn"), nothing that is a symptom, an outcome, a stop or a negation. Not past a "+" or "&":
#: care joined after it is another's, and the since that care's ("PT 10 visits Oct-Dec 2025 +
#: HEP daily since": the home program since December, the therapy its own October to December;
#: blind wave 74, JQ/hya-01 read the therapy from 1 December too).
_OWN = lazy_re.compile(r"([^,;:()\n+&]{0,40}?)\b" + _BACK, re.IGNORECASE)
_NOT_OWN = lazy_re.compile(
    r"\b(?:off|stopped|stop|quit|held|no|not|never|none|nothing|d/?c'?d?|discontinued|pain\w*|"
    r"worse|better|relief|improv\w*|help\w*|flare\w*|symptom\w*|free|resolved|gone|fine|well|"
    r"ok|okay|stable|asymptomatic|good|great|"
    # a conjunction or a verb opens another clause: "PT 2024 and has been fine since"
    r"and|but|then|until|till|was|were|is|has|had|been|did|doing)\b|n't\b",
    re.IGNORECASE,
)
#: ... or a clause of its own naming the care by a pronoun: ", has been on it since".
_PRONOUN = lazy_re.compile(
    r"([^,;:()\n]{0,40}?)\s*[,;]\s*(?:and\s+)?"
    r"(?:(?:has|have)\s+been\s+|been\s+|is\s+|she's\s+|he's\s+)?"
    r"(?:on|taking|doing|using|wearing|with|continued|kept\s+up)\s+(?:it|them|that|this)\s+"
    + _BACK,
    re.IGNORECASE,
)
#: Words before the care in its clause that say it is not kept up or not yet begun.
_NOT_KEPT = lazy_re.compile(
    r"\b(?:off|stopped|quit|no|not|never|without|none|will|plan\w*|consider\w*|recommend\w*|"
    r"declin\w*|refus\w*)\b|n't\b",
    re.IGNORECASE,
)
_SPACE = lazy_re.compile(r"\s")
_CLAUSE_BREAK = lazy_re.compile(r"[,;:.]\s|\s[-\u2013]\s|\+")


def since_then(finding: Any, text: str, note_date: date) -> date | None:
    """The day care a statement says goes on "since" began: the latest time the statement
    writes before the care's name. None when the care's own words hold no such "since"."""
    if finding.concept in _ONCE or not finding.snippet:
        return None
    tail = text[finding.end : finding.end + 120].split("\n", 1)[0]
    said = [m for m in (_OWN.match(tail), _PRONOUN.match(tail)) if m]
    said = [m for m in said if not _NOT_OWN.search(m.group(1))]
    if not said:
        return None
    flat = _SPACE.sub(" ", text)  # statements are cut with line breaks as spaces
    snippet = _SPACE.sub(" ", finding.snippet)
    base = flat.find(snippet, max(0, finding.end - len(snippet)), finding.start + len(snippet))
    if base < 0 or base > finding.start:
        return None
    lead = flat[base : finding.start]
    clause = _CLAUSE_BREAK.split(lead)[-1]
    if _NOT_KEPT.search(clause):
        return None
    # The time pointed back at: the latest written before the word, the care's own included
    # ("started naproxen 6/1/26, has been on it since").
    upto = flat[base : finding.end + said[0].end(1)]
    found = [m for m in find_dates(upto, note_date) if m.when <= note_date]
    return max(found, key=lambda m: m.start).when if found else None
