"""Care a statement starts that day by an order verb: its weeks are prescribed, to come.

A visit's plan writes the care it starts as a command: "Start meloxicam 15, PT 6 wks, MRI.",
"Plan: begin naproxen 500 BID x 4 wks". The weeks in it are the course ordered, none of it taken
yet; they were counted back from the visit's day as weeks already done (blind wave 37,
EG/spine-02: a first visit's "no prior treatment. Start meloxicam 15, PT 6 wks" made the care
begin six weeks before the visit, and the fusion's three months were met on 76 days). The care
still begins that day: the mention stays a piece on the visit's day, only its weeks go.

Not "Started meloxicam 6 wks ago" (past tense: "started" is not the verb here), nor a statement
whose own words give a date or say the care ran ("Start PT again - did 6 wks in 2024 w/o
relief"): those tell of care done. ``ordered_frequency`` (planned_therapy.py) reads the same order
written without the verb ("PT 2-3x/wk x 6 wks.").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .planned_therapy import _RAN

#: The order verb opening the statement, after a short label at most ("A/P:", "Rx -", "Plan:").
_START = lazy_re.compile(
    r"^\W*(?:[A-Za-z/&]{1,8}\s*[:\-]\s*)?(?:start|begin|initiate|commence)\s+(?=\w)",
    re.IGNORECASE,
)
#: Records of care given, whose texts tell that care, not an order of it.
_CARE_RECORDS = ("Procedure/", "Encounter/")


def started_this_visit(finding: Any, dated: bool) -> bool:
    """Whether ``finding``'s statement opens with a verb that starts the care now ("Start
    meloxicam 15, PT 6 wks"), names it in the same clause (no ";" between) and gives no date
    (``dated``) and no word that the care ran."""
    if dated or finding.note_ref.startswith(_CARE_RECORDS):
        return False
    snippet = finding.snippet
    opened = _START.match(snippet)
    at = snippet.lower().find(finding.text.lower())
    if opened is None or at < opened.end():
        return False
    return ";" not in snippet[opened.end() : at] and not _RAN.search(snippet[opened.end() :])
