"""A standardized test the note says was tried and not given is no score (brief s85-results).

SLP-002 asks for the standardized scores the evaluation reports (OAC 5160-8-33: the tests given
and their results). "Standardized testing attempted - child unable to sit for PLS-5; deferred,
will attempt next session." names the PLS-5 only to say it could not be given (blind wave 100,
NR/slp-02): the test's name was read as a test reported, and "sit for PLS-5" as the Sentence
Intelligibility Test with a score of 5. The standardized-scores patterns already refuse a test
whose own clause says, after its name, that it was deferred or not completed; the words that
say so often come first ("attempted ...", "unable to complete ...", "would not sit for ...").

So a standardized-scores target is none when the words before it in its clause say the testing
was tried and not given (attempted, unable to / could not / would not sit for or complete,
refused, deferred, discontinued) with nothing after that cue that turns it round ("but",
"however", "completed", "administered"), or when the words after it say it could not be scored
("not scorable", "invalid", "incomplete"). A score written in the clause after the test's name
keeps it whatever the cue ("PLS-5 attempted 2/10, completed 2/17: AC SS 62", "Unable to sit
long; CELF-5 core language SS 72"): the result is there.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_around

#: The label of the standardized-score targets (targets.yaml, clinical-notes).
SCORES = "clinical-notes|standardized-scores"

#: A clause ends at a line, a ";" or a full stop ("PLS-5; deferred" already reads the deferral
#: inside the target's own words; "CELF-5 SS 72; PPVT deferred" defers another test).
_BREAKS = lazy_re.compile(r"[;\n]|\.(?=\s|$)")

_VERBS = r"(?:sit|complete|finish|participate|attend|engage|tolerate|cooperate|be tested|perform)"

#: Testing tried and not given, said before the test's name.
_TRIED_BEFORE = lazy_re.compile(
    r"\b(?:attempted|attempt(?:ed)?\s+to\s+(?:administer|give|complete)|"
    r"(?:unable|not\s+able)\s+to\s+" + _VERBS + r"|"
    r"(?:could|would|did|can|will)\s*(?:not|n't)\s+" + _VERBS + r"|"
    r"(?:cannot|couldn't|wouldn't|won't|can't)\s+" + _VERBS + r"|"
    r"refused|declined|deferred|discontinued|d/c'?d|abandoned|not\s+scorable|unscorable)\b",
    re.IGNORECASE,
)
#: Words after the cue that turn it round: the test was given after all.
_TURNED = lazy_re.compile(
    r"\b(?:but|however|although|yet|then|now|eventually|later|completed|administered|given|"
    r"obtained|scored|re-?tested)\b",
    re.IGNORECASE,
)
#: A test that was given and could not be scored, said after its name.
_UNSCORED_AFTER = lazy_re.compile(
    r"\b(?:not\s+scor(?:able|ed)|unscorable|could\s+not\s+be\s+scored|invalid|incomplete|"
    r"not\s+valid|attempted\s+only)\b",
    re.IGNORECASE,
)
#: A score: a standard, scaled or index score, a percentile or SD, a percent, or a number of two
#: or three digits that is not a test's edition ("PLS-5", "GFTA-3"), part of a date or a time.
_SCORE = lazy_re.compile(
    r"\b(?:ss|standard\s+scores?|scaled\s+scores?|index\s+scores?|aq|score\s*(?:of|=|:)?)\s*"
    r"(?:of|=|:)?\s*\d|"
    r"\d\s*%|\b\d{1,2}(?:st|nd|rd|th)\s*(?:%ile|percentile)|\d(?:\.\d+)?\s*(?:sd|standard\s+dev)|"
    r"(?<![-\w/.:])\d{2,3}(?:\.\d)?\b(?![/:])"
    r"(?!\s*(?:min\w*|sec\w*|x\b|times|mo\w*|months?|y/?o|yrs?|years?|wks?|weeks?|days?|hrs?))",
    re.IGNORECASE,
)


def tried_not_scored(label: str, text: str, start: int, end: int) -> bool:
    """Whether the standardized-score target at [start, end) of ``text`` names a test its own
    clause says was tried and not given, or not scorable, with no score beside it."""
    if label != SCORES:
        return False
    low, high = clause_around(text, start, end, _BREAKS)
    if _SCORE.search(text, start, high):
        return False
    if _UNSCORED_AFTER.search(text, start, high):
        return True
    cues = list(_TRIED_BEFORE.finditer(text, low, start))
    return bool(cues) and not _TURNED.search(text, cues[-1].end(), start)
