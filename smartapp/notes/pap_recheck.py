"""A recheck days or weeks out, written as its own sentence right after a PAP's start, is the
PAP's adherence follow-up: "Start CPAP. Recheck 60 d.", "Plan: 1. CPAP ordered 2. F/U 6 wks"
(brief s72-e; the same plan in one sentence, "CPAP auto 4-12, recheck 60 d", was already read:
blind wave 80, KV/cpap-02). CMS asks the PAP's use be checked 31 to 90 days after it starts, and
a clinician who starts the device and books the recheck in the next breath writes that check.

The targets file reads the recheck alone (treatment-plan|adherence) wherever it is; this module
keeps it only when
- it opens its sentence, nothing rechecked named before it ("BMP recheck 2 wks") nor after it
  ("Recheck A1c in 60 d" never matches; "recheck 60 d for BP" is dropped here), and
- the sentence just before (list numbers and headings skipped) starts, orders or tries a PAP,
  not one refused, stopped, tried long ago or another person's ("Declined CPAP. Recheck 60 d.",
  "Wife started CPAP last year. Recheck 60 d."), so a BP note's "Recheck 60 d." is no PAP plan;
  nor one put off to a study ("If HST positive will set up CPAP. F/u 8 wks."). An order sent
  with no object of its own between them ("Pt still wants CPAP 'like my brother'. Order sent per
  MD; f/u 3 months": blind wave 106, OM/cpap-02) orders the PAP the sentence before it named.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .lines import NoteLines
from .segments import Segment

LABEL = "treatment-plan|adherence"

#: The device: the PAP family or its HCPCS code; not a Pap smear or test.
_PAP = lazy_re.compile(
    r"\b(?:(?:c|a|bi|auto)-?pap|pap|e0601|e0470|bi-?level)\b(?!\s*(?:smears?|tests?|results?))",
    re.IGNORECASE,
)
#: The PAP started, ordered, tried or planned: "start CPAP", "CPAP ordered", "trial of APAP",
#: "new cpap", "Rx E0601", "will try CPAP", "initiate auto-PAP".
_STARTED = lazy_re.compile(
    r"\b(?:start\w*|begin\w*|began|initiat\w*|trials?|try|order\w*|rx|prescri\w*|new|"
    r"set[- ]?up|dispens\w*|deliver\w*|will|plan\w*|recommend\w*|recs?|obtain\w*|issued)\b",
    re.IGNORECASE,
)
#: A PAP not begun now or not the patient's: refused, stopped, failed, tried before, a relative's.
_NOT_BEGUN = lazy_re.compile(
    r"\b(?:declin\w*|refus\w*|not|never|won'?t|doesn'?t|don'?t|stopp?ed|quit|d/c\w*|"
    r"discontinu\w*|intoleran\w*|tolerate|unable|failed|gave\s+up|hold|held|defer\w*|tried|"
    r"ago|previously|prior|wife|husband|spouse|partner|mother|father|mom|dad|son|daughter|"
    r"brother|sister|family)\b",
    re.IGNORECASE,
)
#: A relative named only as a comparison ("wants CPAP 'like my brother'"): the PAP is still the
#: patient's own, where "Wife started CPAP last year" is the wife's.
_LIKE_RELATIVE = lazy_re.compile(
    r"\b(?:like|as)\s+(?:(?:my|his|her|their)\s+)?(?:wife|husband|spouse|partner|mother|father|"
    r"mom|dad|son|daughter|brother|sister)(?:'s)?\b",
    re.IGNORECASE,
)
#: A PAP put off to a study's result: "If HST positive will set him up w/ CPAP", "CPAP pending
#: the titration": a plan conditional on a future study starts no PAP now.
#: Not a condition on anything else ("once delivered", "if mask leaks").
_CONDITIONAL = lazy_re.compile(
    r"\b(?:if|pending|once|after|depending\s+on|contingent\s+on|should)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:hst|hsat|psg|sleep\s+(?:study|test)|study|titration|results?|positive|confirm\w*|"
    r"shows?|ahi|osa)\b",
    re.IGNORECASE,
)
#: An order told with no object of its own ("Order sent per MD", "DME order placed", "Rx faxed
#: to Apria"): what it orders is what the sentence before named.
_ORDER_ONLY = lazy_re.compile(
    r"\s*(?:(?:dme|the|an?)\s+)?(?:order|rx|prescription|script)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:sent|placed|faxed|submitted|signed|written|entered|e-?prescribed|done)\b[^;]*",
    re.IGNORECASE,
)
#: What may open the recheck's sentence: a list mark, a plan heading, "will", "pt to".
_BARE_LEAD = lazy_re.compile(
    r"\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?(?:(?:plan|p|dispo\w*)\s*:\s*)?"
    r"(?:(?:will|then|and|to|pt|patient|we|i|we'll|i'll|plan|would\s+like)\s+)*",
    re.IGNORECASE,
)
#: What the recheck is for, named after it: "recheck 60 d for BP", "f/u 2 wks with cardiology";
#: the PAP's own follow-up ("for CPAP download") is no other thing.
_OF_OTHER = lazy_re.compile(
    r"\s*(?:for|of|re:?|with|to\s+(?:check|review|recheck))\s+"
    r"(?!(?:the\s+|new\s+|her\s+|his\s+)?(?:(?:c|a|bi|auto)-?pap|compliance|adherence|download|"
    r"usage|mask|osa|sleep))",
    re.IGNORECASE,
)
#: A sentence's or list item's end in the note.
_BREAK = lazy_re.compile(r"[.!?;](?=\s)|\n")
#: A piece that is only a list number, a letter or a bullet (the "2" of "2. F/U 6 wks").
_MARK_ONLY = lazy_re.compile(r"\s*(?:\d{1,2}|[a-z]|[-*\u2022])?\s*", re.IGNORECASE)
#: A heading alone on its line ("Plan:", "A/P:", "Assessment and plan:").
_HEADING = lazy_re.compile(r"\s*[a-z/& ]{1,24}:\s*", re.IGNORECASE)
_REACH = 300  # the recheck's sentence and the one before: a few lines, not the note


def _begun(piece: str, started: bool = False) -> bool:
    """Whether ``piece`` starts the patient's PAP now (``started``: a next sentence orders it)."""
    piece = _LIKE_RELATIVE.sub(" ", piece)
    return bool(
        _PAP.search(piece)
        and (started or _STARTED.search(piece))
        and not _NOT_BEGUN.search(piece)
        and not _CONDITIONAL.search(piece)
    )


