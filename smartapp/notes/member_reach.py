"""How far a "not yet", a "pending" or a "no" reaches across a list of treatments: to the care of
its own list member, and not back over a member before it that carries its own verb or span.

Notes list the care tried in one line, each member with its status: "NSAIDs tried, PT not yet",
"Conservative: NSAIDs yes / PT no", "meloxicam x 8 wks; PT pending insurance approval",
"Meloxicam helped a little, has yet to do PT" (the lead's probe of stop 71's final engine, brief
s72-a). ConText has no rule for a bare "not yet", "yet to" or "no" closing a member, so the PT
read as had, and a conservative-treatment item that needs PT was met on a note saying it was
never done (the worst error: a gap called met). The other way, a status ConText does read
reached back over the comma: in "Naproxen 500 bid x 8 wks, physical therapy hasn't started"
and "NSAIDs x 6 wk, PT pending auth" the naproxen and the NSAIDs read as denied or only planned.

- :func:`status_in_member`: the status written right after the care, closing its member (up to
  a comma, semicolon, slash, "and", "but" or the sentence's end), or "yet to do" just before it
  in the member. A status that goes on ("NSAIDs not yet helpful", "PT not yet improved") is the
  care's outcome, not its status: the care was had.
- :func:`reach_ends_before`: a denial or a plan word written after the care, in a later clause
  that names other care first, does not reach back to care whose own clause says it was had
  (a verb of care, a span "x 6 wks", a dose taken "since", "helped"). A bare member ("NSAIDs, PT
  not tried") stays in the list the status closes.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clause_spans import clause_start
from .clauses import CARE_HAD, _bare, _clauses
from .model import CARE_CATEGORIES

#: A status closing a member that says the care was not had: "not yet", "not yet started",
#: "hasn't started", "not tried", "never", "no", "none", "declined".
_NOT_HAD = (
    r"not\s+yet(?:\s+(?:started|begun|begin|start|done|tried|attempted|initiated|scheduled|"
    r"attended|had|completed))?"
    r"|(?:(?:has|have|had|did|is|was)n'?t|not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:started|begun|tried|done|attempted|initiated|attended|had)(?:\s+yet)?"
    r"|never|no|none|n/a|declined|refused"
)
#: ... or that it is still to come: "yet to start", "pending auth", "pending insurance approval";
#: not the next step of a course going on ("PT pending re-eval", "PT pending discharge").
_TO_COME = (
    r"(?:(?:has|have|is)\s+)?yet\s+to\s+(?:be\s+)?(?:start(?:ed)?|begin|begun|do(?:ne)?|try|"
    r"attend|schedul(?:e|ed)|go|have)"
    r"|pending(?!\s+(?:discharge|d/c|re-?eval\w*|re-?assess\w*|recert\w*|progress|completion|"
    r"final)\b)(?:\s+(?!(?:and|but)\b)[\w/.-]+){0,3}?"
)
#: What may stand between the care and its status: a separator, and words naming the same care
#: ("Formal PT - not yet", "PT referral not yet", "physio sessions: none").
_BETWEEN = (
    r"(?:\s+(?:eval(?:uation)?|referral|consult|course|sessions?|visits?|program|trial|so\s+far|"
    r"to\s+date|as\s+yet|yet))*\s*(?:[:=]|\s[-–]{1,2})?\s*"
)
#: The member ends with the status: a break, the text's end, or a reason after it ("not yet -
#: waiting on auth", "not yet, pt wants to wait", "not yet d/t cost").
_CLOSES = (
    r"(?=\s*(?:$|[.;,/|()\]!?]|\s[-–]\s|\b(?:and|but|d/t|due\s+to|because|b/c|per|as|so|until|"
    r"waiting|wants?)\b))"
)
_STATUS_AFTER = lazy_re.compile(
    _BETWEEN + rf"(?:(?P<not_had>{_NOT_HAD})|(?P<to_come>{_TO_COME})){_CLOSES}", re.IGNORECASE
)
#: "has yet to do PT", "yet to start formal PT": the status before the care, in its member.
_TO_COME_BEFORE = lazy_re.compile(
    r"\byet\s+to\s+(?:start|begin|do|try|attend|have|go\s+to|schedule)\s+"
    r"(?:(?:an?|the|any|formal|outpatient|home)\s+)?$",
    re.IGNORECASE,
)
#: A label of care ("category|concept", several joined by ";").
_CARE = lazy_re.compile(rf"(?:^|;)(?:{'|'.join(sorted(CARE_CATEGORIES))})\|")
#: Where a member begins, for the status before the care.
_MEMBER_START = lazy_re.compile(r"[,;/|]|\s[-–]\s|\b(?:and|but)\b", re.IGNORECASE)


def status_in_member(text: str, start: int, end: int) -> str | None:
    """The flag ("negated" or "hypothetical") the status of the care at [start, end) of
    ``text`` sets within its own list member, or None when the member says none."""
    after = _STATUS_AFTER.match(text, end)
    if after:
        return "negated" if after.group("not_had") else "hypothetical"
    member = text[clause_start(text, start, _MEMBER_START) : start]
    return "hypothetical" if _TO_COME_BEFORE.search(member) else None


def reach_ends_before(ent: Any, category: str) -> bool:
    """Whether every ConText modifier of ``category`` on ``ent`` stands after it, in a later
    clause that names other care, and ``ent``'s own clause says the care was had."""
    triggers = [m for m in ent._.modifiers if m.category == category]
    text = ent.doc.text
    clauses = _clauses(text)
    own = next(((a, b) for a, b in clauses if a <= ent.start_char < b), None)
    if not triggers or own is None:
        return False
    words = text[own[0] : own[1]].replace(ent.text, " ", 1)
    if _bare(words) or not CARE_HAD.search(words):
        return False  # "NSAIDs, PT not tried": an item of the list the status closes
    # Care named in ``ent``'s own clause: the later clause naming it again speaks of this one
    # ("Naproxen and PT x 8 wks, referred to Acme PT": both referred, brief s62-m).
    named_here = {
        other.label_ for other in ent.doc.ents if own[0] <= other.start_char < own[1]
    }
    for modifier in triggers:
        at = ent.doc[modifier.modifier_span[0]].idx
        theirs = next(((a, b) for a, b in clauses if a <= at < b), None)
        if theirs is None or theirs[0] < own[1]:
            return False
        others = {
            other.label_ for other in ent.doc.ents
            if theirs[0] <= other.start_char < theirs[1] and _CARE.search(other.label_)
        }  # fmt: skip
        if not others or others & named_here:
            return False
    return True
