"""Whether a target's denial stands, by the cues around it: an exam not tolerated, a denial
ConText dropped ("no difficulty reaching"), a goal's "independently", a denial in another clause
or stopped before the target, an inability that is the limit, a regained ability, a positive
sign or a test's own result after it (and a rating within normal, read among them). Split out of
flag_corrections.py, which corrects a spaCy target's ConText flags in one pass and calls this at
the same point of it, so each check still reads the flags the ones before it left.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .care_done_apart import denied_only_after
from .clauses import denial_in_own_clause, result_of_its_own
from .deficits_rated_normal import rated_normal
from .denial_reach import denial_stops_before
from .device_in_use import device_in_use
from .exam_kinds import POSITIVE_MARK
from .finding_flags import verb_denial_elsewhere
from .inability_limits import answered_independent, flags_of_the_inability, regained
from .lines import NoteLines
from .model import CARE_CATEGORIES, PLAN_CATEGORIES
from .refusal_reach import refusal_elsewhere
from .segments import Segment
from .tolerance import untolerated_exam

_DENIED_JUST_BEFORE = lazy_re.compile(
    r"\b(?:no|not|without|denies|denied|never)\s+$", re.IGNORECASE
)
#: Categories whose finding a verb's own "not" in another clause does not deny.
_VERB_SCOPED = frozenset({"exam-findings", "functional-deficits"})
#: Categories whose care or plan a later clause's own denial does not deny (care_done_apart).
_TOLD_APART = CARE_CATEGORIES | PLAN_CATEGORIES


def settle_denial(
    ent: Any, label: str, seg: Segment, lines: NoteLines, flags: dict[str, bool]
) -> None:
    """Correct, in place, whether ``ent`` (one of its labels) is denied in ``flags``, and whether
    its own rating is normal."""
    before = seg.text[: ent.start_char]
    if label.startswith("exam-findings|") and untolerated_exam(before):
        flags["negated"] = True  # "Did not tolerate ROM testing": not examined
    if not flags.get("negated") and _DENIED_JUST_BEFORE.search(before):
        # "no difficulty reaching": ConText's "no difficulty" trigger overlaps the target
        # "difficulty reaching" and is dropped, so the denial is read here.
        flags["negated"] = True
    if rated_normal(ent, label, seg, lines):
        flags["normal"] = True  # "ODI 14%", "low fall risk on testing": no limit (its own rating)
    if flags.get("negated") and label == "plan-of-care|goals" and _only_independence(ent):
        flags["negated"] = False  # "goal two: use the amplifier independently": its criterion
    if flags.get("negated") and not denial_in_own_clause(seg.text, ent.start_char, ent.end_char):
        flags["negated"] = False  # "Has not tried injections, completed 6 wks PT"
    if flags.get("negated") and label.split("|")[0] in _TOLD_APART:
        if denied_only_after(ent, label.split("|")[0] in PLAN_CATEGORIES):
            flags["negated"] = False  # "PT completed x 6 wks, ESI not done" (care_done_apart)
    if flags.get("negated") and label.split("|")[0] in _VERB_SCOPED:
        # "cannot passively extend, lg effusion, MJL ttp"; "can't button shirts, and
        # gait unsteadiness w/ 2 falls": the inability is a limit, the falls another.
        if verb_denial_elsewhere(ent, label.startswith("functional-deficits|")):
            flags["negated"] = False
    if flags.get("negated") and denial_stops_before(ent, label):
        flags["negated"] = False  # '"never had a shot there", can't walk >10 min': not denied
    if flags.get("negated") and refusal_elsewhere(ent, label):
        # "Declined surgery in 2024, now ready: plan L TSA", "Plan L TKA 3/10, prehab PT
        # offered, pt declined.": the refusal is of another time, or of the care nearer it.
        flags["negated"] = False
    if flags.get("negated") and device_in_use(before, label):
        flags["negated"] = False  # "Walks without difficulty with a walker": the walker used
    for flag in flags_of_the_inability(ent, label):
        flags[flag] = False  # "not able to reach overhead" is the limit, as "unable to" is
    if answered_independent(seg.text, ent.end_char, label) or regained(
        seg.text, ent.start_char, ent.end_char, label
    ):
        flags["negated"] = True  # "ADLs: independent", "now able to put on a jacket": no limit
    if flags.get("negated") and POSITIVE_MARK.match(seg.text[ent.end_char :]):
        flags["negated"] = False  # "no effusion, McMurray + medial": its own sign wins
    if (flags.get("negated") and label.startswith("exam-findings|")
            and result_of_its_own(seg.text, ent.start_char, ent.end_char)):  # fmt: skip
        flags["negated"] = False  # "no saddle numbness, strength 5/5, SLR neg": tests done


def _only_independence(ent: Any) -> bool:
    """Whether every denial of ``ent`` is the word "independently": how well a goal asks the
    patient to do it, not a denial of the goal (s44 phrasing grid, SLP-004)."""
    denials = [m for m in ent._.modifiers if m.category == "NEGATED_EXISTENCE"]
    return bool(denials) and all(
        ent.doc[slice(*m.modifier_span)].text.lower() == "independently" for m in denials
    )
