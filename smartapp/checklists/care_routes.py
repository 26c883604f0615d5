"""Whether a record's care was given by the route a criterion asks (``route``, or "systemic"
for the regions ``systemic_for`` names): a gel on the skin is no systemic trial, an injection
into a muscle or a tablet no joint's injection (docs/checklists.md §4.1). Split out of
record_filters.py, which keeps a record only when its route is the one asked; care episodes
(episode_pieces.py) ask the same of their pieces, and applied_to_skin.py reads the same topical
words.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.region_match import all_within
from .context import Context
from .muscle_route import into_muscle, noted_into_muscle

#: Routes that are not an injection: "a steroid trial means an intra-articular injection".
#: A medication applied to the skin over the joint (``route: systemic`` leaves it out).
TOPICAL = lazy_re.compile(
    r"\b(?:topical(?:ly)?|cream|ointment|gel|emulgel|lotion|patch(?:es)?|cutaneous|rub)\b", re.I
)
_NOT_INJECTION = lazy_re.compile(
    r"\b(topical|cream|ointment|gel|patch|oral|tablet|capsule|inhal)", re.I
)


def route_asked(spec: dict[str, Any], ctx: Context) -> str | None:
    """The route a criterion asks its care to be given by: ``route``, else "systemic" when the
    order is of a region ``systemic_for`` names. Topical diclofenac "has not been evaluated for
    use on the spine, hip, or shoulder" (Voltaren Gel prescribing information, section 1): a gel
    on a shoulder is no NSAID trial for it, one on a knee or a hand is (blind wave 39,
    EQ/imaging-other-03)."""
    if spec.get("route"):
        return spec["route"]
    regions = spec.get("systemic_for")
    return "systemic" if regions and all_within(ctx.order_regions, regions) else None


def route_ok(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    """Whether ``item`` was given by the route the criterion asks (any, when it asks none)."""
    route = route_asked(spec, ctx)
    if route == "systemic":  # a diclofenac gel rubbed on the skin is no systemic NSAID trial
        return not TOPICAL.search(f"{item.route} {item.text}")
    if route != "injection":
        return True
    if into_muscle(item):  # "40 mg IM injection", bodySite "Right gluteus": no joint's
        return False
    if noted_into_muscle(item, ctx.record.all_texts()):  # its day's "Kenalog 40 mg IM for asthma"
        return False
    return not _NOT_INJECTION.search(f"{item.route} {item.text}") or "inject" in item.route
