"""A practitioner's statement, outside an exam header, that records what only an examiner takes
at the visit: a saturation, a blood pressure or a pulse measured with a value, a sign found on
the body ("no edema, no JVD", "lungs w/ scattered wheezes", "RRR, no murmur", "Mallampati IV",
"strength 3/5 bilat LE").

Blind wave 83, LF/oxy-03: the ordering NP's only note, dated the day of the order and charted
with no Encounter, is one "Assessment and Plan:" paragraph: "Emphysema - winded with stairs;
sats 89% RA resting, 90% with walking. No edema, no JVD, echo 5/2026 normal EF and RVSP." A
reading at rest and another walking, and an edema and neck-vein exam, are taken with the patient
in the room: the note is the in-person evaluation a DME face-to-face asks for, though no "Exam:"
header holds it (own_findings.py reads exam-section only under one).

Findings only: the note's medium (a telephone, portal or video note is remote, never read here)
and its author (by_requester) are the checklist's and statements.py's to judge. A statement is
none when it tells of a reading taken by someone else or elsewhere ("pt reports home sats 88%",
"per RT walk test", "in the ED"), of one still to come ("will recheck sats walking", "if sats <
88%"), of an exam not made ("exam deferred"), of someone else ("father had edema"), or of an
exam dated before its note ("Exam 3/2/26: no edema" copied forward into a later note).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from .. import lazy_re
from .clause_spans import clause_end
from .exam_kinds import NOT_EXAMINED
from .statement_kinds import UNTESTED

#: Where a statement may record the visit's findings outside an exam header: an assessment and
#: plan written as one paragraph, or an impression. History, ROS, family, results and list
#: sections tell of other times and people; text before any header is left out too, for a letter
#: of necessity restates findings ("sats 86% on RA") with no visit behind them.
SECTIONS = frozenset({"plan", "assessment"})

_SAT = r"(?:sp[o0]2|sa[o0]2|o2\s*sats?|o2\s+saturations?|sats?|saturations?|pulse\s*ox\w*)"
#: What only an examiner takes: a saturation, pressure or rate with its value, or a sign found on
#: the body. A symptom a patient tells ("wheezing at night", "legs swell") is none: only the exam's
#: nouns ("wheezes", "crackles", "pitting edema", "no edema").
_EXAMINER = lazy_re.compile(
    rf"\b{_SAT}\s*(?:of|was|is|=|:|at)?\s*\d{{2,3}}\s*%"  # "sats 89%", "SpO2: 88 %"
    # ... the air it was taken on between ("Resting SpO2 RA 89% seated today": NV/oxygen-02)
    rf"|\b{_SAT}\s*(?:on\s+)?(?:ra|r/a|rm\s+air|room\s+air)\s*(?:of|was|is|=|:|at)?\s*\d{{2,3}}\s*%"
    r"|\b\d{2,3}\s*%\s*(?:on\s+)?(?:ra|r/a|rm\s+air|room\s+air)\b"  # "88% RA", "87% on rm air"
    r"|\b(?:bp|blood\s+pressure)\s*:?\s*\d{2,3}\s*/\s*\d{2,3}\b"
    r"|\b(?:hr|pulse|heart\s+rate|rr|resp(?:iratory)?\s+rate)\s*:?\s*\d{2,3}\b"
    r"|\bjvd\b|\bjugular\s+venous\s+(?:distension|distention|pressure)\b"
    r"|\b(?:no|trace|[1-4]\+|pitting|pedal|peripheral|ankle|le|bilat(?:eral)?|b/l|leg)\s+"
    r"(?:(?:pitting|pedal|peripheral|le|leg|ankle|lower\s+extremity)\s+)?(?:edema|edma|oedema)\b"
    r"|\b(?:wheezes|crackles|rales|rhonchi|clubbing|cyanosis)\b"
    r"|\b(?:decreased|diminished|dim|distant)\s+(?:breath|bs\b)"
    r"|\blungs?\s+(?:clear|cta\w*|w/|with|dim\w*|decreased|diminished)"
    r"|\b(?:ctab|cta\s+(?:b/l|bilat\w*)|clear\s+to\s+auscultation)\b"
    r"|\b(?:rrr|regular\s+rate\s+and\s+rhythm|murmur|gallop)\b"
    r"|\b(?:mallampati|neck\s+circ\w*|tonsils?\s+[0-4]\+?)"
    # A body mass index with its value: the weight and height measured at the visit ("ESS 12.
    # BMI 31.": blind wave 89, MB/slp-02, the sleep evaluation's A/P); not a target or a
    # threshold ("goal BMI < 30", "BMI > 35"), which no number follows straight away.
    r"|\bbmi\s*(?:of|was|is|=|:)?\s*\d{2}(?:\.\d{1,2})?\b(?!\s*(?:-|\u2013|to)\s*\d)"
    r"|\b[0-5][+-]?\s*/\s*5\b(?!\s*(?:days?|wks?|weeks?))",  # graded strength
    re.IGNORECASE,
)
#: A reading someone else took or the patient told, or one taken elsewhere.
_ELSEWHERE = lazy_re.compile(
    r"\b(?:reports?|reported|reporting|states?|stated|says|said|told|tells|notes?\s+(?:that\s+)?"
    r"(?:her|his|their)|per\s+(?:pt|patient|family|wife|husband|daughter|son|caregiver|dme|"
    r"supplier|vendor|rt|rn|nurse|home|outside|hospital|ed|er|discharge)|according\s+to|"
    r"home\s+(?:sats?|spo2|o2\s+sats?|oximet\w*|pulse\s*ox\w*|readings?|monitor\w*|bp|"
    r"health|visit)|at\s+home|(?:her|his|their|own)\s+(?:home\s+)?(?:oximeter|pulse\s*ox\w*|"
    r"monitor|cuff)|in\s+(?:the\s+)?(?:ed|er|hospital|icu|urgent\s+care)|on\s+admission|"
    r"during\s+(?:admission|hospitali[sz]ation|(?:the\s+)?(?:sleep\s+)?study)|"
    r"(?:last|prior|previous|at\s+(?:the\s+)?last)\s+(?:visit|appt|appointment|exam)|previously|"
    r"\brt\s+(?:walk|ambul|did|performed|obtained|note|eval\w*)|respiratory\s+therap\w*|"
    r"\b(?:rn|lpn|nurse|nursing|therapist|pt\s+eval\w*|supplier)\b|"
    r"(?:father|mother|dad|mom|brother|sister|wife|husband|spouse|son|daughter)\b)",
    re.IGNORECASE,
)
#: A reading or exam still to come, written before it in its clause: "will recheck sats 88%",
#: "if sats 87% w/ walking", "goal SpO2 90%"; not "sats 86% RA walking - will order O2".
_AHEAD = lazy_re.compile(
    r"\b(?:re-?check\w*|re-?assess\w*|re-?evaluat\w*|re-?examin\w*|repeat|will|to\s+be|if|"
    r"check|obtain|goal|target|keep|titrate\s+to|maintain|next\s+(?:visit|appt|appointment)|"
    r"at\s+f/?u|monitor\w*)\b",
    re.IGNORECASE,
)
_CLAUSE_START = lazy_re.compile(r"[;,.\n]")
#: An earlier visit's reading set beside today's for comparison (blind wave 101, NV/oxygen-02:
#: "Resting SpO2 RA 89% seated today, 92% last visit in Sept."): the earlier visit dates its own
#: clause's reading, not the one its clause-mate says was taken today.
_EARLIER_VISIT = lazy_re.compile(
    r"\b(?:(?:at\s+(?:the\s+)?)?(?:last|prior|previous)\s+(?:visit|appt|appointment|exam)|previously)\b",
    re.IGNORECASE,
)
_TODAY = lazy_re.compile(r"\b(?:today|in\s+(?:clinic|office)|this\s+visit)\b", re.IGNORECASE)
#: How far before its note a date in the statement may fall and still be the visit's own day.
_SAME_VISIT = timedelta(days=1)


def examined_inline(
    text: str, section: str, dates: Iterable[tuple[int, date]], written: date | None
) -> bool:
    """Whether the statement ``text`` (in ``section`` of a note written on ``written``; its
    ``dates`` as (offset, day)) records findings taken at the visit by its examiner."""
    if section not in SECTIONS:
        return False
    match = _EXAMINER.search(text)
    if match is None:
        return False
    if NOT_EXAMINED.search(text) or UNTESTED.search(text):
        return False
    clause = _CLAUSE_START.split(text[: match.start()])[-1]
    own_start, own_end = match.start() - len(clause), clause_end(text, match.end(), _CLAUSE_START)
    if _ELSEWHERE.search(text) and not _today_beside_earlier(text, own_start, own_end):
        return False
    if _AHEAD.search(clause):
        return False
    # "Exam 3/2/26: no edema" in a 9/21 note is the old visit's exam copied forward, and "sats
    # 89% RA on 9/1" a reading of another day; a study dated in a clause of its own after the
    # finding ("No JVD, echo 5/2026 normal EF") dates the study, not the exam.
    return not any(
        at < own_end and written is not None and day < written - _SAME_VISIT for at, day in dates
    )


def _today_beside_earlier(text: str, start: int, end: int) -> bool:
    """Whether the finding's clause (``start``-``end``) says it was taken today and every cue of
    another time or taker in the statement is an earlier visit's, outside that clause."""
    own = text[start:end]
    if not _TODAY.search(own) or _ELSEWHERE.search(own):
        return False
    cues = list(_ELSEWHERE.finditer(text))
    return all(
        (cue.end() <= start or cue.start() >= end) and _EARLIER_VISIT.fullmatch(cue.group(0))
        for cue in cues
    )
