"""A cancer coded on the order of a spine or limb study supports it only beside the imaged
region's own trouble, for the question is the cancer's spread there (blind wave 106,
OM/lmri-03).

"Onc f/u. h/o R breast ca 2022. New severe thoracolumbar back pain x 10 days, night pain, wt
loss 4 kg. Ex: point tenderness L2 ... A/P: r/o metastasis - MRI lumbar w/wo contrast", ordered
as 72158 with C50.911 alone. A utilization reviewer reads a cancer with new back pain as the
"suspected cancer" of the ACR Appropriateness Criteria, Low Back Pain (variant 3: MRI lumbar
without and with contrast usually appropriate), the history-of-cancer red flag spine imaging
guidelines image at once. The cancer code alone names no reason to image the low back, nor a
knee: a breast cancer is staged by CT of the chest, abdomen and pelvis, bone scan or PET. So a
checklist's ``spread_diagnoses`` (any malignancy or its history but non-melanoma skin cancer;
codelists.yaml) pair with a study of the spine or a limb only beside:

- a current diagnosis on the record that supports the study itself, coded to the ordered region
  (low back pain on the problem list, the order naming only the cancer); or
- an asserted note statement of the last 90 days, not only in a history, family or
  review-of-systems section, that places trouble in the ordered region or where its roots are
  felt: a symptom with its length ("back pain x 10 days"), tenderness or a positive straight-leg
  raise there, or a spinal red flag (saddle anaesthesia, retention, a progressing deficit, a
  suspected fracture). A statement that names no region ("fatigue x 3 weeks") places nothing.

A malignancy of the bone or canal itself (C41.2, C72.0, C72.1, C79.51, C79.52) is in the lumbar
list and pairs alone; a chest, abdomen, pelvis, head or whole-body study pairs with the cancers
its list holds, as before: they stage the cancer itself.
"""

from __future__ import annotations

from typing import Any

from ..evidence import Code
from ..evidence.region_match import compatible, related
from ..evidence.regions import regions_of_code
from ..evidence.resources import code_regions
from .context import MAX_EVIDENCE, Context, Outcome, cite
from .counted_findings import counts
from .finding_dates import finding_date, note_dates
from .relevant_findings import finding_cites, relevant_findings
from .unread_notes import named, unread_texts

#: Studies where a cancer elsewhere asks only about its spread: of the spine or a limb. A chest,
#: abdomen, pelvis, head or whole-body study stages the cancer itself.
_SPREAD_SITES = ("spine", "upper-extremity", "lower-extremity")
_WINDOW = 90
_SECTIONS = ["pmh", "family", "ros"]
#: The region's own trouble in a note: a symptom with its length, tenderness or a root's sign
#: (a normal "strength intact" is none), or a spinal red flag.
_SIGNS: tuple[dict[str, Any], ...] = (
    {"category": "symptom-duration"},
    {"category": "exam-findings", "concepts": ["tenderness", "straight-leg-raise"]},
    {"category": "red-flags",
     "concepts": ["cauda-equina", "bowel-bladder", "progressive-deficit", "suspected-fracture"]},
)  # fmt: skip
#: Red flags that name no region of their own but are the spine's (saddle anaesthesia).
_SPINAL_FLAGS = frozenset({"cauda-equina", "bowel-bladder"})


def _spread_site(ctx: Context) -> bool:
    """True when the service studies the spine or a limb (``_SPREAD_SITES``)."""
    service = regions_of_code(ctx.service_system, ctx.service_code)
    bases = {r.split(":")[0] for r in service}
    return bool(bases) and all(any(related(b, s) for s in _SPREAD_SITES) for b in bases)


def spread_only(ctx: Context, code: Code) -> bool:
    """True when ``code`` is one of the checklist's cancers and the service studies the spine or
    a limb: it pairs only through :func:`spread_pairing`, never alone (module docstring)."""
    spread = ctx.spread_diagnoses
    return spread is not None and spread.contains(code.system, code.code) and _spread_site(ctx)


def _trouble(ctx: Context) -> list[Any]:
    """Asserted note statements of the last 90 days placing trouble in the ordered region (or
    where its roots are felt): a statement naming no region does not ("fatigue x 3 weeks")."""
    dates = note_dates(ctx)
    spine = any(related(r.split(":")[0], "spine") for r in ctx.order_regions)
    found = []
    for sign in _SIGNS:
        spec = {**sign, "same_region": "referred", "exclude_sections": _SECTIONS}
        found += [
            f for f in relevant_findings(spec, ctx)
            if counts(f, spec) and ctx.in_window(finding_date(f, dates), _WINDOW)
            and (f.regions or (spine and f.concept in _SPINAL_FLAGS))
        ]  # fmt: skip
    return found


def _region_diagnoses(ctx: Context) -> list[tuple[Code, str]]:
    """Current Conditions with a supporting code of the ordered region's own (low back pain on
    the problem list), not a cancer of the spread list."""
    service = ctx.order_regions
    return [
        (code, c.ref)
        for c in ctx.record.of("Condition")
        if c.status not in ("resolved", "inactive", "remission")
        and c.verification not in ("refuted", "entered-in-error")
        for code in c.codes
        if ctx.diagnoses.contains(code.system, code.code) and not spread_only(ctx, code)
        and (regions := code_regions((code,))) and compatible(service, regions)
    ]  # fmt: skip


def spread_pairing(ctx: Context, diagnoses: list[tuple[Code, str]]) -> Outcome | None:
    """``met`` when a request diagnosis is one of the checklist's cancers and the record shows
    the ordered region's own trouble; None when the rule does not pair (module docstring)."""
    spread = ctx.spread_diagnoses
    if spread is None or not ctx.order_regions:
        return None
    cancers = [(c, r) for c, r in diagnoses if spread.contains(c.system, c.code)]
    if not cancers:
        return None
    coded = _region_diagnoses(ctx)
    noted = [] if coded else _trouble(ctx)
    evidence = [cite(r, f"{c.system} {c.code} {c.display}".strip()) for c, r in cancers + coded]
    if not coded and not noted:
        # The region's trouble may be written in a note that could not be read: no gap is laid
        # on evidence the app could not read (bench/unread.py's invariant b), so it is unknown.
        unread = [n.ref for n in unread_texts(ctx, ("note",))
                  if n.date is None or ctx.in_window(n.date, _WINDOW)]  # fmt: skip
        if not unread:
            return None
        return Outcome(
            "unknown",
            evidence[:MAX_EVIDENCE],
            f"A cancer's spread may support {ctx.service_code} if notes of the last 90 days show "
            f"the ordered region's own trouble; {named(unread)} could not be read.",
        )
    where = "a diagnosis of the ordered region" if coded else "notes of the last 90 days"
    return Outcome(
        "met",
        (evidence + finding_cites(noted))[:MAX_EVIDENCE],
        f"A cancer's spread supports {ctx.service_code}: {where} show the ordered region's own "
        "trouble.",
    )
