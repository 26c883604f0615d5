"""Where a worker stands, as a work-status word says it (OCC-001's work status: off work,
restricted, released or not); flag_corrections.py corrects a status's ConText flags with these.

- A release or a duty level denied is the worker's status, not its absence: "not released to
  full duty", "has not returned to full duty", "not at full duty", "no RTW full duty",
  "completed PT without return to full duty" say the worker is still off work or restricted
  (blind wave 39, EA/work-rehab-03). What the employer does not offer ("employer has no light
  duty", "no modified duty available", "light duty not available") says nothing of the worker
  being on that duty, and a status after it ("Light duty not available, off work") is not
  denied by the offer's "not"; the field name "Work status" left blank ("Work status: ***")
  stays no status.
- A current status waiting on a release or a test ("Off work - not cleared for driving pending
  our release", "restricted duty awaiting FCE") is held now, not planned: only what it waits
  for is to come (blind wave 39, F/occ-06). A status recommended or ordered stays a plan.
- A return to work named as the goal ("goal RTW full duty", "Goals: grip 75 lb, RTW full duty
  11/9", "RTW full duty goal", a line under a GOALS header) is the aim, not where the worker is
  now (blind wave 39, EO/workrehab-03). A goal met, or a status said to hold now in the same
  words ("goal full duty, continue light duty"), stays the worker's status.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: A release or a duty level: denied, it says the worker is not (yet) there.
_LEVEL = lazy_re.compile(
    r"^(?:released\s+to|return\s+to\s+(?:full\s+duty|work)|"
    r"(?:full|regular|light|modified|restricted|sedentary|desk|transitional|alternate)\s+duty)$",
    re.IGNORECASE,
)
#: The denial just before a level: "not released to", "has not returned to", "not at",
#: "not yet back to", "no RTW", "unable to RTW", "without returning to".
_DENIED_LEVEL = lazy_re.compile(
    r"\b(?:not|never|no|without|cannot|can'?t|unable\s+to)\s+(?:yet\s+)?(?:able\s+to\s+)?"
    r"(?:(?:been\s+)?(?:released|cleared|returned|returning|return|back|rtw)\s+)?"
    r"(?:(?:to|for|at|on)\s+)?$",
    re.IGNORECASE,
)
#: What the employer offers, or has not: no status of the worker's.
_OFFERED = lazy_re.compile(
    r"\b(?:employer|facility|company|offers?|offered|accommodat\w*|availab\w*|avail|avalable)\b",
    re.IGNORECASE,
)
#: A status held now: off work, a restricted duty, work restrictions.
_HELD = lazy_re.compile(
    r"^(?:off\s+work|off\s+duty|out\s+of\s+work|not\s+working|has\s+not\s+worked|"
    r"unable\s+to\s+work|no\s+work|ttd|temporary\s+total\s+disability|"
    r"temporarily\s+totally\s+disabled|(?:work\s+)?restrictions|no\s+lifting|"
    r"(?:light|modified|restricted|sedentary|desk|transitional|alternate)\s+duty)$",
    re.IGNORECASE,
)
#: What a held status waits on, said after it.
_WAITING = frozenset({"pending", "awaiting"})
#: A goal named before the status in its sentence, not one met.
_GOAL = lazy_re.compile(
    r"\b(?:goals?|ltgs?|stgs?)\b(?![:\s]*(?:\w+\s+){0,2}?(?:met|achieved|reached|attained)\b)",
    re.IGNORECASE,
)
#: ... or just after it ("RTW full duty goal", "full duty CNA goal 9/1").
_GOAL_AFTER = lazy_re.compile(r"^[^.;,]{0,40}?\bgoal\b", re.IGNORECASE)
#: Words that hold a status now, between the goal and the status.
NOW = lazy_re.compile(
    r"\b(?:currently|current|continues?|remains?|still|now|presently|since)\b", re.IGNORECASE
)


def denied_level_is_status(text: str, start: int, end: int) -> bool:
    """True when the status word at [start, end) of the statement ``text`` is a release or a
    duty level the worker is denied ("not released to full duty"): the worker's status."""
    if not _LEVEL.match(text[start:end]):
        return False
    before = text[:start]
    sentence = re.split(r"[.;]", before)[-1] + re.split(r"[.;]", text[end:])[0]
    return bool(_DENIED_LEVEL.search(before)) and not _OFFERED.search(sentence)


def waits_on_release(ent: Any) -> bool:
    """True when a status held now (``ent``, a spaCy target) is hypothetical only for what it
    waits on after it ("Off work ... pending our release")."""
    if not _HELD.match(ent.text):
        return False
    triggers = [m.modifier_span for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    return bool(triggers) and all(
        span[0] >= ent.end and ent.doc[slice(*span)].text.lower() in _WAITING for span in triggers
    )


def named_as_goal(text: str, start: int, end: int, section: str) -> bool:
    """True when the status at [start, end) of the statement ``text`` is a goal's aim: named
    after a goal word in its sentence (or just before one), or on a line under a GOALS header."""
    before = re.split(r"[.;]", text[:start])[-1]
    goals = list(_GOAL.finditer(before))
    if goals:
        return not NOW.search(before[goals[-1].end() :])
    if _GOAL_AFTER.match(text[end:]):
        return True
    return section == "goals" and not NOW.search(text)


#: A duty the employer does not offer, said after it: "light duty not available", "Modified
#: duty unavailable per HR", "light duty is not an option at his job".
_NOT_OFFERED = lazy_re.compile(
    r"^\s*(?:is\s+|was\s+|currently\s+|still\s+)?(?:not\s+(?:available|avail|offered|an\s+option|"
    r"possible)|unavailable|n/a)\b",
    re.IGNORECASE,
)
#: ... and the status said after that, whose denial was the offer's: "Light duty not available,
#: off work" is off work. Not a status denied in its own words ("..., not off work").
_AFTER_NOT_OFFERED = lazy_re.compile(
    r"\bduty\s+(?:is\s+|was\s+|currently\s+|still\s+)?(?:not\s+(?:available|avail|offered)|"
    r"unavailable)\b[^.;]*$",
    re.IGNORECASE,
)
_OWN_DENIAL = lazy_re.compile(r"\b(?:not|no|never|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)


def not_offered(text: str, start: int, end: int) -> bool:
    """True when the duty level at [start, end) of ``text`` is one the employer does not offer
    ("light duty not available"): the worker is not on it."""
    return bool(_LEVEL.match(text[start:end]) and _NOT_OFFERED.match(text[end:]))


def status_flags(ent: Any, text: str, section: str, flags: dict[str, bool]) -> None:
    """Correct, in place, the ``flags`` of a work status (``ent`` in the statement ``text``)."""
    start, end = ent.start_char, ent.end_char
    if not_offered(text, start, end):
        flags["negated"] = True  # "light duty not available": the worker is not on it
        return
    before = text[:start]
    if flags.get("negated") and _AFTER_NOT_OFFERED.search(before):
        # "Light duty not available, off work": the denial was the employer's offer's.
        flags["negated"] = bool(_OWN_DENIAL.search(before))
    if flags.get("negated") and denied_level_is_status(text, start, end):
        flags["negated"] = False  # "not released to full duty": still restricted or off work
    if flags.get("hypothetical") and waits_on_release(ent):
        flags["hypothetical"] = False  # "Off work pending our release": off work now
    if named_as_goal(text, start, end, section):
        flags["hypothetical"] = True  # "goal RTW full duty": the aim, not the status
