"""Which of a note_finding criterion's relevant findings count (note_findings.py): by default
what is stated as fact about the patient; with ``family: true`` what is stated about a relative;
with ``planned: true`` care a visit ordered, under a Plan heading or in the narrative's own words
("Refer PT.", "PT referral placed", "Told to try ibuprofen prn"); with ``next_step: true`` care a
plan puts on the present care's failure ("if persistent after PT consider ESI": next_steps.py).

Split out of note_findings.py, which decides met / partial / missing from what counts.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .next_steps import next_step

#: A statement that opens by ordering the care it names: "Refer PT.", "Start naproxen 500 BID",
#: "Rx meloxicam". A one-paragraph note with no Plan heading orders care in its narrative, and
#: the visit began that care as surely as one that wrote it under "Plan:" (blind wave 43,
#: FF/lmri-03: "LBP since March ... Refer PT. Ibuprofen OTC prn.", then the "LBP f/u" exam).
_ORDERS = lazy_re.compile(
    r"^\W*(?:refer(?:ral)?(?:\s+(?:to|for))?|start|begin|rx|prescribe|order|initiate)\b",
    re.IGNORECASE,
)
#: ... or that tells the order made at the visit in other words: "PT referral placed", "Rx sent
#: for meloxicam", "Told to try ibuprofen prn", "advised to take naproxen", "instructed to start
#: HEP" (blind wave 57, HH/lumbar-mri-02: the visit of 3/12 began the trial so written, then
#: the 5/8 follow-up examined the back). A refused, planned-if or past order is still none.
_ORDERED = lazy_re.compile(
    r"\b(?:referrals?|orders?|rx|prescriptions?|scripts?)\s+(?:(?:was|were|has\s+been)\s+)?"
    r"(?:placed|sent|given|written|faxed|made|entered|submitted|e-?prescribed)\b|"
    r"\b(?:told|advised|instructed|encouraged|counsell?ed|recommended)\s+(?:(?:pt|patient|"
    r"her|him|them)\s+)?to\s+(?:try|take|use|start|begin|do)\b",
    re.IGNORECASE,
)


def counts(finding: Any, spec: dict[str, Any]) -> bool:
    """Whether a finding counts for a note_finding criterion. By default only what is stated
    as fact about the patient; with ``family: true`` only what is stated about a relative (a
    family-history section or a FAMILY-modified statement), for criteria where the relatives'
    history is the evidence (hereditary cancer); with ``planned: true`` only care a visit
    prescribed or began, the visit that started a trial (sequence.after's follow_up). Negated
    statements never count ("no family history of cancer")."""
    if spec.get("family"):
        return finding.family and not finding.negated
    if spec.get("next_step"):  # "if persistent after PT consider ESI" (next_steps.py)
        return next_step(finding)
    if spec.get("planned"):  # care a visit prescribed: "Tramadol 50 q6h prn #15" under a Plan
        # ("Started PT in 2024" is history, not a visit's order)
        snippet = finding.snippet or ""
        ordered = finding.planned or (
            bool(_ORDERS.match(snippet) or _ORDERED.search(snippet)) and not finding.historical
        )
        return ordered and not (
            finding.negated or finding.family or finding.hypothetical or finding.speculative
        )
    return finding.asserted
