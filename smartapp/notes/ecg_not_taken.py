"""An ECG a plan names without a reading is ordered; one the patient left before, or that was
cancelled, was never taken (blind wave 76, KE/cardiac-03).

"P: 12-lead EKG today -> then exercise SPECT." names the resting ECG the stress test's work-up
asks for (CARD-004, LCD L35083) as the visit's next step: an order, with no tracing and nothing
read from it. The note's addendum said so: "pt had to leave for work before EKG; will get at
stress lab", and the EKG order was revoked. Both met CARD-004.

So, for the ECG's name (not a reading such as "LBBB" or "sinus rhythm", which is a result
wherever it is written):

- under the plan heading, a clause (cut at ";", ".", "->", "then", a line) that gives no reading,
  result, date or word that it was done or had is a plan: "EKG today then stress test", "ECG
  today -> exercise SPECT". "ECG today: NSR", "EKG done today", "ECG 2/20 normal" still count;
- in any section, an ECG the patient left before ("left before EKG", "had to leave for work
  before the ECG") or one written cancelled right after its name ("EKG cancelled - pt left")
  was not taken;
- in any section, the ECG's name as a result's label ("ECG:", "EKG -", "12-lead:", "ECG today:")
  whose text opens with a plan, an order or a pending state is not yet taken: "ECG: will obtain
  resting 12-lead at time of stress study." met CARD-004 on the label's "ECG" (blind wave 79,
  KR/cardiac-imaging-03), the "will obtain" reaching forward only. "ECG: NSR, no ST changes",
  "EKG today - LBBB", "ECG: NSR; repeat ordered" give a reading first and still count. A label
  whose value only points elsewhere ("ECG: see PCP records.", "EKG - on file") reads nothing
  here (result_pointers.py, blind wave 95);
- in any section, a clause that puts the ECG at a later visit or before the test it is for, and
  gives no reading or word that it was had, is a plan: "- Resting ECG at lab visit 7/24", "ECG
  prior to stress", "baseline EKG before the MPI" (blind wave 80, KS/cardiac-imaging-03: the
  patient left before it and missed the lab visit; its Procedure was "not-done"). "Prior" and
  "baseline" there say when, not that it was had. "ECG prior to stress reviewed: NSR", "Resting
  ECG done at lab visit 7/24: NSR" still count. A date after the note's own day in a clause that
  reads nothing from the ECG puts it ahead too (ecg_read, with statements.py and
  visits_to_come.dated_ahead): "- EKG 7/28" in a 7/21 note; not "ECG 8/30 LBBB" of February;
- in any section, words right after the ECG's name (past its day, its order, a bracket or a
  dash, and before any reading or other test) that say it was not taken: the patient had to
  leave or refused, the machine was down, "will get at stress lab", "not done", "deferred"
  (blind wave 84, LL/card-02: "P: 12-lead ECG today (MA to obtain) -- pt had to leave for
  work, will get at stress lab.", whose "had" read as the ECG had; called_off_after). "ECG
  today -- pt had to leave before echo", "ECG: NSR - pt had to leave" still count. A name with
  no reading on a day the record holds the ECG's order revoked or its Procedure not-done is
  smartapp/checklists/called_off.py;
- the same words in the clauses after the ECG's, or in the sentence after it on its line, past
  clauses that only say who or why ("pt had a ride waiting") and before any reading, label or
  other test: "ECG today. Pt left before it was done.", "12-lead ECG ordered. Unable to obtain -
  pt refused.", "ECG today; pt had a ride waiting, will get at stress lab." (brief s74-m:
  "had" read as the ECG had). "ECG today: NSR. Pt left in stable condition.", "ECG done. Pt left
  before the echo.", "ECG today. Echo: pt refused." still count (called_off_later).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start, clause_text
from .ecg_called_off import READ_OR_HAD, called_off_after, called_off_later
from .result_pointers import points_elsewhere
from .segments import Segment

#: The ECG's name, not one of its readings (targets.yaml, ecg).
_NAMES = r"(?:ecgs?|ekgs?|electrocardiograms?|12[- ]lead)"
_NAME = lazy_re.compile(_NAMES, re.IGNORECASE)
#: ... found in a clause, a whole word.
_NAMED = lazy_re.compile(rf"\b{_NAMES}\b", re.IGNORECASE)
#: Where a plan's clause ends: its step to the next test ("-> then exercise SPECT").
_BREAK = lazy_re.compile(r"[;\n]|\.(?!\d)|->|→|\bthen\b", re.IGNORECASE)
#: The patient gone before it: "pt had to leave for work before EKG", "left prior to the ECG".
_LEFT_BEFORE = lazy_re.compile(
    r"\b(?:left|leave|leaving|walked\s+out|eloped)(?:\s+[\w/'-]+){0,4}?\s+(?:before|prior\s+to)"
    r"\s+(?:(?:the|an?|his|her|their|getting|having|doing|resting|12[- ]lead)\s+){0,3}$",
    re.IGNORECASE,
)
#: Cancelled, right after its name: "EKG cancelled", "ECG order was canceled".
_CANCELLED_AFTER = lazy_re.compile(
    r"^\s*(?:orders?\s+)?(?:(?:was|were|is|got|has\s+been)\s+)?(?:cancel+ed|d/c'?d)\b",
    re.IGNORECASE,
)
#: The label after the ECG's name: a day, another name of it, a bracket, then ":" or a dash.
_LABEL = lazy_re.compile(
    r"(?:\s*(?:today|resting|baseline|12[- ]lead|ecg|ekg|tracing|this\s+visit|in\s+clinic))*"
    r"\s*(?:\([^()\n]{0,30}\)\s*)?(?::|[-\u2013\u2014](?!\w))",
    re.IGNORECASE,
)
#: A plan, an order or a pending state opening the label's text: "will obtain", "to be done at
#: stress lab", "pt to have 12 lead when ...", "order placed, awaiting", "pending", "n/a".
_PENDING_TEXT = lazy_re.compile(
    r"\s*(?:(?:pt|patient|he|she|we|i)\s+)?(?:will\b|to\s+(?:be|have|get|obtain|do)\b|"
    r"obtain\b|get\b|order(?:ed)?\b|pending\b|planned\b|scheduled\b|"
    r"requested\b|awaiting\b|deferred\b|due\b|tbd\b|at\s+(?:the\s+)?time\s+of\b|"
    r"at\s+(?:the\s+)?stress\b|not\s+(?:yet\s+)?(?:done|performed|obtained|available)\b|"
    r"n/?a\b|none\b)",
    re.IGNORECASE,
)
#: A later visit or the test the ECG is to come before: "at lab visit", "@ next appt", "at his
#: lab draw", "prior to stress", "before the MPI", "pre-cath". Not "at last lab visit" (had).
_AHEAD = lazy_re.compile(
    r"(?:@|\b(?:at|during|on|with))\s+(?:(?:the|his|her|their|a|an|next|upcoming|scheduled|"
    r"future)\s+)*(?:lab|next|f/u|follow[- ]?up|return|stress)\s+(?:visit|draw|appt|"
    r"appointment|lab)\b|\b(?:prior\s+to|before|pre)[- ]\s*(?:the\s+|his\s+|her\s+)?"
    r"(?:stress|mpi|spect|nuclear|test|study|procedure|exercise|treadmill|cath)\b",
    re.IGNORECASE,
)
#: When, not a reading, beside a later visit: "baseline ECG before the stress test".
_WHEN_WORDS = lazy_re.compile(r"\bbaseline\b", re.IGNORECASE)
#: A day written as digits ("7/24", "7/24/26"), a date rather than a reading.
_DATES = lazy_re.compile(r"\d+/\d+(?:/\d+)?")
_NOT_DONE = lazy_re.compile(r"\s*(?:not\b|n/?a\b|none\b)", re.IGNORECASE)


def _pending_label(after: str) -> str | None:
    """The flag for an ECG name whose label text (``after`` it) opens with a plan or pending
    state: "negated" when not done, "hypothetical" when still to come; None otherwise."""
    label = _LABEL.match(after)
    if label is None or not _PENDING_TEXT.match(after, label.end()):
        return None
    return "negated" if _NOT_DONE.match(after, label.end()) else "hypothetical"


def _points_elsewhere(after: str) -> bool:
    """Whether the ECG's field (``after`` its name, past a label of its day or kind: "ECG
    today - see flowsheet") only points at a record kept elsewhere (result_pointers.py)."""
    label = _LABEL.match(after)
    return points_elsewhere(after[label.end() :] if label else after)


