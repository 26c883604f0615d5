"""Care offered now and turned down: "Offered CSI - pt declined", "declines PT at this time".

Such a "no" answers this visit's offer; it does not say the care was never had. A knee's
hyaluronan request whose ortho note reads "Offered CSI - pt declined (fear of needles)" beside a
faxed outside urgent-care record of a R knee Kenalog injection eight months before took the
injection back as a newer note denying it (finding_dates.newest_wins), and HYA-003 was called
missing: the declined one was a repeat (blind wave 100, NQ/hyal-03). Read so, the refusal is
still no evidence of care; it only does not contradict care an earlier record shows given.

Not a refusal of now only: one that also denies the care was had ("no prior injections,
declines CSI", "Prior IA steroid: none (declined)", "has not started azathioprine - declined
after reading about lymphoma"), nor one that
points back at an earlier offer ("declined the injection at the last visit", "refused PT in
January", "declined previously"), which may be the very care an earlier note calls given.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The patient turning the offer down.
_DECLINED = lazy_re.compile(
    r"\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing)|turned\s+(?:it\s+)?down|opts?\s+against|"
    r"opted\s+against)\b",
    re.IGNORECASE,
)
#: Words that deny the care was ever had, beside the refusal: any plain negation ("has not
#: started azathioprine - declined after reading about lymphoma" never began it).
_NEVER_HAD = lazy_re.compile(
    r"\b(?:no|none|never|not|denies|denied|without|neither|nor)\b|n'?t\b", re.IGNORECASE
)
#: Words that put the refusal at an earlier visit or date.
_EARLIER = lazy_re.compile(
    r"\b(?:last|previous(?:ly)?|prior|earlier|before|then|that\s+time|ago|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}/\d{1,2}|\d{4})\b",
    re.IGNORECASE,
)


def declined_now_only(finding: Any) -> bool:
    """Whether a negated care finding is only the patient declining it now (see above)."""
    if not finding.negated:
        return False
    snippet = finding.snippet or ""
    return bool(
        _DECLINED.search(snippet)
        and not _NEVER_HAD.search(snippet)
        and not _EARLIER.search(snippet)
    )
