"""Met on a finding's side while the order names no side and a note that could give it is unread
(bench/unread.py, invariant a).

An order that names a joint without a side ("Reverse TSA", 23472) takes its side from the
requester's plan (laterality.planned_sides: "Plan R reverse TSA"). When no read note plans a side
and a note could not be read, the side is unknown: a film of the *left* shoulder would meet a
``same_region`` criterion for a right shoulder's replacement only because the plan that says
"right" is unread (blind wave 55, GY/sh-02 with its plan note unread). The honest answer is
"could not check", naming the notes, when every finding that meets the item carries a side the
order does not. With every note read nothing changes.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .laterality import unsided_bases
from .unread_notes import named, unread_texts


def unread_order_side(found: list[Any], spec: dict[str, Any], ctx: Context) -> str:
    """The unread notes that could give the order the side ``found`` is matched without, or ""."""
    if not found or not spec.get("same_region") or not ctx.order:
        return ""
    bases = unsided_bases(ctx.order_regions)
    if not bases or not all(
        any(r.partition(":")[0] in bases for r in f.regions if ":" in r) for f in found
    ):
        return ""
    return named([n.ref for n in unread_texts(ctx, ("note",)) if n.date and n.date <= ctx.as_of])
