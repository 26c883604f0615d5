"""A weight-loss program enrolled in but not attended is no medically supervised attempt.

NCD 100.1 asks for a "previous unsuccessful medical treatment for obesity": a supervised attempt
the patient took part in over months. "Enrolled in our 6-mo supervised program 3/2026: attended
intake 3/12 only; no-show 4/9, 5/14, 6/11, 7/9; discharged from program 8/2026." (blind wave 110,
OZ/bariatric-02) tells an enrolment that went no further than its intake: the program was not
tried, so it did not fail. The weight-loss concept read "supervised program" as the attempt.

So a weight-loss finding whose sentence (cut at full stops and line breaks, not at ";" or ":",
which here join the enrolment to what became of it) says the patient attended only the intake
or once ("attended intake 3/12 only", "attended only the first session", "came to 1 visit",
"attended once"), or was discharged or dropped for not attending ("discharged for
non-attendance", "dropped from program after 3 no-shows"), or never started or attended it
("enrolled but never attended"), is dropped (not negated: a denial would overrule an older
program the record tells, as the newest conservative-care statement does; single_visits.py does
the same for one dietitian visit).

A sentence that also counts visits kept keeps the finding: "supervised program 3/2026-8/2026, 6
of 6 visits, lost 12 lb", "attended 5 of 6 sessions, 1 no-show", "attended intake and 5 monthly
visits".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .clause_spans import clause_around
from .model import NoteFinding

_CONCEPT = ("conservative-treatment", "weight-loss")
_VISIT = r"(?:visits?|sessions?|classes|class|appointments?|appts?|meetings?|groups?)"
#: Words that the program went no further than its start, or ended for want of attendance.
_UNATTENDED = lazy_re.compile(
    # "attended intake 3/12 only", "attended only the intake", "only attended the first visit",
    # "attended 1 session", "attended once", "came to one class"
    rf"\b(?:only\s+)?(?:attended|came\s+to|went\s+to|showed\s+(?:up\s+)?(?:for|to))\s+"
    rf"(?:only\s+|just\s+)?(?:(?:the|an?|his|her|initial|first|1st|orientation|intake)\s+)*"
    rf"(?:(?:intake|orientation)(?:\s+{_VISIT})?|initial\s+{_VISIT}|first\s+{_VISIT}|"
    rf"1st\s+{_VISIT}|{_VISIT}\s+1\b)"
    rf"(?:\s+(?:on\s+)?\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?(?:\s+only|(?=\s*[;,.)]|\s*$))"
    rf"|\b(?:only\s+)?(?:attended|came|went|showed\s+up)\s+(?:only\s+|just\s+)?"
    rf"(?:once|one\s+time|1\s+time|x\s*1)\b"
    rf"|\b(?:only\s+)?(?:attended|came\s+to|went\s+to)\s+(?:only\s+|just\s+)?(?:one|1|a\s+single)"
    rf"\s+{_VISIT}\b"
    # "discharged for non-attendance", "dropped from program after 3 no-shows", "dismissed for
    # no-shows", "discharged from program" after no-shows told in the sentence
    r"|\b(?:discharged|dropped|dismissed|removed|terminated|withdrawn)\b[^.\n]{0,40}?\b"
    r"(?:non-?\s?attendance|non-?\s?compliance|no[- ]?shows?|missed\s+(?:visits|sessions|appts?)"
    r"|not\s+attending|lack\s+of\s+attendance)\b"
    # "enrolled but never attended", "never started the program"
    r"|\bnever\s+(?:attended|started|began|showed|went|came)\b",
    re.IGNORECASE,
)
#: No-shows followed by a discharge from the program, in either order.
_NO_SHOW = lazy_re.compile(r"\bno[- ]?show(?:s|ed)?\b", re.IGNORECASE)
_DISCHARGED = lazy_re.compile(
    r"\b(?:discharged|dropped|dismissed|removed)\s+from\s+(?:the\s+|our\s+)?program\b",
    re.IGNORECASE,
)
#: Visits kept, counted: "6 of 6 visits", "attended 5 sessions", "5 monthly visits", "visits x6".
_KEPT = lazy_re.compile(
    rf"\b(?:[2-9]|\d{{2}})\s+(?:of|/)\s+\d+\s*(?:{_VISIT})?\b(?!\s*(?:no[- ]?shows?|missed))"
    rf"|\b(?:attended|completed|kept)\s+(?:all\s+)?(?:[2-9]|\d{{2}}|two|three|four|five|six|"
    rf"seven|eight|nine|ten|twelve|all)\b"
    rf"|\b(?:[2-9]|\d{{2}}|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    rf"(?:(?:monthly|weekly|biweekly|follow-?up|more)\s+)?{_VISIT}\s+(?:attended|kept|completed)\b"
    rf"|\b(?:and|then|plus)\s+(?:[2-9]|\d{{2}}|two|three|four|five|six)\s+"
    rf"(?:(?:monthly|weekly|biweekly|follow-?up|more)\s+)?{_VISIT}\b"
    r"|\bcompleted\s+(?:the\s+)?program\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_re.compile(r"\.(?=\s|$)|\n")


def _unattended(text: str, finding: NoteFinding, bounds: tuple[int, int]) -> bool:
    """Whether ``finding``'s sentence, within ``bounds`` (the weight-loss findings beside it,
    so that one program's intake is not another's), tells it not attended past the intake."""
    low, high = clause_around(text, finding.start, finding.end, _SENTENCE_END)
    high = min(high, bounds[1])
    if _KEPT.search(text, max(low, bounds[0]), high):
        return False
    # What became of it is told after its name ("program 3/2026: attended intake only"); a
    # "never started" before it is another care's ("Never started phentermine; program x6 mo").
    told = text[finding.start : high]
    if _UNATTENDED.search(told):
        return True
    return bool(_NO_SHOW.search(told) and _DISCHARGED.search(told))


def without_unattended_programs(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` less each weight-loss finding whose sentence tells the program enrolled in
    but not attended past its intake (module doc)."""
    ours = sorted((f for f in findings if (f.category, f.concept) == _CONCEPT),
                  key=lambda f: f.start)  # fmt: skip
    dropped = set()
    for at, f in enumerate(ours):
        low = ours[at - 1].end if at and ours[at - 1].end <= f.start else 0
        later = [g.start for g in ours[at + 1 :] if g.start >= f.end]
        if _unattended(text, f, (low, min(later, default=len(text)))):
            dropped.add(id(f))
    return [f for f in findings if id(f) not in dropped]
