"""A study's title fixes the side of what it imaged.

"XR Shoulder Left" is a film of the left shoulder, whatever its report goes on to say of the right
("Right shoulder not imaged", "compared with the right side", "right TSA planned"). Read from the
whole text, those words gave the left film a right side as well, and ``compatible`` then let it
stand as the right shoulder's radiograph (blind wave 37, EJ/tsa-02: a staged second side, whose
only recent films were of the operated side). A reviewer reads the study's title for its side and
its report for its findings; so the side of a region the title names is the title's, and the
report's other side of that region (or of a region within it: the right glenohumeral joint of a
left-shoulder film) is dropped. A title with no side, or a bilateral one, drops nothing.
"""

from __future__ import annotations

from .region_match import related


def title_sides(title: frozenset[str], regions: frozenset[str]) -> frozenset[str]:
    """``regions`` (a study's, from its whole text) with the ``title``'s regions added and, for
    each region the title gives a one-sided side, the report's other sides of it removed."""
    sided: dict[str, set[str]] = {}
    for region in title:
        base, _, side = region.partition(":")
        if side:
            sided.setdefault(base, set()).add(side)
    if not sided:
        return regions

    def other_side(region: str) -> bool:
        base, _, side = region.partition(":")
        if not side or side == "bilateral":
            return False  # a bilateral word in the report is not overruled: no guess either way
        return any(
            related(base, named) and side not in sides and "bilateral" not in sides
            for named, sides in sided.items()
        )

    return frozenset(r for r in regions | title if not other_side(r))
