"""A functional deficit the statement itself rates within normal: a functional score in its mild
band or a capacity that meets the job's demand ("KOOS JR 84.6", "ODI 14%", "FCE: PDC
LIGHT-MEDIUM; job demand LIGHT"), or a limit its own test or rating shows is none ("standing
balance good with rollator", "low fall risk on testing", a grip even on both sides). Such a
finding is normal, not a limit (the score and demand readings are evidence/score_bands.py,
demand_levels.py, demand_rows.py and grip_sides.py).

Split out of flag_corrections.py, which corrects a spaCy target's flags from the cues around it.
"""

from __future__ import annotations

from typing import Any

from ..evidence.demand_levels import capacity_meets_demand, no_shortfall
from ..evidence.demand_rows import unweighed_demand
from ..evidence.grip_sides import grip_even
from ..evidence.score_bands import (
    balance_tested_well,
    fall_risk_only_named,
    little_limitation_written,
    rated_well,
)
from .lines import NoteLines
from .segments import Segment


def rated_normal(ent: Any, label: str, seg: Segment, lines: NoteLines) -> bool:
    """Whether the functional-deficit target ``ent`` (its ``label``) in the statement ``seg`` is
    rated within normal by its own score, test or the job's demand."""
    if label == "functional-deficits|functional-score" and (
        little_limitation_written(seg.text[ent.start_char :])
        or capacity_meets_demand(lines.line_at(seg.start + ent.start_char))
    ):
        # "KOOS JR 84.6", "ODI 14%", "FCE: PDC LIGHT-MEDIUM; job demand LIGHT": no limit
        return True
    if label.startswith("functional-deficits|") and (
        rated_well(seg.text, ent.start_char, ent.end_char)
        or balance_tested_well(seg.text, ent.start_char, ent.end_char, lines.line_at(seg.start))
        or fall_risk_only_named(seg.text, ent.start_char, ent.end_char)
        or no_shortfall(seg.text, lines.line_at(seg.start + ent.start_char))
        or unweighed_demand(lines, seg.start + ent.start_char)
        or ("grip" in ent.text.lower() and grip_even(seg.text[ent.start_char :]))  # 62/68 lb
    ):  # "standing balance good with rollator", "unsteadiness, low fall risk on testing",
        # "Floor-to-waist lift | 55 lb x 5 | 50 lb occasional |", "Fall risk screening: done"
        return True
    return False
