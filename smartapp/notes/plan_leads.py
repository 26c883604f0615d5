"""A statement a bare "Plan" opens, with no colon after it: the plan, as under a "Plan:" header.

Clinic shorthand drops the colon: "Neuro intact UE. Facet TTP R C4-5, C5-6. Plan R C4-C6 MBB."
proposes the blocks, it does not report them given (blind wave 105, OK/ipn-03: the consult's
"Plan R C4-C6 MBB" read as a block done that day dated the ablation's block series from the
consult, not from the first block's own note). Only "Plan" (or "Plan is"/"Plan to"/"Planning")
followed by what is planned, written as a capital, a digit, a side or level: "Plan reviewed with
patient" and "plan of care was discussed" tell no plan's content, and "Care plan" or "PT per
plan" is no lead.
"""

from __future__ import annotations

from .. import lazy_re

#: The lead in any case ("Plan", "PLAN", "plan is to"), what follows it in its own: a capital, a
#: digit or a bracket starts the thing planned ("Plan R C4-C6 MBB", "plan 2 blocks").
_BARE_PLAN = lazy_re.compile(r"(?i:plan(?:ning)?(?:\s+is)?(?:\s+to)?)\s+(?=[A-Z0-9(])")


def opens_with_bare_plan(statement: str) -> bool:
    """Whether ``statement`` opens with a colonless "Plan" followed by the thing planned."""
    return _BARE_PLAN.match(statement.lstrip(" -*\u2022\t")) is not None
