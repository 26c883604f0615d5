"""Whether two sets of body regions are about the same part of the body: the order's and the
evidence's (:func:`compatible`), a study's and the order's (:func:`study_shows`), by regions.yaml's
``within`` lineage, ``refers_from`` and ``seen_on``, and their sides.

Split out of regions.py, which reads the regions of text and codes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .other_side import OTHER, resolved
from .regions import region_specs


def _lineage(region: str) -> set[str]:
    regions = region_specs()
    out = {region}
    while region in regions and regions[region].get("within"):
        region = regions[region]["within"]
        out.add(region)
    return out


def _related(a: str, b: str) -> bool:
    return a in _lineage(b) or b in _lineage(a)


def related(a: str, b: str) -> bool:
    """True when one region lies within the other or they are the same (regions.yaml
    ``within``): the lineage :func:`compatible` judges sides by."""
    return _related(a, b)


def referred(order: frozenset[str]) -> frozenset[str]:
    """``order`` plus the regions its symptoms and exam findings are felt in (a lumbar order's
    leg and foot: regions.yaml ``refers_from``)."""
    table = region_specs()
    extra = {r for base in order for r in table.get(base.split(":")[0], {}).get("refers_from", ())}
    return order | frozenset(extra)


def study_shows(order: frozenset[str], study: frozenset[str]) -> bool:
    """True unless ``study`` (its regions, :func:`study_regions`) is of other regions than the
    order's: a lumbar spine film is no imaging of the hip, though its report mentions the hips.
    A study of a region another is ``seen_on`` shows that one too (an AP pelvis film, the hips);
    a study that names no region is never excluded."""
    if not study:
        return True
    table = region_specs()
    bases = {r.split(":")[0] for r in study}
    shown = {name for name, spec in table.items() if bases & set(spec.get("seen_on", ()))}
    return compatible(order, study) or bool(shown and compatible(order, frozenset(shown)))


def _most_specific(regions: Iterable[str]) -> set[str]:
    """The regions named (sides dropped) that no other named region lies within: a knee order
    coded "lower-extremity joint" is a knee."""
    named = {r.split(":")[0] for r in regions}
    return {r for r in named if not any(r != o and r in _lineage(o) for o in named)}


def all_within(order: frozenset[str], wider: Iterable[str]) -> bool:
    """True when the order names a region and each of its most specific regions lies within one
    of ``wider`` (or is one): a right-shoulder order within "shoulder", a cervical one within
    "spine"; an "upper-extremity" order with no joint named is within no "shoulder"."""
    bases, wanted = _most_specific(order), set(wider)
    return bool(bases) and all(_lineage(base) & wanted for base in bases)


def _sides(regions: frozenset[str], base: str) -> set[str]:
    """The sides given to ``base`` or to a region it lies within: the glenohumeral joint of a
    right-shoulder order is the right one (its side is written on "shoulder" only)."""
    lineage = _lineage(base)
    return {r.split(":")[1] for r in regions if ":" in r and r.split(":")[0] in lineage}


def compatible(order: frozenset[str], evidence: frozenset[str]) -> bool:
    """True unless the evidence is about other regions (or the other side) than the order."""
    order_bases = _most_specific(order)
    evidence_bases = {r.split(":")[0] for r in evidence}
    if not order_bases or not evidence_bases:
        return True
    for base in evidence_bases:
        for wanted in order_bases:
            if not _related(base, wanted):
                continue
            # An order's "other" side is none of its own (other_side: relative to a note's).
            order_sides = _sides(order, wanted) - {OTHER}
            sides = resolved(_sides(evidence, base))
            if not order_sides or not sides or "bilateral" in order_sides | sides:
                return True
            if order_sides & sides:
                return True
    return False
