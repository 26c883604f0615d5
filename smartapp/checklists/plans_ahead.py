"""Plans of care read before the care they plan begins: a CarePlan's text dated by a period that
starts after ``as_of``, no later than the day the requested service starts.

A CarePlan with no ``created`` is dated by its period's start (evidence/care_plans.py). The home
health plan of care is signed before the start of care it certifies (42 CFR 424.22(a)(1)(iii)),
and an authorization is asked for before that start: "Home Health Plan of Care 12/03-1/31 ...
SN 1x/wk x9 wks (COPD action plan, O2 safety, inhaler technique). Signed 11/25", asked for on
11/30 for care from 12/03 (blind wave 53, GR/home-health-03), is the plan the record holds on
11/30, and the skilled need it names is stated by then. ``has_careplan`` already counts such a
plan (record_filters._planned_ahead); a note_finding read it as written after ``as_of``. Only
plans: a note or order dated after ``as_of`` was written after it, and never counts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..evidence.care_plans import CAREPLAN_KIND
from .context import Context
from .signers import REVIEWED_WITH


def made_ahead(day: date | None, ctx: Context) -> bool:
    """Whether a plan dated ``day`` is dated after ``as_of`` but no later than the requested
    service's start: the plan for that service, made before it. The one rule for a CarePlan's
    text here and a CarePlan resource under ``has_careplan`` (record_filters._planned_ahead)."""
    return day is not None and ctx.as_of < day <= ctx.service_date


def plan_ahead(text: Any, ctx: Context) -> bool:
    """Whether ``text`` is a CarePlan's text made ahead (:func:`made_ahead`)."""
    return text.kind == CAREPLAN_KIND and made_ahead(text.date, ctx)


def plans_ahead(ctx: Context, refs: set[str]) -> set[str]:
    """Those of ``refs`` that are plans of care made ahead (:func:`plan_ahead`)."""
    if not refs:
        return set()
    return {t.ref for t in ctx.record.all_texts() if t.ref in refs and plan_ahead(t, ctx)}


#: The recertification plan is reviewed and signed in the last five days of the period it
#: follows (42 CFR 484.55(d)(1)): before then the plan in force is the only one there can be.
RECERT_DAYS = 5


def recert_not_due(end: date, ctx: Context) -> bool:
    """Whether a plan period ending on ``end`` is followed at once by the requested service (the
    next certification period, from the day after) and ``as_of`` comes before that period's
    recertification is due: the plan in force is then the plan for the request ("Recert POC
    4/24-6/22 signed 4/23", a recert from 6/23 asked for on 6/2: blind wave 56,
    HB/home-health-02). A plan that ends with days to spare before the service still needs the
    next plan (blind wave 13, AR/hh-02); so does a request made in its last five days, unless the
    record shows that plan made (the running one reviewed with the practitioner and renewed for
    the next period: :func:`renewed_for_next`) or shows no next plan begun at all, the running
    plan then being the only one on record (next_plan.py; blind wave 85, LN/home-health-03).
    A plan that ended before ``as_of`` covers nothing."""
    if ctx.service_date != end + timedelta(days=1):
        return False
    if ctx.as_of <= end - timedelta(days=RECERT_DAYS) or renewed_for_next(end, ctx):
        return True
    return ctx.as_of <= end and not next_plan_on_record(end, ctx)


def next_plan_on_record(end: date, ctx: Context) -> bool:
    """next_plan.next_plan_begun, imported when asked: next_plan reads plan_periods, which
    imports this module."""
    from .next_plan import next_plan_begun

    return next_plan_begun(end, ctx)


#: The plan renewed for the period that follows: "renewed next cert period unchanged", "agrees to
#: recertify", "recert approved", "continue same plan next cert period", "renew x 60 days".
_RENEWED = lazy_re.compile(
    r"\b(?:renew\w*|recert\w*|continu\w*)\b[^.;]{0,30}?\b(?:next|following|new)\s+(?:60[- ]day\s+)?"
    r"(?:cert\w*\s+)?period\b|\bagrees?\s+to\s+recertify\b|\brecert\w*\s+(?:approved|agreed)\b|"
    r"\brenew\w*\s+(?:x\s*|for\s+)?60\s+days\b",
    re.IGNORECASE,
)


def renewed_for_next(end: date, ctx: Context) -> bool:
    """Whether a note of the plan's last period, by ``as_of``, records the plan reviewed with the
    practitioner by name (signers.REVIEWED_WITH) and renewed for the next period: the agency
    nurse's "Plan of care reviewed with Dr Hart by phone 9/30, renewed next cert period
    unchanged" under a plan of 8/8-10/6, the recert from 10/7 asked for on 10/6 (blind wave 76,
    KF/home-health-03). Not a review still to come, nor a renewal no practitioner agreed to."""
    since = end - timedelta(days=60)
    return any(
        n.date is not None and since <= n.date <= ctx.as_of and n.text
        and REVIEWED_WITH.search(n.text) and _RENEWED.search(n.text)
        for n in ctx.record.all_texts()
    )  # fmt: skip
