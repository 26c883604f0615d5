"""How many therapy sessions a statement says were held (split out of cues.py, which re-exports
``session_count`` and ``SESSION_COUNT`` for the checklists that import them there).

A count of sessions held: "18 PT visits", "Visits: 18", "eval 1/6 and 2 tx visits", and the
visits attended ("Attended 3 (3/9, 3/11, 3/18)", "attended 3 of 12"). Not a count of visits
cancelled, missed or not attended, nor the visits a referral or authorization set ("Referred
for 12 visits", "Authorized 12 visits", "12 visits scheduled"), nor the total a count of the
visits held is told against ("3 of 12 visits", "3 out of 12 scheduled visits": three held):
those are the plan the patient was sent with, not care had (blind wave 72,
JM/occupational-work-rehab-02, three visits attended of twelve read as twelve).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .visit_numbers import numbered_visits

#: How many sessions a statement counts ("18 PT visits", "Visits: 18", "12 visits"), also of
#: treatment after the evaluation: "eval 1/6 and 2 tx visits (1/8, 1/13)" (blind wave 66,
#: IO/workrehab-03, a discharge for no-shows whose course read as its 24 days), and the visits
#: attended, with or without the word visits: "Attended 3 (3/9, 3/11, 3/18)", "attended 3 of
#: 12", "Visits attended 11 of 12" (not "attended 3 weeks of school", "attended 2x/wk").
SESSION_COUNT = lazy_re.compile(
    r"\b(\d{1,3})\s+(?:total\s+|(?:pt|ot|therapy|chiro\w*|tx|treatment|rx)\s+)?"
    r"(?:visits?|sessions?|treatments?)\b|"
    # ... the visits held told against the total they are of: "11 of 12 visits 2/6-3/20 (2x/wk,
    # 1 no-show)" in a PT discharge held eleven (brief s65-courses, blind wave 109 OW/aio-03),
    # as "attended 11 of 12" does; "11/12 sessions" too. The total is no count held (_SET_BEFORE).
    r"(?<![\d/])\b(\d{1,3})\s*(?:(?:out\s+)?of|/)\s*(\d{1,3})\s+(?:total\s+|(?:pt|ot|therapy|chiro\w*|tx|"
    r"treatment|rx)\s+)?(?:visits|sessions|treatments)\b|"
    # ... not a day: "Next visit: 03/05/2026" in a PT discharge summary counts no 3 visits.
    r"\b(?:visits?|sessions?)\s*(?:attended|completed)?\s*[:=#]\s*(\d{1,3})\b(?!/\d)|"
    r"\battended\s*:?\s*(\d{1,3})(?=\s*(?:\(|(?:out\s+)?of\s+\d|$|[.;,]|visits?\b|sessions?\b|"
    r"treatments?\b|then\b|and\b))",
    re.IGNORECASE,
)


#: Visits counted as not kept: "cancelled or no-showed the next 3 visits", "missed first 2
#: visits", "Cancelled visits: 4" (the word before the count, in its clause, with no word that
#: some were kept between) and "3 visits cancelled", "2 sessions were missed" (right after it).
#: A visit cancelled or missed gave no care, so it is no session of a course (a discharge's
#: "eval + 1 visit, then cancelled or no-showed the next 3 visits" is two sessions, not three);
#: "12 visits attended, 0 no-shows" counts its 12.
_NOT_KEPT_BEFORE = lazy_re.compile(
    r"\b(?:cancell?(?:ed|ations?)|no[- ]?show(?:s|ed)?|missed|skipped|did not (?:attend|show|"
    r"keep)|didn'?t (?:attend|show|keep)|not attended)\b"
    r"(?:(?![.;:()]|\b(?:attended|completed|had|did|kept|made|then|but)\b).){0,40}$",
    re.IGNORECASE,
)
_NOT_KEPT_AFTER = lazy_re.compile(
    r"\s*(?:(?:were|was|have been|had been)\s+)?(?:cancell?ed|missed|no[- ]?show\w*|"
    r"not (?:attended|kept))\b",
    re.IGNORECASE,
)
#: Visits set, not held: the count right after a referral or an authorization ("Referred for 12
#: visits", "authorized 12 visits", "approved for a total of 12 sessions", "scheduled 12
#: visits"), or the total another count is told against ("3 of 12 visits", "3 out of 12").
_SET_BEFORE = lazy_re.compile(
    r"(?:\b(?:referred|referral|ref'?d|authori[sz]ed|authori[sz]ation|approved|ordered|"
    r"prescribed|scheduled|planned)\s+(?:(?:for|to)\s+)?(?:a\s+total\s+of\s+)?"
    r"|\d\s+(?:out\s+)?of\s+)$",
    re.IGNORECASE,
)
#: ... or a count followed by the word that sets it: "12 visits scheduled", "12 visits
#: authorized", "8 sessions remaining".
_SET_AFTER = lazy_re.compile(
    r"\s*(?:(?:were|was|have been|had been)\s+)?(?:scheduled|planned|authori[sz]ed|approved|"
    r"ordered|prescribed|remaining)\b",
    re.IGNORECASE,
)


def session_count(text: str) -> int:
    """The largest count of sessions held a statement gives, 0 when it gives none: visits it
    says were cancelled, missed or not attended are none, and so are the visits a referral or
    an authorization set. Visits listed by their days count too (:func:`listed_visits`)."""
    counted = [_count(m) for m in SESSION_COUNT.finditer(text) if _held(text, m)]
    # "PT visit 18/18", "visit 12 of 12": the visit's number is the visits held so far, this one
    # included (visit_numbers.numbered_visits); "visit 12 of 12 scheduled" is still to come.
    counted += [n for at, end, n in numbered_visits(text) if _held_at(text, at, end)]
    return max(counted, default=listed_visits(text))


_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
#: Visits attended listed by their days: "attended 4/17 and 4/22", "went 4/17, 5/12", "seen 4/15
#: (eval), 4/17 & 5/12". Not a range ("attended 3/2-4/20", "4/10 to 5/22"): that is a stretch;
#: nor a visit to come ("Next visit: 03/05/2026" in a PT discharge summary: brief s70-h).
_LISTED = lazy_re.compile(
    r"\b(?<!next )(?<!upcoming )(?<!following )"
    rf"(?:attended|went|seen|came|visits?|sessions?|tx)\s*(?:on\s+)?:?\s*"
    rf"({_DAY}(?:\s*\((?:eval\w*|ie)\))?(?:\s*(?:,|and|&|\+)\s*{_DAY})*)"
    rf"(?!\d|\s*(?:-|–|to\b|through\b|thru\b))",
    re.IGNORECASE,
)
#: The evaluation dated before them: "eval 4/15, attended 4/17 and 4/22" (the evaluation is a
#: session too, as in "eval 1/6 and 2 tx visits").
_EVAL_DAY = lazy_re.compile(rf"\beval(?:uation)?\s*(?:on\s+)?:?\s*{_DAY}\b", re.IGNORECASE)


def listed_visits(text: str) -> int:
    """Visits a statement lists by their days after the word that they were attended, and the
    evaluation dated before them: "PT: eval 4/15, attended 4/17 and 4/22, then cancelled 3 /
    no-show 2" held three (blind wave 74, JW/workrehab-02: the days between the first and the
    last are no course when the rest were not kept)."""
    found = _LISTED.search(text)
    if found is None:
        return 0
    days = len(re.findall(_DAY, found.group(1)))
    return days + bool(_EVAL_DAY.search(text, 0, found.start()))


def _count(match: re.Match[str]) -> int:
    """The sessions a :data:`SESSION_COUNT` match counts; of "N of M visits", N, and none when N
    is more than M (a day, "12/3 visits", not a share of a total)."""
    if match.group(2) is not None:
        held, total = int(match.group(2)), int(match.group(3))
        return held if held <= total else 0
    return int(next(g for g in (match.group(1), match.group(4), match.group(5)) if g))


def _held(text: str, match: re.Match[str]) -> bool:
    """Whether a count of sessions (``match`` in ``text``) is of sessions held."""
    # "attended 3" is read from its number: the "attended" before it is the word that kept them
    return _held_at(text, match.start(5) if match.group(5) else match.start(), match.end())


def _held_at(text: str, at: int, end: int) -> bool:
    """Whether the count of sessions at ``text[at:end]`` is of sessions held."""
    return not (
        _NOT_KEPT_BEFORE.search(text, max(0, at - 80), at)
        or _NOT_KEPT_AFTER.match(text, end)
        or _SET_BEFORE.search(text, max(0, at - 60), at)
        or _SET_AFTER.match(text, end)
    )
