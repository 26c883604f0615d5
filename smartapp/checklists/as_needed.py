"""An as-needed prescription a note says is taken only now and then is no sustained trial.

An active 'ibuprofen 800 mg PO TID prn' order runs until stopped, as reviewers read it
('ibuprofen since 4/2025': blind wave 16, BD/hya-03). But where a note tells how the patient
actually takes that drug — 'Takes ibuprofen "when it's bad", a few times a week', 'naproxen on
and off' — the order is that occasional use, and counts on the day it was written only (older
R/kas-03: PT never attended, ibuprofen a few times a week, no trial).

So is an order that gives no dosage at all, where a note says that very drug is taken seldom:
'cyclobenzaprine 10 MG Oral Tablet' ordered 2/20 with no sig, and the 5/1 visit's 'Has been
taking cyclobenzaprine "some nights"' (blind wave 93, MR/lumbar-mri-02) is no 73-day trial. The
note names the drug itself there (or its brand): with no sig to say otherwise, the note's word on
another drug of its class ('occasional naproxen' beside a meloxicam order) is not this order's. An
order whose own sig gives a schedule ('naproxen 500 mg BID x 8 wks') keeps its weeks.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..notes.clauses import clause_of
from .context import Context
from .courses import MEDICATION_CONCEPTS
from .occasional_use import taken_now_and_then
from .relevant_findings import relevant_findings
from .stopped_orders import drug_names

_PRN = lazy_re.compile(r"\b(?:prn|as needed|when needed)\b", re.IGNORECASE)


def as_needed(item: Evidence) -> bool:
    """A medication order or statement whose dosage is as needed (text or asNeededBoolean)."""
    dosages = [
        d
        for key in ("dosageInstruction", "dosage")
        for d in (item.raw.get(key) or [])
        if isinstance(d, dict)
    ]
    if any(d.get("asNeededBoolean") is True for d in dosages):
        return True
    return any(_PRN.search(str(d.get("text") or "")) for d in dosages)


def occasional_uses(spec: dict[str, Any], ctx: Context) -> frozenset[tuple[str, str]]:
    """The medications a note says the patient takes only now and then: (concept, the name the
    note writes, lower case) pairs."""
    if ctx.record.findings is None:
        return frozenset()
    criterion = {
        "category": spec.get("category", "conservative-treatment"),
        "concepts": sorted(MEDICATION_CONCEPTS),
        "same_region": spec.get("same_region", False),
        "exclude_sections": ["family"],
    }
    return frozenset(
        (f.concept, f.text.lower())
        for f in relevant_findings(criterion, ctx)
        if f.asserted and taken_now_and_then(f)
    )


def occasional_drugs(spec: dict[str, Any], ctx: Context) -> set[str]:
    """The medication concepts a note says the patient takes only now and then."""
    return {concept for concept, _ in occasional_uses(spec, ctx)}


def taken_seldom(item: Evidence, modality: str, uses: frozenset[tuple[str, str]]) -> bool:
    """Whether the medication order ``item`` (of the note concept ``modality``) is the seldom
    use the notes tell of (``occasional_uses``): a prn order of that concept, or an order with
    no dosage of its own whose drug the note names."""
    if not any(concept == modality for concept, _ in uses):
        return False
    if as_needed(item):
        return True
    if _dosed(item):
        return False  # its own sig gives a schedule: "naproxen 500 mg BID x 8 wks" runs
    names = set(drug_names(item))
    return any(concept == modality and name in names for concept, name in uses)


def _dosed(item: Evidence) -> bool:
    """An order or statement that carries a dosage of its own (a sig, a timing, a dose)."""
    return any(
        isinstance(d, dict) and any(d.get(k) for k in ("text", "timing", "doseAndRate"))
        for key in ("dosageInstruction", "dosage")
        for d in (item.raw.get(key) or [])
    )


def listed_occasional(finding: Any, occasional: set[str]) -> bool:
    """A medication list's bare entry for a drug the notes say is taken only now and then
    ('Takes ibuprofen "here and there"'): that occasional use, as an as-needed order is, so two
    visits' lists weeks apart make no course between them (blind wave 23, CD/kas-03: 'prn
    ibuprofen only on a med list')."""
    return finding.section == "medications" and finding.concept in occasional


def taken_as_needed(finding: Any) -> bool:
    """A note's mention of a drug taken as needed ("Tylenol PRN", a medication list's "naproxen
    500 mg ... 2 times daily as needed"), in the clause naming it."""
    if finding.concept not in MEDICATION_CONCEPTS:
        return False
    at = finding.snippet.lower().find(finding.text.lower())
    return at >= 0 and bool(_PRN.search(clause_of(finding.snippet, at)))
