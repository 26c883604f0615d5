"""Night pain written as only now and then or as slight, in a record that rates the function well.

The shoulder arthroplasty's functional item counts night pain (TSA-003), as the spine's do: pain
that keeps the patient awake is a limit of sleep. "R shoulder ache x 2 yrs, night pain
occasionally" in a note that also says 'No problem w/ ADLs', "QuickDASH 11" and "Functional
status: independent" is none (blind wave 92, MO/surgery-shoulder-arthroplasty-03: read as the
limitation, a false met). Nor is "mild night pain", "some night pain" or "night pain some nights"
beside "works full duty" or "still golfing weekly" (brief s78-night): the blind labels read night
pain the patient sleeps through, with function kept, as no limitation at all ("only night pain":
CX/tka-03, JH/tsa-03). Both must hold: the pain said to come only at times ("occasional",
"sometimes", "a few nights a month") or to be slight ("mild", "some", "minimal"), and the same
note rating the function well (no trouble with ADLs, independent, a score in its band of little
limitation, full work, a sport kept up). Night pain every night or most nights, more than slight
("moderate", "mild to moderate", "severe"), or written without a frequency or severity, still
counts; so does slight night pain in a note of real limits, as the deficit item then reads those
limits anyway.

Night pain given only as a pain rating ("night pain 6/10", "night pain: 7 out of 10") is how much
it hurts, not what it keeps the patient from: in a note that rates the function well it is no
limitation either ("aching, night pain 6/10" beside the template line "Functional status:
Independent with ADLs" and an unfilled "ASES score: ***": blind wave 108, OU/tsa-02, a false
met). A rating that wakes the patient ("night pain 6/10, wakes him") is a limit of sleep and
still counts.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.score_bands import little_limitation_written
from .clauses import stop_bounded_clause

#: The target's label whose frequency is read.
NIGHT_PAIN = "functional-deficits|night-pain"

#: Words that make night pain slight: now and then ("occasional", "rare") or of little severity
#: ("mild", "some", "minimal"); one may follow another ("some mild", "mild intermittent").
_SLIGHT = (
    r"(?:occasional(?:ly)?|intermittent(?:ly)?|rare(?:ly)?|infrequent(?:ly)?|sporadic(?:ally)?|"
    r"sometimes|mild(?:ly)?|slight(?:ly)?|minimal|minor|some|low[- ]grade|a\s+little)"
)
#: A slight word written just before the night pain ("occasional night pain", "intermittent,
#: mild night pain", "some mild night pain"). Not when a worse grade is last: "mild to moderate
#: night pain" ends in "moderate".
_SELDOM_BEFORE = lazy_re.compile(
    rf"\b{_SLIGHT}\s*,?\s*(?:(?:and\s+)?{_SLIGHT}\s+)?$",
    re.IGNORECASE,
)
#: ... or just after it, in its own clause ("night pain occasionally", "night pain at times",
#: "night pain 1-2x/month", "night pain a few nights a month", "night pain (mild)", "night pain
#: is mild", "night pain some nights"). "mild to moderate" after it is more than mild.
_SELDOM_AFTER = lazy_re.compile(
    r"^\s*(?:[(:-]\s*)?(?:is\s+|only\s+)?(?:occasional(?:ly)?|intermittent(?:ly)?|rare(?:ly)?|"
    r"infrequent(?:ly)?|sporadic(?:ally)?|sometimes|at\s+times|now\s+and\s+then|"
    r"(?:on\s+)?some\s+nights|"
    r"once\s+in\s+a\s+while|(?:a\s+)?(?:few|couple(?:\s+of)?)\s+(?:times|nights)\s+(?:a|per|/)\s*"
    r"month|(?:1|one)\s*(?:-|to)\s*(?:2|two)\s*(?:x|times|nights)\s*(?:a|per|/)\s*month|"
    r"(?:1|one)\s*(?:x|time)\s*(?:a|per|/)\s*(?:week|wk|month))\b"
    # A severity after it ends its item: "night pain, mild", "night pain (mild)", "night pain is
    # mild"; not "night pain, mild OA on XR" nor "mild to moderate".
    r"|^\s*(?:[,(:-]\s*)?(?:is\s+|only\s+)?(?:mild|slight|minimal)\s*\)?\s*(?:[,;)]|$)",
    re.IGNORECASE,
)
#: ... or only rated, just after it, its item ending there ("night pain 6/10", "night pain: 7 out
#: of 10", "night pain (5/10)"): a pain score, not a limit (module docstring).
_RATED_AFTER = lazy_re.compile(
    r"^\s*(?:[(:=-]\s*)?(?:is\s+|rated\s+|of\s+)?\d{1,2}(?:\.\d)?\s*(?:/|out\s+of)\s*10\b"
    r"\s*\)?\s*(?:[,;.)]|$)",
    re.IGNORECASE,
)
#: Night pain that wakes the patient often is no matter of now and then, whatever word beside it.
_OFTEN = lazy_re.compile(
    r"\b(?:nightly|every\s+night|most\s+nights|each\s+night|all\s+night|wakes?|waking|awaken\w*)\b",
    re.IGNORECASE,
)
#: The note rating function well: no trouble with ADLs, independent, no functional limitation.
_FUNCTION_WELL = lazy_re.compile(
    r"\bno\s+(?:problems?|difficult(?:y|ies)|issues?|trouble|limitations?)\s+(?:w/|with|in|"
    r"performing|doing)\s+(?:(?:his|her|their|any)\s+)?(?:b?adls?|activities\s+of\s+daily\s+living)"
    r"|\b(?:b?adls?|functional\s+status|function)\s*[:=-]?\s*(?:are\s+|is\s+)?(?:fully\s+)?"
    r"(?:independent|indep\b|intact|wnl|unlimited|unrestricted)"
    r"|\bindependent\s+(?:(?:w/|with|in)\s+)?(?:all\s+)?(?:b?adls?|activities\s+of\s+daily\s+living)"
    # "No ADL limits", "no ADL/IADL limitations", "no functional limits"
    r"|\bno\s+(?:functional|(?:b|i)?adls?(?:\s*/\s*i?adls?)?)\s+(?:limits?|limitations?|"
    r"deficits?|impairment|restrictions?|problems?|difficult(?:y|ies))",
    re.IGNORECASE,
)
#: Function kept up at work or at play: full duty or full time at work, a sport still played
#: ("works full duty", "still golfing 9 holes weekly", "plays tennis 2x/wk").
_ACTIVE = lazy_re.compile(
    r"\b(?:works?|working|back\s+(?:at|to)|returned\s+to|at|on)\s+full\s+"
    r"(?:duty|time|work|hours)\b"
    r"|\bno\s+work\s+restrictions\b"
    r"|\bstill\s+(?:golf\w*|swim\w*|hik\w+|bowl\w*|running|runs|lift\w*\s+weights|working\s+out|"
    r"play\w*\s+(?:golf|tennis|pickleball|softball|basketball|volleyball|baseball|racquetball))\b"
    r"|\b(?:golfs|swims|plays\s+(?:golf|tennis|pickleball|softball|basketball|volleyball))\s+"
    r"(?:weekly|regularly|daily|on\s+weekends|\d\s*(?:x|times)\s*(?:/|a|per)\s*(?:wk|week))",
    re.IGNORECASE,
)
#: Before such work or play in its statement, words that make it no fact of today: not had,
#: given up, or only hoped for ("Not released to full duty", "Goal: return to full duty",
#: "stopped golfing").
_NOT_SO = lazy_re.compile(
    r"\b(?:not|unable|can'?t|cannot|no\s+longer|never|stopped|quit|gave\s+up|until|goals?|"
    r"hop\w+|plans?|planning|wants?|would\s+like|expect\w*|light\s+duty|modified|restrict\w*)\b",
    re.IGNORECASE,
)
#: ... or after it: a time it ended or a past it belongs to ("full duty until March").
_NOT_NOW = lazy_re.compile(
    r"^[^.;\n]{0,25}?\b(?:until|till|before|prior\s+to|previously|in\s+the\s+past|ago|"
    r"used\s+to)\b",
    re.IGNORECASE,
)
#: A shoulder or upper-limb score and what follows it, to be judged against its band.
_SCORE = lazy_re.compile(r"\b(?:quick\s*-?\s*dash|dash|ases|spadi|constant)\b", re.IGNORECASE)


def _seldom(statement: str, start: int, end: int) -> bool:
    """Whether the night pain at [start, end) of ``statement`` is said to come only at times
    or to be slight."""
    clause_start, clause_end = stop_bounded_clause(statement, start, end)
    if _OFTEN.search(statement, clause_start, clause_end):
        return False  # "occasional meds, night pain wakes him nightly": often, not at times
    return bool(
        _SELDOM_BEFORE.search(statement[clause_start:start])
        or _SELDOM_AFTER.match(statement[end:clause_end])
        or _RATED_AFTER.match(statement[end:clause_end])
    )


def _active(note_text: str) -> bool:
    """Whether the note tells of full work or a sport kept up today: not denied, given up or
    hoped for in the words before it in its statement, nor ended or past in the words after."""
    for match in _ACTIVE.finditer(note_text):
        statement_start, _ = stop_bounded_clause(note_text, match.start())
        if not (
            _NOT_SO.search(note_text, statement_start, match.start())
            or _NOT_NOW.match(note_text, match.end())
        ):
            return True
    return False


def _function_rated_well(note_text: str) -> bool:
    """Whether the note rates the patient's function well (a phrase, a score in its band, or
    full work or play)."""
    if _FUNCTION_WELL.search(note_text) or _active(note_text):
        return True
    return any(
        little_limitation_written(note_text[m.start() :]) for m in _SCORE.finditer(note_text)
    )


def only_occasional(statement: str, start: int, end: int, note_text: str) -> bool:
    """Whether the night pain at [start, end) of ``statement`` is occasional or slight in a note
    that rates the function well: no functional deficit (module docstring)."""
    return _seldom(statement, start, end) and _function_rated_well(note_text)
