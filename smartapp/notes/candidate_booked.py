"""A surgery the patient is called a candidate for, in a note that books it, is the surgical plan.

Blind wave 109 (OY/tka-03): "A/P: L medial compartment OA, candidate for medial UKA. Anticipate
faster recovery, pain relief. Surgery 11/30." was no knee replacement plan for TKA-005:
context.yaml reads "candidate for" as speculative (a candidate may never be operated on), and the
items that read a plan as ``definite`` pass a speculative one by. A careful reviewer reads the
surgeon's candidacy beside a surgery date still ahead as the plan made: the surgery is booked.

So a surgical plan (declined_surgery.SURGERIES) marked speculative, whose clause calls the patient
a candidate for it ("candidate for medial UKA", "good candidate for R TKA") and weighs nothing
else ("vs", "or", "consider", "may", "in the future", "if"), is made definite when the same note
books a surgery on a day on or after the note's ("Surgery 11/30", "surgery scheduled for
11/30/26", "DOS: 12/2", "booked for 12/2").

Not a candidacy beside no booking ("candidate for UKA; will discuss"), nor one weighed against
another choice ("candidate for UKA vs TKA in future"), nor a booking that is past ("s/p surgery
3/2/24") or called off ("Surgery 11/30 cancelled"); a plan for the other knee keeps its own side
(TKA-005 reads ``same_region``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clause_spans import clause_end, clause_start
from .declined_surgery import SURGERIES
from .model import NoteFinding
from .written_dates import find_dates

#: The candidacy right before the surgery named: "candidate for (a) medial", "good candidate
#: for L"; up to four words of side, compartment or approach between.
_CANDIDATE = lazy_re.compile(
    r"\bcandidate\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w/-]+\s+){0,4}$", re.IGNORECASE
)
#: Anything in the clause that leaves the choice open or puts it off (context.yaml's other
#: speculative cues, and an alternative offered).
_OPEN = lazy_re.compile(
    r"\b(?:vs\.?|versus|or|consider\w*|may|might|possibly|eventually|future|someday|later|"
    r"down\s+the\s+road|at\s+some\s+point|if|whether|not|undecided|unsure|thinking|options?|"
    r"declin\w*|defer\w*|wants?\s+to\s+wait|not\s+yet)\b|\?",
    re.IGNORECASE,
)
#: A surgery booked, with its day right after: "Surgery 11/30", "surgery scheduled for 11/30",
#: "DOS: 12/2", "OR date 12/2", "scheduled for surgery on 12/2", "booked for 12/2".
_BOOKED = lazy_re.compile(
    r"\b(?:(?:surgery|surg|procedure)(?:\s+date)?(?:\s+(?:is|has\s+been))?"
    r"(?:\s+(?:scheduled|booked|set|planned|posted))?|dos|or\s+date|date\s+of\s+surgery|"
    r"(?:scheduled|booked|posted)(?:\s+for\s+(?:surgery|or))?)"
    r"(?:\s+(?:for|on))?\s*[:\-]?\s*(?=\d{1,2}/\d{1,2}\b)",
    re.IGNORECASE,
)
#: A booking called off after its day: "Surgery 11/30 cancelled", "... postponed".
_CALLED_OFF = lazy_re.compile(
    r"^[^.;\n]{0,30}?\b(?:cancel\w*|postpon\w*|resched\w*|on\s+hold|declin\w*|tentative|tbd)\b",
    re.IGNORECASE,
)
#: Where a clause ends or begins.
_BREAK = lazy_re.compile(r"[.;!?\n](?=\s|$)")


def _books_surgery(text: str, note_date: dt.date | None) -> bool:
    """Whether ``text`` books a surgery on a day on or after ``note_date``."""
    if note_date is None:
        return False
    for match in _BOOKED.finditer(text):
        dates = find_dates(text[match.end() : match.end() + 12], note_date, plan=True)
        if not dates or dates[0].start != 0 or dates[0].when < note_date:
            continue
        if _CALLED_OFF.search(text[match.end() + dates[0].end :]):
            continue
        return True
    return False


def _candidacy_only(text: str, finding: NoteFinding) -> bool:
    """Whether ``finding``'s clause makes it speculative only by a candidacy (module doc)."""
    start = clause_start(text, finding.start, _BREAK, max(0, finding.start - 160))
    if not _CANDIDATE.search(text[start : finding.start]):
        return False
    clause = text[start : clause_end(text, finding.end, _BREAK)]
    return _OPEN.search(clause) is None


def candidates_booked(
    text: str, findings: Sequence[NoteFinding], note_date: dt.date | None
) -> list[NoteFinding]:
    """``findings`` with each surgical plan speculative only by the patient's candidacy made
    definite when the note books a surgery still ahead (module doc)."""
    if not any(f.speculative and f.concept in SURGERIES for f in findings):
        return list(findings)
    if not _books_surgery(text, note_date):
        return list(findings)
    return [
        replace(f, speculative=False)
        if f.speculative
        and f.concept in SURGERIES
        and not f.negated
        and not f.family
        and not f.historical
        and _candidacy_only(text, f)
        else f
        for f in findings
    ]
