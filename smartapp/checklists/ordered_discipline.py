"""``of_ordered_discipline``: a skilled need counts for the discipline the order asks for.

A home-health order is for a discipline: skilled nursing, physical, occupational or speech
therapy. The skilled need that makes it reasonable and necessary is that discipline's (42 CFR
409.42(c), 409.44): "PT 2w4 for gait" makes home PT necessary, not an OT or a nursing order.
The criterion lists the disciplines (the same list ``plan_lacks_service`` reads, codes and
names); the order's CPT/HCPCS codings (and the requested code) pick the ones ordered.

A statement that names a discipline of the list counts only when it names one ordered; one that
names none ("Needs wound vac changes 3x/wk") is not told apart and still counts. The order is
not narrowed when it names no discipline of the list (a generic home-health code), when one of
its disciplines has no skilled need of its own (``skilled: false``: an aide's or a social
worker's visits are covered beside another discipline's skilled care, 42 CFR 409.45), and a
statement naming any of several ordered disciplines counts. Names written in capitals ("PT",
"SN") match only in capitals ("Pt" is the patient), as in plan_services.py.
"""

from __future__ import annotations

from typing import Any

from .. import lazy_re
from .context import Context, Outcome
from .plan_services import names_discipline

#: "PT/INR weekly" and "PT INR 2.4" are the prothrombin time a nurse draws, not therapy.
_PROTHROMBIN = lazy_re.compile(r"\bPT\s*[/-]?\s*INR\b|\bPT\s*/\s*PTT\b")


def ordered_disciplines(disciplines: list[dict[str, Any]], ctx: Context) -> list[dict[str, Any]]:
    """The list's disciplines the order asks for, or none when the need is not narrowed: the
    order names no discipline of the list, or one whose visits rest on another's need."""
    codes = {(ctx.service_system, ctx.service_code)}
    codes |= {(c.system, c.code) for c in (ctx.order.service_codes() if ctx.order else ())}
    ordered = [d for d in disciplines if any(d["codes"].contains(s, c) for s, c in codes)]
    if any(d.get("skilled") is False for d in ordered):
        return []  # home health aide, social work: any discipline's skilled need is theirs
    return ordered


def of_ordered(snippet: str, disciplines: list[dict[str, Any]], ordered: list[dict[str, Any]]
               ) -> bool:  # fmt: skip
    """Whether a statement can be the ordered disciplines' need: it names one of them, or no
    discipline of the list at all."""
    if not ordered:
        return True
    text = _PROTHROMBIN.sub(" ", snippet or "")
    if any(names_discipline(text, d) for d in ordered):
        return True
    return not any(names_discipline(text, d) for d in disciplines)


def discipline_searched(spec: dict[str, Any], outcome: Outcome, ctx: Context) -> str:
    """The sentence a result of an ``of_ordered_discipline`` criterion that found no need adds
    when another discipline's need was set aside: whose need counts (empty otherwise)."""
    disciplines = spec.get("of_ordered_discipline")
    if not disciplines or outcome.status == "met":
        return ""
    ordered = ordered_disciplines(disciplines, ctx)
    concepts = set(spec.get("concepts", ()))
    set_aside = [
        f for f in ctx.record.findings or ()
        if f.category == spec.get("category") and (not concepts or f.concept in concepts)
        and f.asserted and not of_ordered(f.snippet, disciplines, ordered)
    ]  # fmt: skip
    if not set_aside:
        return ""
    names = " or ".join(d.get("names", ["?"])[0] for d in ordered)
    return (f" Only a need of the discipline ordered ({names}) counts, not another "
            "discipline's.")  # fmt: skip
