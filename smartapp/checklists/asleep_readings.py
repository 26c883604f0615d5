"""A saturation the statement says was read asleep is an overnight test's, not a resting one.

LCD L33797 qualifies a patient for nocturnal oxygen (Group I) by a saturation at or below 88%
for at least 5 minutes, cumulative, during sleep: the minutes are the test
(``qualifying-desaturation``, targets.yaml). An overnight oximetry's lowest value alone, "nadir
86%" or "lowest sat 88%", says nothing of them; a desaturation of seconds reaches it. Yet
"Overnight oximetry on room air, lowest sat 88%", "Nocturnal oximetry: lowest SpO2 84%" and
"desaturated to 85% during sleep" were read as an SpO2 at rest and met OXY-001 (probed for
session s64-g). The corpus's authors read the nadir so: C/oxygen-09 ("Nadir 85%. Cumulative
time at SpO2 <=88%: 3.2 minutes") is labelled missing, "<5 min required", and every overnight
test labelled qualifying cites its minutes.

``awake: true`` on ``note_value`` drops such a reading: the condition nearest the value decides
(its own clause after it, "86% during sleep" or "86% at rest"; else the last one named before
it in the statement, "Overnight oximetry on RA, lowest sat 88%"), so a resting value beside an
overnight test's, "Awake SpO2 93% RA, overnight nadir 84%", keeps its own condition.
"""

from __future__ import annotations

import re

from .. import lazy_re

_ASLEEP = (
    r"overnight|nocturnal|noct\.?|ono|asleep|sleeping|(?:during|in|while|with)\s+sleep|"
    r"sleep\s+(?:study|oximetry|test)|psg|polysomnogra\w*|hsat"
)
_AWAKE = (
    r"awake|rest|resting|at\s+rest|ambulat\w*|walk\w*|exert\w*|exercise|6mwt|daytime|"
    r"in\s+(?:the\s+)?(?:clinic|office)"
)
#: The conditions a reading is taken under, asleep or awake.
_CONDITION = lazy_re.compile(rf"\b(?:(?P<asleep>{_ASLEEP})|(?P<awake>{_AWAKE}))\b", re.IGNORECASE)
#: The reading's value and its own clause after it.
_VALUE = lazy_re.compile(r"\d{2,3}(?:\.\d+)?\s*%?")
_CLAUSE_END = lazy_re.compile(r"[,;|]|\.(?!\d)|\band\b|\bvs\.?\b", re.IGNORECASE)


def read_asleep(snippet: str, target: str, at: int | None = None) -> bool:
    """True when the statement ``snippet`` says the measure ``target`` (at ``at``, else its
    first mention) was read asleep."""
    if at is None or snippet[at : at + len(target)].lower() != target.lower():
        at = snippet.lower().find(target.lower()) if target else -1
    if at < 0:
        return False
    tail = snippet[at + len(target) :]
    value = _VALUE.search(tail)
    if value is None:
        return False
    after = tail[value.end() : value.end() + 60]
    end = _CLAUSE_END.search(after)
    own = list(_CONDITION.finditer(after[: end.start()] if end else after))
    named = own[:1] or list(_CONDITION.finditer(snippet[:at] + tail[: value.start()]))[-1:]
    return bool(named and named[0].group("asleep"))
