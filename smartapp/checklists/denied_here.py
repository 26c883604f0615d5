"""A denial of care limited to this clinic: "No dietitian program here.", "no PT at this
office", "has not seen our dietitian", "no weight management program in our system".

Such a "no" says what this place has not given, not that the care was never had: a bariatric
consult's "No dietitian program here" beside faxed outside records of six monthly PCP weight
management visits (blind wave 90, MF/bariatric-03) took the faxed program back as a newer note
denying it (finding_dates.newest_wins), and the supervised attempt was called missing. Read so,
the denial is still no evidence of care; it only does not contradict care had elsewhere.

Not limited so: a plain "no dietitian program", a denial that reaches elsewhere too ("no PT here
or anywhere else", "never, here or elsewhere"), and "here" of another clause ("No PT; here today
for the knee", "no RD, here for a bariatric consult": the patient is here).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The place after the care, in its clause: "here", "at this clinic", "in our system", "with us".
_HERE_AFTER = lazy_re.compile(
    r"^[^.;:\n]{0,40}?\b(?:here(?!\s+(?:for|today|to|with|on|in|at|now)\b)|"
    r"at\s+(?:this|our)\s+(?:clinic|office|practice|cent(?:er|re)|facility|hospital|site|"
    r"location|institution|program)|"
    r"(?:in|within)\s+(?:our|this)\s+(?:clinic|office|practice|system|program|cent(?:er|re)|"
    r"facility|network|group|health\s+system)|"
    r"through\s+(?:us|our\s+(?:clinic|office|practice|program|cent(?:er|re)))|"
    r"with\s+us|in[- ]house|on[- ]site)\b"
    r"(?![^.;\n]{0,30}\b(?:or|and|nor)\s+(?:elsewhere|anywhere|outside|other))",
    re.IGNORECASE,
)
#: The place before the care: "our dietitian", "this clinic's weight program", "in-house PT".
_HERE_BEFORE = lazy_re.compile(
    r"\b(?:our|this\s+(?:clinic|office|practice|cent(?:er|re))'s|in[- ]house|on[- ]site)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def denied_here_only(finding: Any) -> bool:
    """Whether a negated care finding denies the care only at this place (see above)."""
    if not finding.negated:
        return False
    snippet = finding.snippet or ""
    at = snippet.lower().find((finding.text or "").lower())
    if at < 0 or not finding.text:
        return False
    after = snippet[at + len(finding.text) :]
    return bool(_HERE_AFTER.search(after) or _HERE_BEFORE.search(snippet[:at]))
