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

The weeks of care a referral sends the patient to are the course ordered, not weeks had:
"Referred to PT x 8 wks and naproxen" (:func:`referred_to`, s62-m).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clause_spans import clause_end

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
_ONWARD = lazy_re.compile(
    r"\s*(?:placed\s+|sent\s+)?to\b|\s+(?:ortho\w*|neurosurg\w*|nsgy|spine|surg\w*|"
    r"physiatry|pm&?r|pain\s+(?:mgmt|management|clinic)|dr\.?)(?!\w)",
    re.IGNORECASE,
)
_CLAUSE_END = lazy_re.compile(r"[.;\n]")


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
        stop = clause_end(text, span.end_char, _CLAUSE_END)
        if any(span.end_char <= at < stop for at in care):
            return False
    return bool(hypothetical)


#: Care named after a referral that sends the patient to it ("Referred to PT x 8 wks and
#: naproxen", "referred to Acme PT", "ref to PT 8 wks"): its weeks are the course ordered, not
#: weeks had (phrasing grid s62, LMRI-003: read as eight weeks of care had). The referral still
#: dates care begun ("Referred to PT 1/20. Went to eval only"), so only its length is dropped.
#: Not where the patient came here from, nor care said had between ("referred to me by PCP
#: after PT x 8 wks", "referred to ortho s/p PT"). The care right after the referral word, with
#: no "to", is sent to as well: "Referred PT 2x/wk x 6 wk", "Referral: PT x 6 wks" (s65-f: a
#: referral's six weeks read as had, a course by a 1/12 note's count back to 12/1).
_REFERRED_TO = lazy_re.compile(
    r"\b(?:referred|ref'?d|ref|referral(?:\s+placed)?)"
    r"(?:\s+(?:(?:pt|patient|her|him|them)\s+)?(?:placed\s+|sent\s+)?to\s+"
    r"(?P<between>[^.;\n]{0,60}?)|\s*:?\s+)$",
    re.IGNORECASE,
)
_HAD_BETWEEN = lazy_re.compile(
    r"\b(?:me|us|our|this|by|from|after|following|s/p|status\s+post|despite|failed|failing|"
    r"since|completed|tried|had|has|did|post)\b",
    re.IGNORECASE,
)
#: ... nor care said done after it in its sentence ("referred to PT 2025, completed 8 wks").
_HAD_AFTER = lazy_re.compile(
    r"^[^.\n]*?(?<!\bif )\b(?:failed|completed|finished|done|attended|went|participated|"
    r"without\s+(?:relief|improvement|benefit)|no\s+(?:relief|improvement|benefit|better)|"
    r"did\s+not\s+help|didn'?t\s+help)\b",
    re.IGNORECASE,
)


#: ... or named right before the referral: "PT referral placed for 8 wks", "Physical therapy
#: referral for 4 months" (lead's class s64: ConText's forward "referral placed for" outranks its
#: backward "referral" by length and left the weeks had). Not where the patient came from ("PT
#: referral from Dr. Lee", "PT referred by PCP").
_REFERRAL_AFTER = lazy_re.compile(
    r"\s*[-:,]?\s*(?:referral|referred|ref'?d)\b(?!\s+(?:from|by)\b)", re.IGNORECASE
)


def referred_to(text: str, start: int, end: int, after: str | None = None) -> bool:
    """True when the care at ``start``-``end`` of ``text`` is what a referral just before or
    right after it in its clause sends the patient to, no word of it had around it: "Referred to
    PT x 8 wks", "PT referral placed for 8 wks". ``after`` is the rest of its line past the
    care, when the statement was cut before it ("Referred PT x 8 wks - completed, no relief")."""
    sent = _REFERRED_TO.search(text, 0, start)
    before = sent and not _HAD_BETWEEN.search(sent["between"] or "")
    had = _HAD_AFTER.match(text[end:] if after is None else after)
    return bool((before or _REFERRAL_AFTER.match(text, end)) and not had)
