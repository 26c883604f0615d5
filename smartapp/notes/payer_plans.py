"""A plan written as the payer's requirement restated is no plan of this patient's.

A plan counts even when conditional (model.NoteFinding.asserted: "surgery referral if full
thickness" is the plan an imaging item asks for), so the words a note restates from the payer
read as one: "CareSource requires documentation of how the MRI will change management (e.g.,
surgical referral if full thickness tear)", "Per payer requirement, document treatment per MRI
findings" say what the payer asks for, not what this clinician plans (brief s88-plans, a near
miss of blind wave 103's plans). A plan target its statement puts after the payer named with
what it requires, or under a pasted criteria label (payer_criteria.under_pasted_criteria), is
marked negated. Only the payer's words: "surgery recommended if tear" is the clinician's own
plan, though payer_criteria reads "recommended if" as a rule's condition for care had.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .model import PLAN_CATEGORIES
from .payer_criteria import under_pasted_criteria

#: The payer named with what it asks for: "CareSource requires", "insurance mandates", "payer
#: requirement", "per CareSource criteria", "coverage criteria".
_PAYER_ASKS = lazy_re.compile(
    r"\b(?:caresource|payer|insurance|insurer|health\s+plan|medicaid|medicare|policy|lcd|ncd|rbm)"
    r"\b[^.;]{0,40}?(?<![-\w])(?:requires?|mandates?|requirements?|criteria|criterion)\b"
    r"|\b(?:coverage|payer|insurance)\s+(?:criteria|requirements?)\b",
    re.IGNORECASE,
)


def restates_payer(statement: str, at: int) -> bool:
    """Whether ``statement`` names the payer with what it requires before offset ``at``: what
    follows is the payer's example, not this clinician's plan."""
    return bool(_PAYER_ASKS.search(statement, 0, at))


def payers_plan(label: str, statement: str, at: int, text: str, start: int, end: int) -> bool:
    """Whether the target at ``at`` of ``statement`` (``start``-``end`` of the note ``text``) is a
    plan written inside the payer's requirement restated (module doc)."""
    if label.partition("|")[0] not in PLAN_CATEGORIES:
        return False
    return restates_payer(statement, at) or under_pasted_criteria(text, start, end)
