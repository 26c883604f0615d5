"""A functional deficit the statement itself rates within normal: a functional score in its mild
band or a capacity that meets the job's demand ("KOOS JR 84.6", "ODI 14%", "FCE: PDC
LIGHT-MEDIUM; job demand LIGHT"), or a limit its own test or rating shows is none ("standing
balance good with rollator", "low fall risk on testing", a grip even on both sides, an
unsteadiness the examiner calls subjective beside a normal exam: subjective_complaints.py). Such a
finding is normal, not a limit (the score and demand readings are evidence/score_bands.py,
demand_levels.py, demand_rows.py and grip_sides.py).

A form field's value set apart from its name is its rating too: after a dot leader ("ADLs
........ WNL", "ADLs . . . . WNL") or on the next line when the name ends its own ("ADLs:" then
"WNL"). The leader's dots cut the statement, so the name was read alone as the limit (brief s68-j,
a false met risk the fix sessions noted: "ADLs WNL" as a template line).

Split out of flag_corrections.py, which corrects a spaCy target's flags from the cues around it.
"""

from __future__ import annotations

from typing import Any

from .. import lazy_re
from ..evidence.demand_levels import capacity_meets_demand, no_shortfall
from ..evidence.demand_rows import unweighed_demand
from ..evidence.good_verdicts import good_verdict
from ..evidence.grip_sides import grip_even
from ..evidence.score_bands import (
    balance_tested_well,
    fall_risk_only_named,
    little_limitation_written,
    rated_well,
)
from ..evidence.subjective_complaints import called_subjective
from .adls_named_only import adls_named_only
from .lines import NoteLines
from .segments import Segment

#: The rest of a field's name after the target ("ADL's", "ADLs/IADLs"), then a dot leader or the
#: line's end after a colon, then the value (its first clause).
_VALUE_APART = lazy_re.compile(
    r"[\w'/&-]*(?:[ \t]+[\w'/&()-]+){0,3}?"
    r"(?:[ \t]*(?:\.[ \t]*){3,}|[ \t]*:[ \t]*\n[ \t]*)([^\n,;]*)"
)


def value_apart_rated_well(text: str, end: int) -> bool:
    """Whether the field whose name ends at ``end`` of ``text`` has its value set apart from it
    (a dot leader, the next line) and that value rates it well ("WNL", "independent")."""
    value = _VALUE_APART.match(text, end)
    return bool(value) and good_verdict(value.group(1))


def _value_apart(text: str, end: int) -> str:
    """The value set apart from the field whose name ends at ``end`` ("" when none)."""
    value = _VALUE_APART.match(text, end)
    return value.group(1) if value else ""


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
        # "unsteadiness - subjective, exam nl": the examiner's own exam did not bear it out
        or called_subjective(seg.text, ent.start_char, ent.end_char, lines.line_at(seg.start))
        or fall_risk_only_named(seg.text, ent.start_char, ent.end_char)
        or no_shortfall(seg.text, lines.line_at(seg.start + ent.start_char))
        or unweighed_demand(lines, seg.start + ent.start_char)
        or ("grip" in ent.text.lower() and grip_even(seg.text[ent.start_char :]))  # 62/68 lb
        or value_apart_rated_well(lines.text, seg.start + ent.end_char)  # "ADLs ...... WNL"
        # "Able to do ADLs", "ADLs reviewed"; a blank "ADLs:" unless its next line limits them
        or adls_named_only(ent, f"{seg.text} {_value_apart(lines.text, seg.start + ent.end_char)}")
    ):  # "standing balance good with rollator", "unsteadiness, low fall risk on testing",
        # "Floor-to-waist lift | 55 lb x 5 | 50 lb occasional |", "Fall risk screening: done"
        return True
    return False