def _started_just_before(text: str) -> bool:
    """Whether the sentence before the last one in ``text`` starts a PAP (marks skipped), or
    sends an order with no object after a sentence naming the PAP ("Pt still wants CPAP. Order
    sent per MD; f/u 3 months": blind wave 106, OM/cpap-02)."""
    pieces = [p for p in _BREAK.split(text)[:-1] if not _MARK_ONLY.fullmatch(p)]
    for at in range(len(pieces) - 1, -1, -1):
        piece = pieces[at]
        if _HEADING.fullmatch(piece) and not _PAP.search(piece):
            continue
        if _ORDER_ONLY.fullmatch(piece) and not _PAP.search(piece) and at > 0:
            return _begun(pieces[at - 1], started=True)
        return _begun(piece)
    return False


def kept(label: str, match: re.Match[str], seg: Segment, lines: NoteLines) -> bool:
    """Whether the adherence target ``match`` (in the statement ``seg``) stands: always when it
    names the PAP itself; a bare recheck only as its own sentence right after a PAP's start."""
    if label != LABEL or _PAP.search(match.group()):
        return True
    at = seg.start + match.start()
    before = lines.text[max(0, at - _REACH) : at]
    lead = _BREAK.split(before)[-1]
    if not _BARE_LEAD.fullmatch(lead) or _OF_OTHER.match(lines.text, seg.start + match.end()):
        return False
    return _started_just_before(before)