def ecg_not_taken(seg: Segment, start: int, end: int, next_sentence: str = "") -> str | None:
    """The flag to set on the ECG named at ``seg.text[start:end]``: "negated" when it was never
    taken, "hypothetical" when a plan only names it; None when neither (or not its name).
    ``next_sentence``: the sentence after ``seg`` on its line, if ``seg`` ends one."""
    statement = seg.text
    if not _NAME.fullmatch(statement[start:end]):
        return None
    if _LEFT_BEFORE.search(statement[:start]) or _CANCELLED_AFTER.match(statement[end:]):
        return "negated"
    if called_off_after(statement, end):
        return "negated"  # "ECG today (MA to obtain) -- pt had to leave for work"
    if called_off_later(statement[end:], next_sentence):
        return "negated"  # "ECG today. Pt left before it was done."
    opens = _opens(statement, start)
    # Its own label, or one before it in its clause ("ECG - pt to have 12 lead when ...").
    ends = [*(m.end() for m in _NAMED.finditer(statement, opens, start)), end]
    pending = next(filter(None, (_pending_label(statement[at:]) for at in ends)), None)
    if pending:
        return pending
    if _points_elsewhere(statement[end:]):
        return "hypothetical"  # "ECG: see PCP records.": its reading is not here (wave 95)
    clause = _clause(statement, start, end)
    if _AHEAD.search(clause) and not READ_OR_HAD.search(_told(clause)):
        # "- Resting ECG at lab visit", "ECG prior to stress": put ahead, nothing read or had
        return "hypothetical"
    if seg.section != "plan":
        return None
    return None if READ_OR_HAD.search(clause) else "hypothetical"


def ecg_read(statement: str, start: int, end: int) -> bool:
    """Whether the clause of the ECG named at ``statement[start:end]`` gives a reading or a word
    that it was had, beside its dates: "ECG 8/30 LBBB" in a February note is last August's
    tracing, read, whatever year its date is taken for; "EKG 7/28" of a 7/21 note is not."""
    return bool(READ_OR_HAD.search(_DATES.sub(" ", _told(_clause(statement, start, end)))))


def _opens(statement: str, start: int) -> int:
    return clause_start(statement, start, _BREAK)


def _clause(statement: str, start: int, end: int) -> str:
    """The clause of the name at [start, end): cut at ";", ".", "->", "then", a line."""
    return clause_text(statement, start, end, _BREAK)


def _told(clause: str) -> str:
    """What the clause says beside when: its later visit or test, and "baseline", taken out."""
    return _WHEN_WORDS.sub(" ", _AHEAD.sub(" ", clause))
