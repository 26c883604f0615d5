"""A clause's verdict that the function it names is fine: a good rating word ("balance good",
"ambulation independent"), a screen or fall risk rated low, or daily activities said to be
whole; or a mild deviation the next words call steady ("Gait: mildly antalgic, steady"). Split
out of score_bands.py, whose :func:`~.score_bands.rated_well` reads these beside the
instruments' bands.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The exception a rating makes right after its word ("WNL except bathing", "independent, but").
_EXCEPTION = (
    r"[ \t]*[,(-]?[ \t]*(?:except|but|other\s+than|apart\s+from|aside\s+from|besides|save)\b"
)

#: A clause's verdict that the function it names is fine ("balance good", "gait steady",
#: "ambulation independent"); not "not good", "no longer independent", "good days". A screen
#: read negative or a risk rated low is a good result too ("Fall risk screen (STEADI):
#: negative", "Fall risk - low risk by TUG/Berg"); not "not low risk", nor a "negative impact".
_GOOD = lazy_re.compile(
    r"(?<!not )(?<!no longer )\b(?:good|wnl|within normal limits|steady|independent(?:ly)?|indep)"
    r"\b(?!\s*(?:days?|and bad)\b)"
    # A rating with an exception is none: "ADLs: WNL except bathing (needs help)" names the
    # limit in the exception (brief s68-o, a false alarm).
    r"(?!" + _EXCEPTION + ")"
    r"|(?<!not )(?<!not at )\blow(?:\s+fall)?\s+risk\b"
    # The rating after the name (blind wave 27, CV/wlk-02: "Fall risk low."; "Fall risk: low",
    # "fall risk is minimal"); not "low to moderate", "low-moderate". So with the screen or tool
    # named between (brief s71-j: "Fall risk assessment (Morse): low", "fall risk score - low").
    r"|\bfall\s+risk\s*(?:(?:assessment|screen(?:ing)?|score|level)\s*)?(?:\([^)]{0,30}\)\s*)?"
    r"(?:(?:is|remains|was|:|-|=)\s*)?(?:low|minimal)\b"
    r"(?!\s*(?:-|to|/)\s*(?:mod|high))"
    # The verdict of a screen or of a fall or risk rating, not of an exam test: in "antalgic
    # gait with Trendelenburg negative" the gait is still antalgic.
    r"|\b(?:screen\w*|risk|falls?)\b[^,;]{0,30}?\b(?:negative|neg)\b"
    r"(?!\s+(?!(?:for|by|on|per|results?)\b)[a-z])",
    re.IGNORECASE,
)
#: Daily activities said to be whole (blind wave 35, EB/tsa-03: "Reports full ADLs, still
#: golfing"): "full ADLs", "unrestricted ADLs", "ADLs full"; not a clause that limits or dates
#: them ("unable to perform full ADLs", "needs help with all ADLs", "full ADLs before the fall").
_FULL_ADLS = lazy_re.compile(
    r"\b(?:full|unrestricted|unlimited|normal)\s+(?:basic\s+)?"
    r"(?:i?adls?|activities of daily living)\b"
    r"|\bi?adls?\s*(?:are\s+|:\s*)?(?:full|unrestricted|unlimited)\b",
    re.IGNORECASE,
)
_NOT_FULL = lazy_re.compile(
    r"\b(?:not|unable|cannot|can'?t|no longer|difficult\w*|help|assist\w*|limit\w*|except|"
    r"prior|before|previously|used to|until|goals?)\b",
    re.IGNORECASE,
)
#: An inability before "independent(ly)" in the clause ("cannot get to the bathroom
#: independently", "unable to walk independently"): the word says how much help the limit takes,
#: not that the patient does it alone (blind wave 60, HU/wheelchair-03; NCD 280.3's limitation in
#: a mobility-related daily activity at home). "not independent" is the lookbehind above.
_INABILITY = lazy_re.compile(
    r"\b(?:cannot|can\s+not|can'?t|cant|unable\s+to|not\s+able\s+to|could\s*not|couldn'?t|"
    r"no\s+longer\s+able\s+to)\b",
    re.IGNORECASE,
)


#: The finding's own normal rating, within a few words after it, that makes an exception.
_EXCEPTED_RATING = lazy_re.compile(
    r"^[^.;\n]{0,20}?\b(?:wnl|within\s+normal\s+limits|normal|independent|indep|intact)\b"
    + _EXCEPTION,
    re.IGNORECASE,
)


def excepted_rating(after: str) -> bool:
    """Whether the text ``after`` a finding rates it normal with an exception ("ADLs: WNL except
    bathing (needs help)"): the exception is the limit, so the finding is not normal."""
    return bool(_EXCEPTED_RATING.match(after))


def good_verdict(clause: str) -> bool:
    """True when ``clause`` rates the function it names well."""
    for match in _GOOD.finditer(clause):
        governed = _INABILITY.search(clause, 0, match.start())
        if not (match.group().lower().startswith("indep") and governed):
            return True
    return bool(_FULL_ADLS.search(clause) and not _NOT_FULL.search(clause))


#: A deviation written as mild right before the finding ("mildly antalgic", "slight limp") ...
_MILD_BEFORE = lazy_re.compile(
    r"\b(?:mild(?:ly)?|slight(?:ly)?|minimal(?:ly)?|min|minor)\s+$", re.IGNORECASE
)
#: ... and the next clause rating the walking steady or safe (blind wave 68, IW/dme-walker-03:
#: "Gait: mildly antalgic, steady." of a patient walking community distances without a device):
#: the gait is observed, not limited. Not "mild limp, unsteady on turns" nor "slight limp, steady
#: with walker" (steady only with a device is the device's need).
_STEADY_AFTER = lazy_re.compile(
    r"^[^,;.]{0,20}?,\s*(?:but\s+|yet\s+|otherwise\s+|and\s+)?(?:steady|stable|safe|"
    r"independent|indep)\b(?![^,;.]{0,30}\b(?:with|w/|using|on)\b)",
    re.IGNORECASE,
)


def mild_and_steady(text: str, start: int, end: int) -> bool:
    """True when the finding at [start, end) of ``text`` is called mild just before it and its
    next clause calls the gait steady or safe."""
    return bool(_MILD_BEFORE.search(text[max(0, start - 20) : start])) and bool(
        _STEADY_AFTER.match(text[end:])
    )
