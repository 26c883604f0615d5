"""A drug "since the fall", in a statement that tells of no fall: the season, not a tumble.

"Did PT late Sept to mid Nov (12 visits), meloxicam since the fall, CSI 9/15 and 12/8" (blind
wave 98, NL/tsa-01; the reviewer: "meloxicam since fall"): the drug taken from the autumn to the
note. seasons.py leaves a bare "fall" unread, for notes write it for a fall as often as for
autumn ("since fall in Dec", "since the fall 2/2026"), so the meloxicam was the note's day only
and five months of care were read as less than three; and the target vocabulary read the word
as a fall had, a limit on walking.

Read as the season only where nothing says it is a tumble:

- after "since" or "since the", with a drug the note reader knows (targets.yaml's words for the
  systemic drugs of conservative care) in the clause before it: a drug is taken since a time,
  while pain "since the fall" is as often an injury's;
- not a fall of someone ("since her fall", "since his fall 3/2"), nor one told by where, when
  or how after the word ("since the fall on ice", "since the fall in Dec", "since the fall
  2/2026", "since fall from a ladder"); a season of a named year ("since fall 2024", "since the
  fall of 2024") is since_dates.py's;
- not in a statement that tells of a fall or a slip elsewhere ("slipped on ice, naproxen since
  the fall"), nor in a note that does so in another statement ("Fell on ice 11/2025." then
  "Meloxicam since the fall."): statement_facts.py and pattern_flag_corrections.py ask
  :func:`tumble_told` of the note's other words. A fall denied ("no falls", "denies falls") or
  only risked ("fall risk") tells of none.

Read from the middle of the latest fall begun by the note, as seasons.py reads a bare season.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .seasons import latest_begun, season_middle

#: "since the fall", "since fall", "since the autumn" is seasons.py's already.
_SINCE_FALL = lazy_re.compile(r"\bsince\s+(?:the\s+)?(fall)\b", re.IGNORECASE)
#: What tells the fall as a tumble after its word: where, when or how it happened, a date, a
#: season of a year (since_dates.py), an injury.
_EVENT_AFTER = lazy_re.compile(
    r"\s*(?:\(|[-\u2013]\s*\d|'?\d|(?:on|onto|off|from|down|in|at|while|when|during|of|last|"
    r"this|x|with|injur\w*|accident|at\s+work|outside|inside|backwards?|forwards?|"
    r"and\s+(?:hit|broke|struck|injur\w*|hurt))\b)",
    re.IGNORECASE,
)
#: A fall or slip told anywhere in the statement: then "the fall" is that one.
_TUMBLE = lazy_re.compile(
    r"\b(?:fell|fallen|falls|falling|slipp\w*|tripp\w*|stumbl\w*|mechanical\s+fall|"
    r"(?:a|her|his|their|my)\s+fall|fall\s+(?:on|onto|off|from|down|at|while|in\s+(?:the\s+)?"
    r"(?:bath|shower|yard|driveway|parking|kitchen|garage|home|house|store|street)))\b",
    re.IGNORECASE,
)
#: A fall had, told in the note's other statements: not a bare "falls" ("no falls", "fall
#: risk: low"), nor one denied.
_TUMBLE_HAD = lazy_re.compile(
    r"(?<!\bno )(?<!\bdenies )(?<!\bdenied )(?<!\bwithout )"
    r"\b(?:fell|fallen|slipped|tripped|stumbled|mechanical\s+fall|(?:a|her|his|their|my)\s+fall"
    r"(?!\s+risk)|s/p\s+fall|fall\s+(?:on|onto|off|from|down|while)\b)",
    re.IGNORECASE,
)
#: Where the clause before "since" begins: a clause's punctuation or a dash between words.
_CLAUSE_BREAK = lazy_re.compile(r"[,;:.()]|\s[-\u2013]\s")
_WORD = lazy_re.compile(r"[a-z][a-z'-]+", re.IGNORECASE)


def _drug_named(clause: str) -> bool:
    """Whether ``clause`` names a drug of conservative care by one of its one-word names."""
    from .drug_times import drug_names  # the targets' words; the pipeline loads them

    names = drug_names()
    return any(word.lower() in names for word in _WORD.findall(clause))


def season_fall(text: str, at: int) -> bool:
    """Whether the "fall" at ``at`` in the statement ``text`` is the season (see above)."""
    for match in _SINCE_FALL.finditer(text):
        if match.start(1) == at:
            return _autumn(text, match)
    return False


def _autumn(text: str, match: re.Match[str]) -> bool:
    if _EVENT_AFTER.match(text, match.end()):
        return False
    before = text[: match.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if not _drug_named(clause):
        return False
    # Any other telling of a fall in the statement makes "the fall" that one.
    rest = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return not _TUMBLE.search(rest)


def tumble_told(note_text: str, start: int, end: int) -> bool:
    """Whether ``note_text`` tells of a fall had outside its statement at [start, end)."""
    return bool(_TUMBLE_HAD.search(note_text[:start]) or _TUMBLE_HAD.search(note_text, end))


def season_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "since the fall" of the statement ``text`` read as the season."""
    return [(m.start(), m.end()) for m in _SINCE_FALL.finditer(text) if _autumn(text, m)]


def fall_onsets(text: str, note_date: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each "since the fall" of ``text`` read as the season: the middle of
    the latest fall begun by ``note_date``, once that middle has come."""
    found = []
    for match in _SINCE_FALL.finditer(text):
        if not _autumn(text, match):
            continue
        day = season_middle("fall", latest_begun("fall", note_date))
        if day is not None and day <= note_date:
            found.append((match.start(), match.end(), day))
    return found
