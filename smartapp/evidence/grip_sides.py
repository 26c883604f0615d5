"""Grip strength measured on both hands: whether the weaker hand falls well short of the other.

A grip is a deficit only against something: the other hand, or the job. Between two hands of
one healthy person the dominant hand is commonly some 10% stronger (the "10% rule", Bechtol
1954), and a third or more of people grip as hard or harder with the non-dominant hand
(Petersen et al., "Grip strength and hand dominance: challenging the 10% rule", Am J Occup Ther
1989;43:444-447); a Jamar reading also varies by about 10% between sessions. So a weaker hand
at 80% of the other or more is within what the two hands of a healthy worker show, and hand
therapy and FCE reports read a side-to-side difference of more than 20% as a true strength
deficit. "Grip R 48 lb vs L 102 lb" (47%) documents a deficit; "Grip R 62 lb / L 68 lb (91%)"
does not (blind waves 3 and 56, M/work-rehab-05, HE/occ-03).

Only what the text states plainly is read: two values, each with its side ("R 48 lb vs L 102
lb", "14 kg R vs 28 kg L", "right 14 kg, left 31 kg"), a value and the other side's in brackets
("grip 8 kg (L 26 kg)"), or the weaker hand's share of the other ("grip R 22 lb (42% of L)").
A goal ("grip >= 60% of L") or a change ("R 12 -> 21 lb") is no reading of both hands.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: At or above this share of the other hand, a weaker grip is within normal side-to-side
#: variation (see the module docstring for the sources).
NORMAL_SHARE = 0.8

_SIDE = r"(?:right|left|rt|lt|r|l)\b\.?"
#: A value of its own: not an MMT grade ("4/5", "3-/5"), a ratio's half or a value that changes
#: ("12 -> 21 lb"), nor one that a goal's comparator sets (">= 18 kg").
_VALUE = (
    r"(?<![\d/.<>=≥≤])(?<![<>=≥≤]\s)(\d{1,3}(?:\.\d+)?)(?![\d.])"
    r"(?!\s*[-+]?\s*/)(?!\s*(?:-{1,2}>|→|=>))"
)
_UNIT = r"(?:\s*(lbs?|pounds?|#|kg)(?!\w))?"
_SEPARATOR = r"\s*(?:,|/|\(|vs\.?|versus|and|compared (?:to|with))\s*"


def _pair(n: int, side_first: bool) -> str:
    value = _VALUE.replace("(\\d", f"(?P<value{n}>\\d", 1)
    unit = _UNIT.replace("(lbs", f"(?P<unit{n}>lbs", 1)
    side = f"(?P<side{n}>{_SIDE})"
    if side_first:
        return rf"{side}\s*[:=]?\s*{value}{unit}"
    return rf"{value}{unit}\s*{side}"


#: The grip word and what may stand between it and the readings: "grip strength by dynamometer",
#: "Grip (Jamar pos 2):", "grip strength, Jamar position 2, average of three trials:".
_LEAD = r"\bgrip\b(?:\s+strength)?[^.;\n<>=≥≤]{0,50}?"
_BOTH = lazy_re.compile(
    _LEAD
    + rf"(?:{_pair(1, True)}{_SEPARATOR}{_pair(2, True)}"
    + rf"|{_pair(3, False)}{_SEPARATOR}{_pair(4, False)})",
    re.IGNORECASE,
)
#: A value with no side, the other hand's in brackets or after "vs": "grip 8 kg (L 26 kg)",
#: "grip 12 lb (L 90)", "Grip 8 kg vs 30 L".
_ONE_SIDE = lazy_re.compile(
    r"\bgrip\b(?:\s+strength)?\s*:?\s*"
    + _VALUE.replace("(\\d", "(?P<value1>\\d", 1)
    + _UNIT.replace("(lbs", "(?P<unit1>lbs", 1)
    + r"\s*(?:\(\s*"
    + _pair(2, True)
    + r"\s*\)|vs\.?\s*"
    + _pair(4, False)
    + ")",
    re.IGNORECASE,
)
#: The weaker hand's share of the other: "grip R 52 lb (54% of L)", "grip 42% of opposite side".
_SHARE = lazy_re.compile(
    r"\bgrip\b[^.;\n%<>=≥≤]{0,30}?(?<![<>=≥≤])(?<![<>=≥≤]\s)(?<![\d.])(?P<share>\d{1,3})\s*%\s*of\s+"
    r"(?:the\s+)?(?:right|left|r|l|other|opposite|contralateral|uninvolved|unaffected|"
    r"uninjured|non-?dominant|dominant)\b",
    re.IGNORECASE,
)


def _pounds(value: str, unit: str | None, other_unit: str | None) -> float:
    """A value in pounds; one written without a unit takes the other hand's."""
    unit = (unit or other_unit or "lb").lower()
    return float(value) * 2.2046 if unit == "kg" else float(value)


def grip_share(text: str) -> float | None:
    """The weaker hand's grip as a share of the other's, when ``text`` states both (or the
    share itself); None when it does not."""
    share = _SHARE.search(text)
    if share is not None:
        return int(share.group("share")) / 100
    for pattern in (_BOTH, _ONE_SIDE):
        for match in pattern.finditer(text):
            groups = match.groupdict()
            first = next(n for n in ("1", "3") if groups.get(f"value{n}"))
            second = next(n for n in ("2", "4") if groups.get(f"value{n}"))
            sides = [(groups.get(f"side{n}") or "")[:1].lower() for n in (first, second)]
            if sides[0] and sides[0] == sides[1]:
                continue  # "R 18 kg ... R 31 kg": one hand twice, not both hands
            units = groups.get(f"unit{first}"), groups.get(f"unit{second}")
            one = _pounds(groups[f"value{first}"], units[0], units[1])
            two = _pounds(groups[f"value{second}"], units[1], units[0])
            if max(one, two) <= 0:
                continue
            return min(one, two) / max(one, two)
    return None


def grip_even(text: str) -> bool:
    """True when ``text`` measures grip on both hands and the weaker is at least
    :data:`NORMAL_SHARE` of the other: no grip deficit, whatever word names the measure."""
    share = grip_share(text)
    return share is not None and share >= NORMAL_SHARE


def grip_shortfall(text: str) -> bool:
    """True when ``text`` measures grip on both hands and the weaker falls below
    :data:`NORMAL_SHARE` of the other: a strength deficit, not side-to-side variation."""
    share = grip_share(text)
    return share is not None and share < NORMAL_SHARE
