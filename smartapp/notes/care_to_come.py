"""Care a regex target names that is still to come: a specialty evaluation recommended right
before it, or anything waiting for the first open slot right after it.

ConText reads "recommend" forward of a spaCy-matched target (context.yaml), and "next available"
backward; a regex-matched target never passes through ConText, so without these "Recommend OT
seating eval for tilt specs" in a supplier's assessment and "OT seating clinic first available
3/4/2026 - scheduled" in a telephone note read as a specialty evaluation done (blind wave 46,
FQ/wheelchair-03: the evaluation the LCD asks for had not been held).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Evaluations another clinician is to hold, which a recommendation names before they happen.
#: Only these: a recommendation before other targets is often the plan itself ("Plan: recommend
#: recert PT 2w4: gait, balance" states the skilled need) or names a further test inside an
#: evaluation already held ("Recommend full standardized aphasia assessment" in an SLP
#: evaluation, blind wave 45, FO/slp-03).
RECOMMENDED_EVALUATIONS = frozenset({"clinical-notes|wheelchair-evaluation"})
#: A recommendation naming the target within a few words of it: "Recommend OT seating eval",
#: "recommended a formal wheelchair assessment". Not what someone recommends on the strength of
#: it ("PT recommends power chair after seating eval", "... per the seating evaluation"), nor a
#: recommendation whose clause has ended ("recommends a K0861 chair; seating eval done 1/5").
#: So does a referral still to be made or just placed ("Refer to OT for seating evaluation",
#: "referral placed to PT for power mobility eval"); not "referred for", which an evaluation's
#: own note opens with ("Pt referred for seating evaluation by Dr. X").
_RECOMMENDED_BEFORE = lazy_re.compile(
    r"\b(?:recommend(?:s|ed|ing)?|suggest(?:s|ed)?|refer|will\s+refer|referral(?:\s+placed)?)"
    r"\s+(?:(?:an?|the)\s+)?"
    r"(?:(?!(?:after|per|from|following|based|on|by|in|at)\b)[\w/&+-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Evaluations a referral still to be made names before they are held (brief s67-c, the lead's
#: class from stop 48: "Refer for SLP evaluation" in a physician's plan read as the SLP's
#: evaluation done).
REFERRED_EVALUATIONS = RECOMMENDED_EVALUATIONS | {
    "clinical-notes|slp-evaluation",
    "clinical-notes|psych-evaluation",
    "clinical-notes|nutrition-evaluation",
    "exam-findings|therapy-evaluation",
}
#: A referral to be made or just placed, within a few words before the evaluation it asks for:
#: "Refer for SLP evaluation", "Will refer to outpatient speech therapy for swallow evaluation",
#: "Plan: referral to speech therapy for swallow evaluation", "Ref to SLP for eval". Not
#: "referred for", which the evaluation's own note opens with, nor where the patient was sent
#: from ("referral from Dr. Lee for SLP evaluation"), nor a heading's "Reason for referral:".
_REFERRAL_BEFORE = lazy_re.compile(
    r"(?<!reason for )\b(?:refer|to\s+refer|please\s+refer|ref\s+to|referring|"
    r"referral(?:\s+(?:placed|sent|made|entered))?)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?!(?:after|per|from|following|based|on|by|in|at)\b)[\w/&+-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: The first or next open slot named right after the target is an appointment, not the event
#: ("seating clinic first available 3/4", "PT eval next available 10/02").
_NEXT_SLOT_AFTER = lazy_re.compile(
    r"^[^.;]{0,25}?\b(?:first|next|earliest)\s+"
    r"(?:available|opening|open (?:slot|appt|appointment))\b",
    re.IGNORECASE,
)


#: A specialty evaluation the patient was sent to or still needs, right before it: "Referred to
#: OT seating eval.", "Referred to seating clinic.", "Needs PT wheelchair evaluation." (brief
#: s86-seating, WHC-008: the ordering physician's referral read as the evaluation held). Only
#: the forward "referred to", and only for these evaluations: "Referred to PT 1/2026, attended 12
#: visits" is therapy held, and "Pt referred for seating evaluation by Dr. X" opens its own note.
_SENT_OR_NEEDED_BEFORE = lazy_re.compile(
    r"\b(?:referred\s+to|(?:still\s+|will\s+)?(?:needs?|requires?))\s+(?:(?:an?|the)\s+)?"
    r"(?:(?!(?:after|per|from|following|based|on|by|in|at)\b)[\w/&+-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: ...unless the note says the evaluation it was sent to was held ("Referred to OT seating eval
#: - completed 4/9, see report").
_HELD_AFTER = lazy_re.compile(
    r"^[^.;\n]{0,40}?\b(?:completed|done|held|performed|attended|see (?:the )?(?:report|note))\b",
    re.IGNORECASE,
)


def _sent_or_needed(before: str, after: str, label: str) -> bool:
    """Whether a wheelchair evaluation is only referred to or still needed. (The supplier's ATP
    assessment is the document's own attribution, supplier_notes.by_supplier_only: a PT or OT
    signing it still makes it the evaluation, blind wave 54.)"""
    return bool(
        label in RECOMMENDED_EVALUATIONS
        and _SENT_OR_NEEDED_BEFORE.search(before)
        and not _HELD_AFTER.match(after)
    )


def referral_asks_for(before: str, label: str) -> bool:
    """Whether the words ``before`` an evaluation target (``label``) are a referral still asking
    for it: "Refer for SLP evaluation", and the spaCy-matched "Refer PT eval" (flag_corrections),
    whose bare "refer" ConText does not read. Only the evaluation: "Refer PT." still begins the
    therapy that a later follow-up exam follows (counted_findings, blind wave 43, FF/lmri-03)."""
    return label in REFERRED_EVALUATIONS and bool(_REFERRAL_BEFORE.search(before))


def still_to_come(before: str, after: str, label: str) -> bool:
    """Whether the words ``before`` a regex target (the 40 characters up to it) or ``after`` it
    make what it names (``label``, its category and concept) still to come."""
    recommended = label in RECOMMENDED_EVALUATIONS and _RECOMMENDED_BEFORE.search(before)
    return bool(
        recommended
        or referral_asks_for(before, label)
        or _sent_or_needed(before, after, label)
        or _NEXT_SLOT_AFTER.match(after)
    )
