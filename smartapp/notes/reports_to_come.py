"""A re-evaluation or recertification a note's plan names is one still to come.

"Plan: continue home PT for gait/balance and stair training; recert." in the certifying
physician's video-visit note says the plan of care is to be recertified, not that it was: the
plan was last reviewed and signed two months before (blind wave 31, DI/homehealth-02). Care named
in a plan section is already read as planned (model.PLANNED_CATEGORIES), but only when nothing in
the whole section reads as done, and "continue" does; a report is told by its own clause instead:
in the plan section and with no word in its clause that it was done, written or sent ("Re-eval
completed today", "progress report faxed to MD", "recertification signed") it is to come.

So is a report named right before a time still ahead, in any section: "re-exam next wk." closing
a chiropractor's terse daily note says when the next re-examination falls due, not that one was
held that day (blind wave 48, FZ/pt-ot-chiro-02: the last re-exam was 39 days old). ConText's
"next visit" reads only that phrase; "next wk", "in 2 wks", "q30 days" are the same schedule.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_text
from .statement_kinds import DONE

#: What splits a plan's statement into its clauses ("continue PT; recert", "re-eval, then d/c").
_CLAUSE_BREAK = lazy_re.compile(r"[,;:(]|\s[-–]\s|\bthen\b", re.IGNORECASE)
#: A report written, besides what DONE reads as done.
_WRITTEN = lazy_re.compile(
    r"\b(?:done|performed|sent|faxed|signed|written|dated|today|this (?:visit|date|session))\b",
    re.IGNORECASE,
)
#: The concepts of a report (targets.yaml, progress-report).
REPORT_CONCEPTS = frozenset({"re-evaluation", "progress-note"})
#: A certification named by its noun alone (targets.yaml, plan-of-care ``certified``): "Plan:
#: continue SN for NPWT; recert for another 60 days." in the physician's visit note is the
#: recertification still to be signed, not a plan of care certified for those days (blind wave
#: 39, EO/homehealth-02: the only signed plan had lapsed). "POC signed", "certified by Dr. A"
#: say the paper was signed and are not read so.
_CERTIFICATION = lazy_re.compile(r"(?:re-?)?cert(?:ification)?", re.IGNORECASE)


#: A time still ahead written right after the report: "re-exam next wk", "re-eval in 2 weeks",
#: "progress report due next session", "re-exam q30 days". Not a time the report covered or was
#: held at ("re-eval on 9/3", "progress report for last 30 days"). Also what keeps a visit to
#: come (visits_to_come): "seen in person nxt wk", "in clinic in ~4 wks", "in 1-2 weeks".
AHEAD_AFTER = lazy_re.compile(
    r"\s*(?:(?:is|will be)\s+)?(?:due\s+)?(?:"
    r"(?:next|nxt)\s+(?:wk|week|session|visit|tx|treatment|appt|appointment|month|mo)\b"
    r"|in\s+~?\s*(?:\d+(?:\s*-\s*\d+)?|an?|one|two|three|four|six|few|a few)\s*-?\s*"
    r"(?:d|days?|wks?|weeks?|mos?|months?|visits?|sessions?|tx)\b"
    r"|q\.?\s?\d+\s*-?\s*(?:d|days?|wks?|weeks?|visits?)\b)",
    re.IGNORECASE,
)


def names_report(concept: str, words: str) -> bool:
    """Whether ``words``, found as ``concept``, name a report or certification to write."""
    return concept in REPORT_CONCEPTS or (
        concept == "certified" and bool(_CERTIFICATION.fullmatch(words.strip()))
    )


def report_to_come(text: str, start: int, end: int, section: str) -> bool:
    """Whether the report named at [start, end) of ``text`` (a statement of a note's section
    ``section``) is one the plan sets out to do."""
    if AHEAD_AFTER.match(text, end):
        return True  # "re-exam next wk."
    if section != "plan":
        return False
    clause = clause_text(text, start, end, _CLAUSE_BREAK)
    return not (DONE.search(clause) or _WRITTEN.search(clause))
