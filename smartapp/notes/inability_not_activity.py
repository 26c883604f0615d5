"""What a "can't" governs that is no activity of daily life (brief s83-cant).

The activity-limitation patterns (targets.yaml) read a limit word ("can't", "cannot", "unable
to", "couldn't" ...) and an activity word up to 40 characters on: "can't stand > 5 min", "unable
to walk to the mailbox", "couldn't get up off the toilet". Some of those words also say
something else after the same limit word:

- "stand" is "tolerate" when a thing follows it: "can't stand CPAP", "couldn't stand it",
  "can't stand the mask", "can't stand the idea of the mask blowing air" -- an intolerance,
  not standing. Standing for a time is kept: "can't stand > 15 min", "can't stand a full shift",
  "can't stand through the service", "(can't stand)", "can't stand from a chair".
- "work" and "times" are the patient's schedule, not the body's: "can't get off work for PT",
  "can't take time off work", "can't miss work", "can't make the times work", "unable to come
  in this month (work schedule)";
- money and rides: "can't afford the copay", "couldn't get a ride", "can't get an appointment".

None of these is a functional limitation (the arthroplasty, spine, injection and DME
checklists' functional-deficits item). One list serves the present-tense rule and the
past-tense "couldn't" rule (past_inability.py, brief s82-function): the statement's last limit
word before the activity the pattern found decides, so "can't afford PT, can't walk to the
mailbox" still reads the second.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The labels a patient's function is read for.
_FUNCTION = "functional-deficits|"
#: How far before a target its limit word may stand ("can't get off work": the phrase target
#: is "off work").
_LEAD = 30

#: The limit words of the activity patterns, the present and the past ones.
_LIMIT_WORD = lazy_re.compile(
    r"\b(?:can['\u2019]?t|cannot|can\s+not|could\s*n['\u2019]?t|couldn['\u2019]?t|could\s+not|"
    r"(?:unable|not\s+able)\s+to|no\s+longer\s+able\s+to|(?:can|could)\s+no\s+longer|"
    r"difficulty(?:\s+with)?|trouble(?:\s+with)?)(?=\W)",
    re.IGNORECASE,
)

#: A thing tolerated: a pronoun, a device, a sensation, a drug, a gerund of putting up with it.
#: Only right after "stand" (a quote or a determiner between), so "can't stand a full shift",
#: "can't stand for long" and "can't stand at the sink" are not it.
_TOLERATED = (
    # only a quote between ("couldn't stand" CPAP), no clause's end: "(can't stand), pain 7/10"
    r"stand[\"'\u201d\u2019]?\s*(?:(?:the|his|her|my|their|that|this|those|these|a|an|any)\s+)?(?:"
    # a pronoun, unless a time follows it ("can't stand it for more than 5 min" is standing)
    r"(?:it|that|this|them|him)(?!\s+(?:for\s+)?(?:more|longer\s+than|over|>|<|\d))"
    r"|(?:(?:bi|a|c)?pap(?:'s)?|masks?|nasal\s+pillows?|air|idea|thoughts?|pressures?|noise|"
    r"sounds?|feel(?:ing)?|smell|taste|hose|tubing|straps?|headgear|machines?|devices?|needles?|"
    r"shots?|injections?|pills?|meds|medicines?|medications?|side\s+effects?|pain|wearing|"
    r"having|using|being|hearing|feeling|sleeping\s+with)(?![\w-]))"
)

#: The patient's schedule, money or ride: time off work, a missed shift, times that do not fit,
#: the copay, transport, an appointment or a visit to the office.
_NOT_ACTIVITY = lazy_re.compile(
    r"(?:(?:even|really|always|afford\s+to)\s+)?(?:"
    + _TOLERATED
    + r"|(?:get(?:ting)?|take|taking|have|having)\s+(?:(?:any|the|a|enough|more)\s+)?"
    r"(?:(?:time|days?|hours?|a\s+day|the\s+day|shifts?)\s+)?off(?:\s+(?:of|from))?\s+(?:work|job)\b"
    r"|miss(?:ing)?\s+(?:(?:any\s+)?(?:more\s+)?)(?:work|shifts?|days?)\b"
    r"|(?:make|making|get|getting)\s+(?:the\s+)?(?:times?|schedule|hours?|days?|appointments?|"
    r"visits?|sessions?)\s+(?:to\s+)?work\b"
    r"|(?:make|making)\s+(?:it\s+)?(?:work\s+)?with\s+(?:(?:her|his|their|my)\s+)?(?:work|job)"
    r"|afford\w*"
    r"|(?:get|getting|find|finding|arrange|arranging)\s+(?:a\s+)?(?:ride|rides|transport\w*)\b"
    r"|(?:get|getting|schedule|scheduling|book|booking)\s+(?:an?\s+|the\s+)?"
    r"(?:appointments?|appt|visit|slot)\b"
    r"|(?:come|coming)\s+in\b(?!\s+(?:the\s+)?(?:house|home|door))"
    r"|make\s+it\s+in\b(?!\s*(?:to|into)?\s+(?:the\s+)?(?:car|tub|shower|bed|house|home|"
    r"bathroom|toilet)\b)"
    r")",
    re.IGNORECASE,
)


def inability_not_activity(label: str, text: str, start: int, end: int) -> bool:
    """Whether the function target at [start, end) of the statement ``text`` takes its activity
    word from something a limit word governs that is no activity (module doc)."""
    if not label.startswith(_FUNCTION):
        return False
    # The last limit word before the target's end, from a few words before it: a phrase target
    # ("off work") has its "can't get" there, a pattern's starts with its own limit word.
    words = list(_LIMIT_WORD.finditer(text, max(0, start - _LEAD), end))
    if not words:
        return False
    last = words[-1]
    at = last.end() + len(text[last.end() :]) - len(text[last.end() :].lstrip())
    hit = _NOT_ACTIVITY.match(text, at, end + 80)
    # What the limit word governs must reach the target: "unable to afford meds, off work
    # since March" leaves the "off work" its own.
    return hit is not None and hit.end() > start
