"""A gel a plan names begins no drug by mouth: plans read for when drugs began leave it out.

Where a checklist asks for drugs by mouth (the shoulder's and hip's NSAIDs: a topical one reaches
no joint so deep, care_routes.route_asked), a gel is no piece of the episode (episode_pieces.py).
Its plan is no start of one either: "Plan: ... Diclofenac 1% gel QID. OTC ibuprofen prn." of a
first visit named the NSAID modality that day, and a later bare "Takes ibuprofen" (or "takes
meloxicam daily") was carried back to it as a course begun then (care_begun.named_by_plans,
meds_taken.planned_drugs; blind wave 100, NP/tsa-03: three weeks of gel and ibuprofen "once in a
while" made 3 months and 15 days). The plans that only bound care counted back from a note
(care_begun.bounded_by_plans) keep the gel: they shorten, never lengthen, an episode.
"""

from __future__ import annotations

from typing import Any

from .applied_to_skin import applied_to_skin, drugs_named
from .care_routes import route_asked
from .context import Context


def by_mouth_plans(said: list[Any], spec: dict[str, Any], ctx: Context) -> list[Any]:
    """The statements of ``said`` that may date a drug's start: all of them, unless the
    criterion asks for drugs by mouth, when a drug put on the skin is left out."""
    if route_asked(spec.get("medications") or {}, ctx) != "systemic":
        return said
    drugs = drugs_named(ctx)
    return [f for f in said if not applied_to_skin(f, drugs.get((f.note_ref, f.snippet), ()))]
