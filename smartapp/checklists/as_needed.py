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

A note that says only that the drug is on the medication list ("Ibuprofen on home med list.")
tells of no use of it at all: the clinician points at a list entry, not a trial for this
complaint. A prn order of two years before, still open, is that entry; read as taken until the
request it made a 180-day course of a shoulder's five weeks of pain (blind wave 103,
OC/aim-02: PT never attended, "ibuprofen only on a med list, no documented trial").
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

#: Marks a drug a note names as only on the medication list, among the occasional uses.
_LISTED = "listed:"
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
    ) | frozenset(
        # A list entry pointed at: that very drug's order only (``taken_seldom``).
        (f.concept, _LISTED + f.text.lower())
        for f in relevant_findings(criterion, ctx)
        if f.asserted and only_on_list(f)
    )


def occasional_drugs(spec: dict[str, Any], ctx: Context) -> set[str]:
    """The medication concepts a note says the patient takes only now and then."""
    return {c for c, name in occasional_uses(spec, ctx) if not name.startswith(_LISTED)}


def taken_seldom(item: Evidence, modality: str, uses: frozenset[tuple[str, str]]) -> bool:
    """Whether the medication order ``item`` (of the note concept ``modality``) is the seldom
    use the notes tell of (``occasional_uses``): a prn order of that concept, or an order with
    no dosage of its own whose drug the note names."""
    names = set(drug_names(item))
    if any(
        concept == modality and name == _LISTED + drug for concept, name in uses for drug in names
    ) and (as_needed(item) or not _dosed(item)):
        return True  # "Ibuprofen on home med list." and an open "ibuprofen 400 mg PRN" order
    uses = frozenset(u for u in uses if not u[1].startswith(_LISTED))
    if not any(concept == modality for concept, _ in uses):
        return False
    if as_needed(item):
        return True
    if _dosed(item):
        return False  # its own sig gives a schedule: "naproxen 500 mg BID x 8 wks" runs
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


#: A statement that the drug is on the medication list, and nothing more: "Ibuprofen on home
#: med list", "naproxen listed on her med list", "med list includes meloxicam".
_ON_LIST = lazy_re.compile(
    r"\bon (?:(?:his|her|their|the|pt'?s|patient'?s)\s+)?(?:home\s+|current\s+|active\s+|"
    r"outpatient\s+)?med(?:ication)?s?\s+list\b|"
    r"\blisted\s+(?:on|in)\s+(?:(?:his|her|their|the)\s+)?(?:home\s+|current\s+)?"
    r"med(?:ication)?s?\s+list\b|\bmed(?:ication)?s?\s+list\s+(?:includes|shows|has)\b",
    re.IGNORECASE,
)
#: Words that the listed drug is taken, or how it went: a course told beside the list.
_USED = lazy_re.compile(
    r"\b(?:tak\w*|took|using|uses?|used|tried|trial\w*|help\w*|relief|fail\w*|benefit|"
    r"improv\w*|better|worse|daily|bid|tid|qid|qd|nightly|since|for\s+(?:the\s+)?(?:pain|"
    r"shoulder|knee|back|hip|neck)|x\s*\d|\d+\s*(?:wks?|weeks?|months?|mos?|days?))\b",
    re.IGNORECASE,
)


def only_on_list(finding: Any) -> bool:
    """Whether a medication statement says only that the drug is on the medication list
    ("Ibuprofen on home med list."), in the clause naming it, with no word that it is taken
    or how it went ("ibuprofen on med list, takes 400 TID for the shoulder x 6 wks" is use)."""
    if finding.concept not in MEDICATION_CONCEPTS:
        return False
    at = finding.snippet.lower().find(finding.text.lower())
    if at < 0:
        return False
    clause = clause_of(finding.snippet, at)
    return bool(_ON_LIST.search(clause)) and not _USED.search(finding.snippet)
