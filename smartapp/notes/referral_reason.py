"""A complaint named as what a referral was for is the patient's complaint, not a plan: "Referred
for snoring, witnessed pauses (daughter), nocturia x3, unrefreshing sleep" opens a sleep
physician's visit with the symptoms that brought the patient (blind wave 46, FT/sleep-02), as
"68F referred for exertional chest pressure" opens a cardiology consult. ConText's "referred
for" (context.yaml, HYPOTHETICAL) is meant for care asked for ("referred for PT", "referred for
a sleep study"): care so named is still to come, and keeps that reading.

Read for symptom concepts only, and only when the referral is the sole word making the symptom
hypothetical: "referred for snoring eval if it persists" keeps its other cue.

A referral onward after a course of care is the plan, not the care's status: in "PT x8 wks,
naproxen, failed; referred to ortho" ConText's backward "referred" (meant for "PT referral
placed") made the PT and naproxen care to come (s62-h). A referral naming where it sends the
patient ("to ortho", "to spine surgery") refers that, unless care is named after it in its clause
("referred to Acme PT", "referral to pain mgmt for ESI"): :func:`referral_onward`.
"""

from __future__ import annotations

import re
from typing import Any

#: Symptoms a patient is referred for (targets.yaml labels).
COMPLAINTS = frozenset({"clinical-notes|sleep-symptom", "clinical-notes|cardiac-symptom"})
#: The referral phrases that name why the patient was sent (past or noun, not "refer for").
_REFERRAL_REASON = frozenset({"referred for", "referral for"})


def referral_reason_only(ent: Any) -> bool:
    """True when every HYPOTHETICAL modifier of ``ent`` is a referral naming what it was for."""
    hypothetical = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    return bool(hypothetical) and all(
        " ".join(ent.doc[slice(*m.modifier_span)].text.lower().split()) in _REFERRAL_REASON
        for m in hypothetical
    )


#: ConText's backward referral words (context.yaml) ...
_BACKWARD_REFERRAL = frozenset({"referred", "referral", "referral placed"})
#: ... followed by where the patient is sent: "referred to ortho", "referral placed to NSGY".
#: "referred ortho" written without its "to" names a specialty.
_ONWARD = re.compile(
    r"\s*(?:placed\s+|sent\s+)?to\b|\s+(?:ortho\w*|neurosurg\w*|nsgy|spine|surg\w*|"
    r"physiatry|pm&?r|pain\s+(?:mgmt|management|clinic)|dr\.?)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;\n]")


def referral_onward(ent: Any, care: list[int]) -> bool:
    """True when every HYPOTHETICAL modifier of the care ``ent`` is a referral after it to
    somewhere else, no care (``care``: where the statement's care targets start) named after the
    referral in its clause: "naproxen, failed; referred to ortho"."""
    text = ent.doc.text
    hypothetical = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
                    if m.category == "HYPOTHETICAL"]  # fmt: skip
    for span in hypothetical:
        words = " ".join(span.text.lower().split())
        if words not in _BACKWARD_REFERRAL or span.start_char < ent.end_char:
            return False
        if not _ONWARD.match(text, span.end_char):
            return False
        stop = _CLAUSE_END.search(text, span.end_char)
        if any(span.end_char <= at < (stop.start() if stop else len(text)) for at in care):
            return False
    return bool(hypothetical)
