"""The side an order names in its own reason and words, though its service code names none.

A knee arthroscopy coded 29881 ("Arthroscopy knee with medial meniscectomy") names the knee, not
which. laterality.planned_sides took the side from the requester's plan statements, and when the
newest note's assessment named both knees ("R MM tear ... L knee MRI 1/2026 for her anterior knee
pain unremarkable. Plan R knee arthroscopic partial medial meniscectomy.") it left the order
unsided, so the left knee's MRI stood for the right knee's lesion (blind wave 100, NS/kas-03).
The order itself said which: its reason M23.231 (medial meniscus derangement, right knee) and its
note "RIGHT knee". The order's own reason and words are what the payer reviews the request by;
they say which side is asked for before any note's plan does.

So an order region with no side takes the one side its reasons (reasonCode codings, the
Conditions of reasonReference; an ICD-10-CM code read by its official description, where the
side is spelled out, as a sent display may abbreviate it) and its own words (note,
patientInstruction, ...) give that region: one side only, or "bilateral". Two sides (a reason
of the left knee, a note naming the right) leave it to the plan, as before.
"""

from __future__ import annotations

from ..evidence.codes import Code
from ..evidence.other_side import OTHER
from ..evidence.record import Order
from ..evidence.regions import regions_in_text
from ..evidence.resources import code_regions
from .laterality import unsided_bases


def stated_sides(order: Order) -> frozenset[str]:
    """``order.regions`` plus ``base:side`` for each region it names without a side whose one
    side its reasons and own words give."""
    bases = unsided_bases(order.regions)
    if not bases:
        return order.regions
    codes = tuple(code for code, _where in order.reasons)
    # The ICD-10-CM description spells the side out ("right knee"); a display may not ("R knee").
    official = tuple(Code(c.system, c.code) for c in codes if c.system == "icd10cm")
    named = code_regions(codes) | code_regions(official) | regions_in_text(order.free_text)
    added: set[str] = set()
    for base in bases:
        sides = {
            side for region in named
            for b, _, side in [region.partition(":")]
            if b == base and side and side != OTHER
        }  # fmt: skip
        if "bilateral" in sides:
            added.add(f"{base}:bilateral")
        elif len(sides) == 1:
            added.add(f"{base}:{sides.pop()}")
    return order.regions | frozenset(added)
