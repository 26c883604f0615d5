"""A head elevation stated under 30 degrees is no positioning need for a hospital bed.

NCD 280.7 covers a hospital bed for a condition that needs the head raised 30 degrees or more
(CHF, COPD, aspiration); pillows or a wedge give less. The regex targets read the degrees ("HOB
>= 30 deg", "HOB 30-45 degrees") and match only 30 or more, but the phrases "head elevated",
"HOB elevated", "head of bed elevation" matched whatever degrees followed, so "Head elevated
20-30°" was read as the need (brief s81-near, a possible false met). Where the elevation's
degrees are written just after the phrase ("HOB elevated 20 degrees", "head elevated to ~15°")
or just before it ("20° head elevation"), the lowest of them decides: under 30 it is no need,
for a range starting under 30 ("20-30°") does not say 30 is needed. An elevation with no
degrees, or degrees of 30 or more ("HOB elevated 30-45°"), is read as before, and degrees
elsewhere in the statement (a joint's range) are not read. A second setting of the elevation
told by its time right after the first ("HOB elevated 20° by day, 45° at night") is read: the
night's raised head is what a bed gives and pillows do not, so 30 or more there is the need
(brief s82-series); "20° by day, 25° at night" is still none.

Both target kinds call it (flag_corrections.py, pattern_flag_corrections.py); the finding is
dropped.
"""

from __future__ import annotations

import re

from .. import lazy_re

_POSITIONING = "functional-deficits|positioning-need"
#: The target is an elevation of the head or trunk: "head elevated", "HOB elevation", "elevate
#: the head", "elevated head" (not "sleeps in recliner", "orthopnea").
_ELEVATION = lazy_re.compile(r"\belevat\w*|\braised\b", re.IGNORECASE)
_UNIT = r"\s*(?:°|º|deg\b\.?|degrees?\b)"
#: The degrees right after the phrase: "20 degrees", "to ~15°", "at 20-30°", "> 20 deg".
_DEGREES_AFTER = lazy_re.compile(
    r"\s*(?:(?:to|at|of|by|about|around|approx(?:imately|\.)?|only)\s+)?(?:[>~]\s*=?\s*)?"
    r"(?P<low>\d{1,2})(?:" + _UNIT + r")?(?:\s*(?:-|–|to)\s*(?P<high>\d{1,2}))?" + _UNIT,
    re.IGNORECASE,
)
#: ... or right before it: "20° head elevation", "15 degrees of head elevation".
_DEGREES_BEFORE = lazy_re.compile(
    r"(?<![\d.])(?P<low>\d{1,2})(?:\s*(?:-|–|to)\s*(?P<high>\d{1,2}))?" + _UNIT + r"\s*(?:of\s+)?$",
    re.IGNORECASE,
)
#: A second setting of the same elevation after the first's degrees, each told by its time:
#: "20° by day, 45° at night", "20 deg while up / 45 deg for sleep", "15° daytime and 40°
#: overnight" (brief s82-series). The second is read only when its time is said right after
#: it, so a joint's range or another measure after a comma is not.
_SETTING = (
    r"(?:\s*(?:by|during|in|while|when)?\s*(?:the\s+)?(?:day(?:time)?|awake|up|sitting|upright|"
    r"daylight\s+hours)\b)?"
)
_WHEN_LYING = (
    r"(?:at\s+night|nightly|overnight|nocturnal(?:ly)?|night(?:time|ly)?|"
    r"(?:at|during|for|while|when|in)\s+(?:the\s+)?(?:night(?:time)?|sleep(?:ing)?|bed|"
    r"lying(?:\s+down)?|supine|recumbent|rest)|asleep)\b"
)
_MORE_DEGREES = lazy_re.compile(
    _SETTING + r"\s*(?:,|;|/|\band\b|&|\bbut\b)\s*(?:and\s+|but\s+)?"
    r"(?:(?:up\s+to|to|at|about|around|approx(?:imately|\.)?)\s+)?(?:[>~]\s*=?\s*)?"
    r"(?P<low>\d{1,2})(?:" + _UNIT + r")?(?:\s*(?:-|–|to)\s*(?P<high>\d{1,2}))?" + _UNIT
    + r"\s*(?:\(?\s*)?" + _WHEN_LYING,
    re.IGNORECASE,
)
#: NCD 280.7's least elevation.
_LEAST = 30


def elevation_under_30(label: str, text: str, start: int, end: int) -> bool:
    """Whether the positioning-need target at [start, end) of ``text`` is a head elevation
    whose degrees, written just after or before it, start under 30 (module doc)."""
    if label != _POSITIONING or not _ELEVATION.search(text, start, end):
        return False
    if re.search(r"\d", text[start:end]):
        return False  # the regex target read its own degrees ("HOB 30-45 degrees")
    after = _DEGREES_AFTER.match(text, end)
    degrees = after or _DEGREES_BEFORE.search(text[max(0, start - 25) : start])
    if degrees is None or int(degrees.group("low")) >= _LEAST:
        return False
    # "HOB elevated 20° by day, 45° at night": the night's setting is the one that needs the
    # bed, so the highest setting decides (each read from the low end of its range).
    more = _MORE_DEGREES.match(text, after.end()) if after else None
    return more is None or int(more.group("low")) < _LEAST
