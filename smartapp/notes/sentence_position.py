"""Where a matched target sits in its sentence: the sentence's lead before it, inside a quotation,
inside the quoted reason a request gives. Shared by the spaCy targets' flag corrections
(flag_corrections.py) and the regex and token patterns' (pattern_flag_corrections.py).
"""

from __future__ import annotations

from . import not_evidence
from .lines import NoteLines, quote_marks
from .segments import Segment

#: Limits a job's context turns into the job's demands, not the worker's deficit.
CAPACITY = frozenset(
    {"functional-deficits|activity-limitation", "functional-deficits|lifting-limitation"}
)


def lead_of(lines: NoteLines, seg: Segment, before: str) -> str:
    """The sentence up to the target: its start in earlier segments, then ``before``."""
    return lines.sentence_lead(seg.start) + before


def quoted(lines: NoteLines, seg: Segment, before: str) -> bool:
    """Inside a quotation: the patient's words, not the clinician's plan."""
    opened = len(quote_marks(before)) - before.count("\u201d")
    return (lines.quotes_before(seg.start) + opened) % 2 == 1


def asked_for(lines: NoteLines, seg: Segment, before: str) -> bool:
    """Ends inside the quotation a request opens: the patient's reason for asking for the item."""
    return bool(not_evidence.QUOTED_REQUEST.search(lead_of(lines, seg, before)[-200:]))
