"""A side told relative to another: "the other knee", "opposite hip", "contralateral shoulder".

A note about the knee a request is for tells the care of the patient's second knee by reference
to this one: 'Had a "steroid shot" in the other knee last year' (blind wave 53, GT/hya-03) is
no injection of the ordered knee, though no left or right is written. Such a region is given
the side ``other``: against a one-sided order it is the opposite side, unless its statement
also names an explicit side, which it is then the opposite of ("L knee pain; CSI in the other
knee" names both knees). An order with no side, or a bilateral one, keeps every knee's evidence.

"other" needs a determiner ("the/her/his other knee"): "other joint swelling" in a review of
systems means further joints, not a second side.
"""

from __future__ import annotations

#: The side alternatives read as ``other`` (regions._SIDE puts them before the region word).
OTHER_WORDS = r"(?:the|her|his|their)\s+other|opposite|contralateral"

OTHER = "other"
_OPPOSITE = {"left": "right", "right": "left"}


def side_word(word: str) -> str | None:
    """``other`` for one of :data:`OTHER_WORDS` (any spacing and case), else None."""
    low = word.lower()
    return OTHER if low.endswith("other") or low in ("opposite", "contralateral") else None


def resolved(sides: set[str]) -> set[str]:
    """``sides`` with ``other`` made the opposite of the explicit side named beside it (both
    knees then); alone, it stays ``other``, which no order's left or right shares."""
    if OTHER not in sides:
        return sides
    explicit = sides & set(_OPPOSITE)
    if not explicit:
        return sides
    return (sides - {OTHER}) | {_OPPOSITE[s] for s in explicit}
