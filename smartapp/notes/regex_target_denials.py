"""Denials a regex-matched target carries in its own words or near them (regex_target_flags.py
reads the rest of its flags): a field answered "none" inside a target that runs to the end of its
statement, a device trial the patient refused, and how far back a "no" before the target may
reach (not past a clause that states its own negative or favourable result, nor into a stage).

Split out of regex_target_flags.py, which reads negation, family, hypothetical and speculative
cues around a regex target.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .avn_stages import stage_set_apart
from .clauses import clause_bounds

#: A field whose value denies it, inside a regex target that runs to the end of the statement
#: ("Prior genetic testing: none - ..."): neither the text before nor after the target sees it.
#: A test's result ("BRCA1/2: negative") is not a denial of the test.
FIELD_DENIED = lazy_re.compile(
    # "myRisk 2021: no pathogenic variant" is a test's result, not a field left empty; so is a
    # lab's "RESULT: NO CLINICALLY SIGNIFICANT MUTATION IDENTIFIED" (blind wave 31, DJ/gen-04).
    # Nor is a field whose value says what it no longer is: "Walker: no longer possible (LE 2/5,
    # falls x4)" states the walker fails (blind wave 33, DQ/whc-03); "Walker: no longer needed"
    # is still a denial.
    # A restriction list is no field answered "no": "Still restricted: no kneeling, no
    # squatting, 20 lb lift" lists the limits the worker is held to (blind wave 87, LT/occ-02);
    # "Restrictions: none", "Restrictions: no restrictions" still deny.
    r"^(?![^:;.]{0,20}?\brestrict\w*\s*:\s*no\s+(?!restrictions?\b|limits?\b)\w)"
    r"[^:;.]{2,60}:\s*(?:none|no\b(?!\s+(?:clinically\s+significant\s+)?"
    r"(?:pathogenic|deleterious|mutation|variant))(?!\s+longer\s+(?:possible|feasible|safe|"
    r"an option|functional|sufficient|adequate|effective|appropriate|practical|realistic)\b)|"
    r"n/a\b|"
    r"never\b|not (?:done|performed|tried)|denie[sd]\b|"
    # Or a sentence about the patient whose verb is denied or declined (blind wave 13: "Prior
    # testing: Patient has had no previous genetic testing", "Genetic counseling: pt declined
    # pre-test GC referral"); a bare "not" is no answer ("Walking tolerance: not able to ...").
    r"(?:the\s+)?(?:patient|pt|she|he|they|member)\s+(?:(?:has|have|had|did|does|was|were|is)"
    r"\s+)?(?:(?:had|been)\s+)?(?:no\b|never\b|not\b|(?:has|have|had|did|does)n'?t\b|"
    r"denie[sd]\b|declines?\b|declined\b|refuses?\b|refused\b))",
    re.IGNORECASE,
)
#: A trial the patient turned down or never made, said of what the target names ("Walker was
#: offered, pt has not tried walker - declines", "Manual wheelchair offered, patient declined"):
#: no finding that the device failed. Only the refusal of the thing itself: "refused further
#: walking" or "declines PT" refuse something else (blind wave 13, AR/whc-03).
TRIAL_REFUSED = lazy_re.compile(
    r"\b(?:pt|patient|he|she|they|member)\s+(?:declines?|declined|refuses?|refused)\b(?!\s+\w)|"
    r"\s[-–(]\s*(?:declines?|declined|refuses?|refused)\b(?!\s+\w)|"
    r"\b(?:offered|recommended|suggested)\b[^.;]{0,40}?\b(?:declines?|declined|refuses?|refused)\b|"
    r"\b(?:(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?|hasn't\s+|haven't\s+|never\s+|"
    r"not\s+(?:yet\s+)?)tried\b|"
    r"\b(?:refuses?|refused|declines?|declined|does not want|doesn't want|won't|will not)\s+to\s+"
    r"(?:use|try)\b|"
    # A device ordered and never obtained was never tried either (blind wave 109,
    # OV/dme-wheelchair-03: "Walker: ordered at SNF discharge, never picked it up (son: "didn't
    # think he'd need it")"; "rollator Rx'd, never filled", "walker not yet delivered"): its
    # words of doubt are no trial that failed (NCD 280.3 B). "Never used" is left: "cane never
    # used - cannot grip (R hand flaccid)" is the condition ruling the device out.
    r"\b(?:never|not\s+yet|(?:has|have|had|did)\s+not|hasn't|haven't|hadn't|didn't)\s+"
    r"(?:(?:been\s+)?(?:picked\s+(?:(?:it|them)\s+)?up|obtained|received|delivered|filled|"
    r"gotten|got\s+(?:it|them|one)|arrived)|(?:pick\s+(?:(?:it|them)\s+)?up|obtain|receive|"
    r"fill|get\s+(?:it|them|one)))\b",
    re.IGNORECASE,
)
#: A verdict on the device left open in its own words ("Walker might be unsafe; PT to assess",
#: "cane possibly not enough"): no judgement yet that it will not do. A clinician's judgement
#: stated without a trial stands (NCD 280.3: no trial when the condition plainly rules the
#: device out): "Walker would be unsafe", "A rollator would not help her dyspnea".
#: "May" only as the modal before its verb: "fell with the rollator in May" is the month.
TRIAL_HEDGED = lazy_re.compile(
    r"\b(?:may\s+(?:not\s+)?(?:be|help|work|suffice|resolve)|might|possibly|perhaps|maybe)\b",
    re.IGNORECASE,
)
#: A gene's result read as a negative or a test only looked for: "Negative for BRCA1 and BRCA2
#: mutations", "wants testing for a BRCA1 mutation" name the gene a hereditary-cancer history
#: reads ("BRCA2 mutation") but state no variant found (phrasing grid s62, GEN-001: a false
#: "met"). What the words before the gene say, its coordinated list included; a result the
#: target itself states ("testing for BRCA mutation - positive") keeps the history.
NOT_FOUND_FOR = lazy_re.compile(
    r"\b(?:negative|neg|testing|test|screen(?:ing)?|evaluation|analysis)\s+for\s+"
    r"(?:(?:a|an|the|any)\s+)?(?:[\w/-]+\s*(?:,|\band\b|\bor\b|&|/)\s*){0,3}$",
    re.IGNORECASE,
)
FOUND = lazy_re.compile(
    r"\b(?:positive|identified|detected|found|carrier|confirmed)\b", re.IGNORECASE
)
HISTORY = "clinical-notes|hereditary-cancer-history"
#: Targets that say a device was tried and failed: a refusal of it is no such finding.
TRIALS = frozenset(
    {"clinical-notes|cane-walker-insufficient", "clinical-notes|manual-chair-insufficient"}
)


#: A target whose own words state the negative: "tantrums when not understood", "does not
#: respond to name". A "not" in an earlier clause ("peers do not understand requests, tantrums
#: when not understood": blind wave DB/slp-01) is that clause's own, not a denial of this one.
_OWN_DENIAL = lazy_re.compile(r"\b(?:not|never|cannot|unable)\b|n't\b", re.IGNORECASE)
#: A clause that gives its own favourable result ("no carpet, turning radius OK in all rooms":
#: blind wave 36, EC/wheelchair-03) is a finding of its own, not one more item of the list an
#: earlier "no" denies, as clauses.py reads a clause that asserts its own finding.
_OWN_RESULT = lazy_re.compile(
    r"\b(?:ok|okay|adequate|sufficient|acceptable|accessible|wide enough)\b", re.IGNORECASE
)


def denial_reach(text: str, start: int, end: int) -> int:
    """Where a denial before the target at [start, end) of ``text`` may stand from: anywhere in
    the 60 characters before it, or only in its own clause when it states its own negative or
    its own favourable result, or only inside the brackets of a stage they open, or after the
    comma that sets a stage off."""
    if stage_set_apart(text, start):  # "no collapse (Ficat II)", "No collapse, Ficat II."
        return start
    low, high = clause_bounds(text, start)
    if _OWN_DENIAL.search(text[start : min(end, high)]):
        return max(low, start - 60)
    if low > 0 and _OWN_RESULT.search(text[low:high]) and not _OWN_DENIAL.search(text[low:high]):
        return max(low, start - 60)  # its own result: an earlier clause's "no" is that clause's
    return max(0, start - 60)
