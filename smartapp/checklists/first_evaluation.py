"""The start of care a recertification's record shows only by the agency's first evaluation.

The start of care is the day of the agency's first skilled visit, its start-of-care evaluation
and plan of care (42 CFR 484.55(b)), and the face-to-face encounter is timed from it (42 CFR
424.22(a)(1)(v)); a recertification needs none of its own. A record may state no "SOC" and no
certification period, and show the start only by that evaluation's note: "HOME HEALTH PT
EVALUATION / PLAN OF CARE" of 1/8, a re-evaluation of 3/27 and an order "Recert: PT 2w8" of 6/08,
where the video visit of 1/6 about the stroke was the episode's encounter, 153 days before the
order (blind wave 82, LA/home-health-02). care_start.start_of_care takes the earliest such
heading for an order that calls itself a recertification and states no start or period.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from ..evidence import PatientRecord
from .note_heading import first_text_line

#: A note headed as the agency's own start of care or first evaluation: "HOME HEALTH PT
#: EVALUATION / PLAN OF CARE", "HH SN eval & POC", "OASIS SOC assessment", "HOME HEALTH
#: CERTIFICATION AND PLAN OF CARE", "Home health start of care visit". Only as the heading's
#: opening words ("Referral: home health PT eval" is the order, "Plan: HH PT eval" a visit to
#: come), and not a re-evaluation, recertification, resumption, discharge or a visit's note.
_FIRST_EVALUATION = lazy_re.compile(
    r"^\W*(?:(?:home\s+health|home\s+care|hh|hha)\b[\s:/-]*(?:agency\s+)?"
    r"(?:(?:pt|ot|st|slp|sn|rn|nursing|physical\s+therapy|occupational\s+therapy|skilled\s+nursing"
    r"|initial|admission)\b[\s:/-]*){0,2}(?:certification\s+(?:and|&)\s+)?"
    r"(?:evaluation|eval|assessment|plan\s+of\s+care|poc|start\s+of\s+care|soc|admission)\b"
    r"|oasis(?:-e)?\s+(?:soc|start\s+of\s+care)\b)"
    r"(?![^\n]*\b(?:re-?eval\w*|re-?cert\w*|resumption|roc|discharge|d/c|referral|order(?:ed)?"
    r"|daily\s+(?:note|visit)|visit\s+note|progress)\b)",
    re.IGNORECASE,
)


def first_evaluation(record: PatientRecord, earliest: date, order_date: date) -> date | None:
    """The day of the earliest note from ``earliest`` to ``order_date`` headed as the agency's
    start-of-care evaluation or plan of care (see :data:`_FIRST_EVALUATION`), None without one."""
    days = [
        note.date
        for note in record.all_texts()
        if note.date is not None
        and earliest <= note.date <= order_date
        and _FIRST_EVALUATION.search(first_text_line(note.text))
    ]
    return min(days, default=None)
