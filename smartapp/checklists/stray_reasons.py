"""An order whose stated reason is plainly not the order's: the pairing reads the ordered side's
diagnosis on the record (blind wave 100, NU/tsa-02).

"Total shoulder arthroplasty, left (anatomic)", 23472, carries as its reason M75.41, impingement
of the *right* shoulder, a problem-list entry marked resolved (2019), while the problem list holds
M19.012, primary osteoarthritis of the left shoulder, active. The reason points at the wrong
entry of the list: a diagnosis of another body part or side than the one the order itself names
(its code, bodySite and words, not its reasons), or one the record says is no longer current
(resolved, inactive, in remission; refuted or entered in error). A utilization reviewer reads
the request against the record's current diagnosis of the ordered place, as §4.3 does when the
order names no reason at all, and says that the order's diagnosis should be corrected.

Only when *every* reason of the order strays: an order that names a current diagnosis of its own
place that does not support the service stays unpaired, even with a supporting one elsewhere on
the problem list (D/infliximab-12: hand osteoarthritis on the order, rheumatoid arthritis on the
list; M/work-rehab-05: an administrative code on the order, the wrist sprain on the list). The
record's diagnosis must be current, in the checklist's list, and of the ordered place and side:
a right knee's osteoarthritis does not pair with a left knee's arthroplasty.
"""

from __future__ import annotations

from ..evidence import Code, Evidence
from ..evidence.region_match import compatible
from ..evidence.regions import regions_of_code
from ..evidence.resources import code_regions
from .context import Context
from .spread_pairing import spread_only

_NOT_CURRENT = ("resolved", "inactive", "remission")
_NOT_TRUE = ("refuted", "entered-in-error")


def _current(condition: Evidence) -> bool:
    return condition.status not in _NOT_CURRENT and condition.verification not in _NOT_TRUE


def _strays(code: Code, ref: str, ctx: Context) -> str:
    """Why the order's reason ``code`` (from ``ref``) is not the order's, or ""."""
    own = ctx.order.own_regions if ctx.order else frozenset()
    # A code sent without its display still has its side (its ICD-10-CM description).
    if own and not compatible(own, code_regions((code,))):
        return "of another body part or side than the order"
    carriers = [
        c for c in ctx.record.of("Condition")
        if (c.ref == ref or ref.startswith(("ServiceRequest/", "DeviceRequest/")))
        and any(k.system == code.system and k.code == code.code for k in c.codes)
    ]  # fmt: skip
    if carriers and not any(_current(c) for c in carriers):
        return "no longer current on the problem list"
    return ""


def ordered_place_diagnoses(ctx: Context, reasons: list[tuple[Code, str]]) -> tuple[
    list[tuple[Code, str]], str
]:
    """The record's current diagnoses of the ordered place that support the service, when every
    one of the order's ``reasons`` strays (module docstring), and the sentence saying so."""
    if ctx.order is None or not reasons:
        return [], ""
    strays = [(code.code, _strays(code, ref, ctx)) for code, ref in reasons]
    if not all(why for _, why in strays):
        return [], ""
    told = "; ".join(f"{code} is {why}" for code, why in sorted(set(strays)))
    own = ctx.order.own_regions
    service = regions_of_code(ctx.service_system, ctx.service_code)
    found = [
        (code, condition.ref)
        for condition in ctx.record.of("Condition")
        if _current(condition)
        for code in condition.codes
        if ctx.diagnoses.contains(code.system, code.code) and not spread_only(ctx, code)
        and compatible(service, regions := code_regions((code,)))
        and compatible(own, regions)
    ]
    said = (
        f"The order's diagnosis {told}; the record's current diagnosis of the ordered body part "
        f"and side supports {ctx.service_code} (correct the order's diagnosis)."
    )
    return found, said
