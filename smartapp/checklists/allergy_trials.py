"""Which drugs on an allergy or intolerance line were care the patient had (episode_pieces.py).

An allergy line lists reactions: "NSAIDs - GI bleed" says the drug hurt the patient once, not
that a course of it was tried for this complaint (blind wave 23, CD/kas-03). But clinics write
trials there too: "NSAIDs (ibuprofen, naproxen) - GI upset after 3 wk trial Dec 2025",
"gabapentin - dizziness (trial Oct 2025)", "meloxicam - stopped d/t GI upset" tell a course had
and failed, which a payer's "NSAID trial" counts (blind wave 44, FI/knee-arthroscopy-01,
FI/spine-01). And a dictated paragraph goes on from the allergy to what is used instead ("NSAIDs
- GI bleed 2019, so he uses tylenol and tramadol": FI/hip-arthroplasty-03): that drug is care
in use, written on the allergy line.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_start
from ..notes.cues import CARE_STOPPED

#: A trial told by its entry: "trial", "trialed", "tried", "after 3 wks", "x 2 months".
_TRIAL = lazy_re.compile(
    r"\b(?:trials?|trial(?:l)?ed|tried)\b"
    r"|\bafter\s+(?:a\s+|about\s+|~\s*)?(?:\d+|one|two|three|four|few|several)\s*-?\s*"
    r"(?:d|days?|wks?|weeks?|mos?|months?)\b"
    r"|\bx\s*\d+\s*-?\s*(?:d|days?|wks?|weeks?|mos?|months?)\b",
    re.IGNORECASE,
)
#: Where a list entry ends: the next entry (";", "X - reaction" after a comma) or the sentence.
_ENTRY_END = lazy_re.compile(r";|\.\s|\.$|,\s*[A-Za-z][\w/ ]{0,30}\s[-–:]\s")
#: A verb of use in the drug's own clause: "so he uses tylenol and tramadol", "takes APAP".
_IN_USE = lazy_re.compile(
    r"\b(?:uses|using|takes|taking|tolerates|tolerating|switched to|instead)\b", re.IGNORECASE
)
#: What opens the drug's own clause on its line.
_CLAUSE_START = lazy_re.compile(r"[,;:(]|\s[-–]\s|^")


def allergy_line_care(finding: Any, note_text: str) -> bool:
    """Whether a drug named on an allergy line was care: its entry says it was stopped or tried
    ("after 3 wk trial"), or its own clause says it is used ("so he uses tylenol")."""
    end = finding.end
    line_end = note_text.find("\n", end)
    rest = note_text[end : line_end if line_end >= 0 else len(note_text)]
    if CARE_STOPPED.search(rest):
        # "gabapentin - dizziness (Feb 2026, stopped after 4 days)" (BT/spine-01): the whole
        # rest of the line, as read before.
        return True
    entry = _ENTRY_END.split(rest, maxsplit=1)[0]
    return bool(_TRIAL.search(entry)) or used_on_allergy_line(finding, note_text)


def used_on_allergy_line(finding: Any, note_text: str) -> bool:
    """Whether a drug named on an allergy line is in use: its own clause says so ("so he uses
    tylenol", "switched to Lantus 18 u qhs"). Elsewhere on the line the entry is a reaction the
    drug once caused, a past exposure (relevant_findings reads ``in_use`` criteria with it)."""
    start = finding.start
    line_start = note_text.rfind("\n", 0, start) + 1
    before = note_text[line_start:start]
    lead = before[clause_start(before, len(before), _CLAUSE_START) :]
    sentence = re.split(r"\.\s", lead)[-1]
    return bool(_IN_USE.search(sentence))
