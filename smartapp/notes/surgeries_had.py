"""A surgery the note tells as had is no surgical plan (brief s72-i).

The surgical plan items (TSA-005, THA-005, TKA-005, KAS-004, SPS-006, BAR-007) read the
operation's name as its plan ("Plan R TSA", "L TKA 3/10"). The same name told as done ("s/p R
TSA", "hx R THA", "PSH: R TKA", "POD #2 L THA") was read as the plan too: only a date a month
before the note made it the past (checklists/relevant_findings._past_plan), so a record saying
only "s/p TSA" met TSA-005 for a left TSA order, and an old implant met a revision's plan.

A surgery is had when
- a word of a deed done stands right before its name, only its side, kind or level between:
  "s/p", "status post", "hx", "h/o", "history of", "prior" (not "prior to"), "previous", "had",
  "underwent", "post-op", "POD #2", "6 wks out from", a post-op visit's heading ("Post-op visit:
  L RSA", "Post op f/u R TSA", "POV #2: R RSA": brief s73-g); the surgeries listed after it are
  had too ("s/p R TKA, L THA"). Not when what follows the name makes it a step toward it ("s/p TKA
  consult", "hx of TKA discussion");
- a word of a deed done follows its name: "POD #1", "done", "performed", "3 yrs ago";
- its statement is past history ("PSH: R TKA") and looks nowhere ahead.
A date a month before the note is left to _past_plan: a plan's nearest date may be another
deed's ("s/p R knee scope 2020, proceed with R TKA" dates the TKA 2020: s72-i left it).

Not the deed said of other care ("s/p failed PT, plan R TKA"), a plan beside a surgery had ("L
TKA 2023, now R TKA planned"), care before it ("optimize A1c prior to R TKA").

A surgical plan's ``historical`` flag is this reading alone: ConText's "hx" reaches forward over
the whole statement ("Hx R knee OA failed PT/CSI, plan R TKA") and would make the plan history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import SURGICAL_PLANS, NoteFinding
from .plan_dated_past import looks_ahead

#: What may stand between the deed's word and the operation: its side, kind, level, an article.
_FILL = (
    r"(?:[\s-]+(?:r|l|rt|lt|right|left|bilat(?:eral)?|b/l|total|reverse|anatomic|primary|"
    r"partial|uni(?:compartmental)?|robotic(?:[\s-]assisted)?|cemented|cementless|lap(?:aroscopic)?|"
    r"open|knee|hip|shoulder|a|an|the|his|her|[ctls]\d(?:\s*-\s*[ctls]?\d)?)\b\.?)*[\s-]*"
)
#: A deed done right before the operation: "s/p R TKA", "hx: L THA", "POD #2 s/p R THA".
_DONE_BEFORE = lazy_re.compile(
    r"(?:\bs\s?[/\\]\s?p\b\.?|\bs\.p\.|\bstatus[\s-]*post\b|\bstat\s+post\b|\bh/o\b|"
    r"\bhx\b(?:\s+of\b)?:?|\bhistory\s+of\b|\bprior\b|\bprevious(?:ly)?\b|\bhad\b|"
    r"\bunderwent\b|\bundergone\b|\brecover(?:ed|ing)\s+from\b|"
    r"\bpost[\s-]?op(?:erative)?\b(?:\s+day\s*#?\s*\d+)?"
    # the follow-up visit of a surgery had, headed by it: "Post-op visit: L RSA", "Post op f/u
    # #2 R TKA", "Post-op check 9/20 - R THA", "POV #2: R RSA" (brief s73-g)
    r"(?:\s+(?:visit|check|f/u|fu|follow[\s-]?up|appt|appointment|exam|wound\s+check)"
    r"(?:\s*#\s*\d+)?(?:\s+(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}))?\s*[:\u2013-]?)?"
    r"(?:\s+(?:from|following|s/p|for|of))?|"
    r"\bpov\b(?:\s*#\s*\d+)?\s*:?|"
    r"\bpod\s*#?\s*\d+\b(?:\s+(?:from|after|following|s/p|status post))?|"
    r"\b\d+\s*(?:days?|d|wks?|weeks?|mos?|months?|yrs?|years?)\s+(?:out\s+from|post(?:[\s-]?op)?|"
    r"s/p)\b)" + _FILL + r"$",
    re.IGNORECASE,
)
#: ... not a step toward the operation named after it: "s/p TKA consult", "hx of TKA discussion".
_STEP_AFTER = lazy_re.compile(
    r"^\W{0,3}(?:[\w/-]+\s+)?(?:consult\w*|eval\w*|discuss\w*|recommend\w*|plan\w*|schedul\w*|"
    r"offered|pending|candida\w*|clearance|work-?up|education|class|teaching|pre-?op\w*|"
    r"referral|request\w*|auth\w*)\b",
    re.IGNORECASE,
)
#: A deed done right after the operation: "R TKA POD #1", "R TKA done 2/10", "R TKA 3 yrs ago".
_DONE_AFTER = lazy_re.compile(
    r"^\s*\(?\s*(?:[-,:]\s*)?(?:(?:was|were)\s+)?(?:done|performed|completed|"
    r"pod\s*#?\s*\d+|post[\s-]?op(?:erative)?\s+day\s*#?\s*\d+|"
    r"(?:~|about|approx\.?\s*)?(?:\d+|a\s+few|several|many)\s*(?:days?|wks?|weeks?|mos?|months?|"
    r"yrs?|years?)\s+ago)\b",
    re.IGNORECASE,
)
#: Surgeries listed after one had: "s/p R TKA, L THA", "s/p R TKA and L THA".
_LISTED = lazy_re.compile(r"^\s*(?:,|and|&|/|\+)" + _FILL + r"$", re.IGNORECASE)
#: A surgery-plan word that is a step toward the operation, not the operation: "s/p pre-op
#: clearance", "s/p surgical referral" leave the surgery ahead.
_STEP = lazy_re.compile(r"pre|consent|referral|posted|date|management", re.IGNORECASE)


def _had(text: str, finding: NoteFinding) -> bool:
    """Whether the surgical plan ``finding`` is told as had (module doc), by its own words."""
    before = text[max(0, finding.start - 80) : finding.start]
    after = text[finding.end : finding.end + 40]
    if _DONE_BEFORE.search(before) and not _STEP_AFTER.match(after):
        return True
    if _DONE_AFTER.match(after):
        return True
    return finding.section == "pmh" and not (
        looks_ahead(finding.snippet or "") or finding.hypothetical or finding.speculative
    )


def surgeries_had(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each surgical plan's ``historical`` flag set by whether the note tells
    the surgery as had (module doc)."""
    out = list(findings)
    had: list[NoteFinding] = []
    for index, finding in sorted(enumerate(out), key=lambda pair: pair[1].start):
        if finding.concept not in SURGICAL_PLANS:
            continue
        done = not _STEP.search(finding.text) and (
            _had(text, finding)
            or any(
                _LISTED.match(text[f.end : finding.start])
                for f in had
                if f.end <= finding.start and finding.start - f.end < 40
            )
        )
        if done:
            had.append(finding)
        if done != finding.historical:
            out[index] = replace(finding, historical=done)
    return out
