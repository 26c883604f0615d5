"""Care, a test or a visit named first and its status written after it: "R knee injection
CANCELLED", "PT eval 5/12 - no show", "MRI was cancelled by pt", "ESI declined", "sleep study
postponed", "F2F visit rescheduled to 9/30". None of these was had.

medspaCy's ConText reads "cancelled" forward (context.yaml: "pt cancelled 3/5 re-eval") and a bare
"declined" forward too (a "declined" after a finding is as often a decrease: "gait has declined"),
so a status closing the statement about the care never reached back to it (found by blind wave
41's fix helper s41-i: an injection "CANCELLED" read as given). A ConText BACKWARD rule would take
every word back to the sentence start, across a comma list ("MRI done 3/2, PT cancelled" denies
only PT), and deny counts ("11 visits attended (2 cancelled for weather)"); this reads the status
only where it closes the care's own words:

- the care is of a kind that happens (care, a drug, a test, a visit, a therapy evaluation or
  re-evaluation, a plan): never a symptom or an exam finding ("pain cancelled her plans", "gait
  has declined");
- only a date, "#2", "was", "scheduled 1/5", "appt", "order", a dash or an arrow stand between
  the care and the status: no comma, semicolon, full stop or bracket (another item, or a count);
- the status closes its clause: what follows is its end, its agent or its reason ("by pt",
  "d/t weather", "(INR)", "x2"), never an object ("PT cancelled remaining appts" is the
  therapist's doing, "pt declined more visits" declines the visits).

Cancelled, no-show, declined, deferred, postponed, never scheduled: not had (negated). Moved to a
later date ("rescheduled to 9/30", or "cancelled (pt sick), rescheduled 10/27"): still to come
(hypothetical), and a plan so moved is still the plan. Documentation absent ("F2F: not
documented", "N/A") is not an event status and is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import CARE_CATEGORIES, PLAN_CATEGORIES, NoteFinding

#: Kinds of finding that are events a patient has or misses.
_EVENT_CATEGORIES = CARE_CATEGORIES | {"face-to-face"}
#: Event concepts of categories that otherwise hold findings or values: a study is done or not,
#: a lab value or an AHI "declined" is lower ("A1c has declined to 7.1").
_EVENT_CONCEPTS = frozenset({
    "therapy-evaluation", "re-evaluation", "x-ray", "mri", "ct", "ultrasound", "other-imaging",
    "sleep-study", "oximetry", "tb-screening", "hepatitis-screening",
})  # fmt: skip

#: What may stand between the care and its status: its date, its number, the booking, a dash.
_BRIDGE = (
    r"(?:\s*(?:->|=>|[-\u2013\u2014:>=]|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\#\s*\d+|"
    r"(?:was|were|is|are|has|have|been|got|then|appt|appointment|visit|session|order|"
    r"referral|rx|set-?up|scheduled|set|booked|planned|for|on|from|today|pt|patient)\b))*?"
)
#: The status that closes it. ``later``: moved to another date, still to come.
_STATUS = (
    r"\s*(?:(?P<later>re-?scheduled)|(?P<off>deferred|postponed|put\s+on\s+hold)|"
    r"(?P<not>cancel+ed|cx'?d|no[- ]?show(?:ed|s)?|did\s+not\s+show|didn'?t\s+show|"
    r"declined|refused|"
    r"never\s+(?:scheduled|happened|done|went|attended|completed|performed|obtained)|"
    r"did\s+not\s+(?:happen|go|attend)|didn'?t\s+(?:happen|go|attend)))\b"
)
#: After the status: the clause ends, or goes on with the status's agent, reason, count or date.
_CLOSES = (
    r"(?=\s*(?:$|[.;,!?)(\[\]\-\u2013\u2014>]|(?:by|per|due|d/t|dt|because|bc|b/c|"
    r"secondary|for|on|at|in|until|till|to|x\s*\d|\d|today|yesterday|again|and|but|then|"
    r"pending|since|after|before|as|with|when|last|this)\b))"
)
_AFTER = lazy_re.compile(_BRIDGE + _STATUS + _CLOSES, re.IGNORECASE)
#: The sentence goes on to book it again: still to come, not gone. Not "never rescheduled".
_BOOKED_AGAIN = lazy_re.compile(
    r"(?<!never )(?<!not )\b(?:re-?scheduled|re-?booked|will\s+reschedule|to\s+reschedule)\b",
    re.IGNORECASE,
)
_CLOSED = lazy_re.compile(r"[.;!?\n]\s*$")
_SENTENCE_END = lazy_re.compile(r"[.;\n](?:\s|$)|\n")


def status_after(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each event whose status after it says it was not had (module doc)
    negated, and each one moved to a later date hypothetical."""
    out: list[NoteFinding] = []
    for finding in findings:
        status = _status(text, finding) if is_event(finding) else None
        plan = finding.category in PLAN_CATEGORIES
        if (status == "not" or (status == "off" and not plan)) and not finding.negated:
            finding = replace(finding, negated=True)
        elif status == "later" and not plan:
            finding = replace(finding, hypothetical=True)
        out.append(finding)
    return out


def is_event(finding: NoteFinding) -> bool:
    """Whether ``finding`` is an event a patient has or misses (care, a test, a visit, a plan)."""
    return (
        finding.category in _EVENT_CATEGORIES
        or finding.category in PLAN_CATEGORIES
        or finding.concept in _EVENT_CONCEPTS
    )


def _status(text: str, finding: NoteFinding) -> str | None:
    """The status closing ``finding``'s own words: "not", "off" (put off), "later" or None."""
    if _CLOSED.search(finding.text):
        return None  # a target that takes in its sentence's end: what follows is the next one
    found = _AFTER.match(text, finding.end)
    if found is None:
        return None
    if found.group("later"):
        return "later"
    if found.group("off"):
        return "off"
    rest = text[found.end() :]
    stop = _SENTENCE_END.search(rest)
    if _BOOKED_AGAIN.search(rest[: stop.start()] if stop else rest):
        return "later"  # "cancelled (pt sick), rescheduled 10/27": to come after all
    return "not"
