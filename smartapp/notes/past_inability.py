"""A past inability the statement says is over is no limitation now (brief s82-function).

"Couldn't walk to the mailbox last month" and "couldn't climb stairs since the fall" are the
patient's own words for a limit that is recent or still there, and count as "can't walk" does
(targets.yaml reads "couldn't" / "could not" before the mobility-related activities). But the
same past inability told as over -- "couldn't walk to the mailbox until PT, now independent",
"could not climb stairs after the 2019 surgery, now walks a mile daily", "was unable to stand
for long, resolved", "couldn't walk as a child" -- says how the patient was, not how the patient
is: NCD 280.3 and the LCDs ask for the mobility limitation at the time of the request. A child's
communication limit is read the same way (blind wave 102, NZ/slp-3's near misses): "was unable to
participate in classroom Q&A, now participates fully" tells a limit that resolved, where L34563
asks for the deficit the therapy is to treat.

Only an inability in the past tense is read ("couldn't", "could not", "was unable to", "had been
unable to", "previously unable to"): "unable to walk >50 ft until she rests, now uses a cane"
is a present limit and a present aid. The end must be said in the statement itself: an "until"
with what ended it and a "now" of doing it, a word of resolution, or a far past (childhood,
years ago). "Couldn't get up the stairs last week and still can't" stays.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The labels a patient's ability is read for: walking, activities, standing, transfers, ADLs,
#: and what the patient cannot say or take part in for want of speech.
_ABILITY = ("functional-deficits|", "clinical-notes|communication-limitation")

#: The target's own words or the few before it put the inability in the past.
_PAST_INABILITY = lazy_re.compile(
    r"\b(?:couldn['\u2019]?t|could\s*n['\u2019]?t|could\s+not|(?:was|were|had\s+been|previously|"
    r"formerly|initially|once)\s+(?:\w+\s+)?(?:unable|not\s+able)\s+to)\b",
    re.IGNORECASE,
)
#: How far before the target the past inability may stand ("was unable to walk": the target is
#: "unable to walk", its "was" just before it).
_LEAD = 30

#: The statement tells the inability over: the ability regained now ("now independent", "now
#: walks a mile", "currently able", "since then fine"), a word of resolution ("resolved", "back to
#: baseline", "recovered", "no longer an issue"), or a far past ("as a child", "years ago").
_OVER = lazy_re.compile(
    r"\b(?:now|currently|since\s+then|today|at\s+present)\s+(?:(?:is|she\s+is|he\s+is|pt\s+is|"
    r"fully|completely|back|again|also)\s+)*(?:independent\w*|indep\b|mod\s*i\b|able\b|walks|"
    r"walking|ambulates|ambulating|climbs|climbing|does|manages|fine|normal|back\s+to|"
    r"participat\w*|answers|talks|speaks|communicates|converses|"
    r"without\s+(?:difficulty|limitation|device|assist\w*))"
    r"|\b(?:resolved|recovered|back\s+to\s+(?:baseline|normal)|no\s+longer\s+(?:an?\s+)?"
    r"(?:issue|problem|limited|the\s+case))\b"
    r"|\bas\s+an?\s+(?:child|kid|toddler|teen(?:ager)?|infant|baby)\b|\bin\s+(?:childhood|infancy)\b"
    r"|\b(?:(?:[2-9]|\d{2,}|two|three|four|five|many|several|some|a\s+few)\s+)?"
    r"(?:years|yrs|decades)\s+ago\b",
    re.IGNORECASE,
)
#: A limit said to go on beside the end of another ("and still can't", "still unable"): kept.
_STILL = lazy_re.compile(
    r"\bstill\s+(?:can['\u2019]?t|cannot|can\s+not|unable|not\s+able|limited|needs?|uses?)\b"
    r"|\b(?:persists?|persistent|ongoing|continues?\s+to|worse|worsening)\b",
    re.IGNORECASE,
)


def inability_over(label: str, text: str, start: int, end: int) -> bool:
    """Whether the ability target at [start, end) of the statement ``text`` is a past inability
    the statement tells over (module doc): no limitation now."""
    if not label.startswith(_ABILITY):
        return False
    lead = text[max(0, start - _LEAD) : end]
    if not _PAST_INABILITY.search(lead):
        return False
    # From the target on: a regex target may run on past its activity to the statement's end.
    return bool(_OVER.search(text, start)) and not _STILL.search(text)
