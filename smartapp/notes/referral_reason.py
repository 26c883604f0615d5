"""A complaint named as what a referral was for is the patient's complaint, not a plan: "Referred
for snoring, witnessed pauses (daughter), nocturia x3, unrefreshing sleep" opens a sleep
physician's visit with the symptoms that brought the patient (blind wave 46, FT/sleep-02), as
"68F referred for exertional chest pressure" opens a cardiology consult. ConText's "referred
for" (context.yaml, HYPOTHETICAL) is meant for care asked for ("referred for PT", "referred for
a sleep study"): care so named is still to come, and keeps that reading.

Read for symptom concepts only, and only when the referral is the sole word making the symptom
hypothetical: "referred for snoring eval if it persists" keeps its other cue.
"""

from __future__ import annotations

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
