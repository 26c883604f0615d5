"""Therapy written as its prescription is therapy asked for, not therapy done.

"Referral to PT" and "Ordered PT" read as care still to come (context.yaml), but the same order
written "Rx: PT eval and treat", "Rx for PT", "Prescription for OT given" or "PT Rx given" read as
physical therapy done on the note's day (noticed in earlier stops; a bare-order class listed
"Rx: PT" beside "Order HST", wave 25). Seven weeks later a fortnight of ibuprofen made LMRI-003's
six weeks of care from a therapy never attended. A therapy that must be attended (PT, OT,
chiropractic, acupuncture, pulmonary rehab, work conditioning) written right after "Rx",
"prescription" or "script", or followed by its "Rx", is asked for; the statement's own word that
it ran ("attended", "completed", "no relief"), or a history label before the "Rx" ("Prior Rx:"),
leaves it care done. Drugs and devices after "Rx" are not touched (a prescription is how a drug is
taken, and a device's order is its own item).
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_THERAPIES = {"physical-therapy", "occupational-therapy", "chiropractic", "acupuncture"}


def _done(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [
        f.text
        for f in found
        if f.category == "conservative-treatment" and f.concept in _THERAPIES and f.asserted
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rx: PT eval and treat, lumbar.",
        "Rx for PT, lumbar stabilization.",
        "Rx - physical therapy for L knee.",
        "Prescription for PT given.",
        "Script for OT given for R hand.",
        "PT Rx given today.",
        "Rx: OT for hand",
        "Rx: chiropractic x 6 visits",
        "Rx acupuncture x 8 sessions",
    ],
)
def test_a_prescription_asks_for_the_therapy(text: str) -> None:
    assert not _done(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rx: PT 2x/wk x 6 wks - completed, no relief.",
        "Prior Rx: PT x 8 wks, naproxen.",
        "PT Rx from Dr. Lee 11/2025, attended 8 visits.",
        "Previous rx for PT in 2024 - minimal benefit.",
        "Completed PT per Rx, 12 visits.",
        "PT 2x/wk since 1/5/26 for lumbar strain.",
    ],
)
def test_therapy_that_ran_still_counts(text: str) -> None:
    assert _done(text), text


def test_a_prescribed_drug_is_still_taken() -> None:
    found = find_findings([NoteInput("D/1", "Rx: naproxen 500 mg BID, heat.")])
    assert any(f.concept == "nsaid" and f.asserted for f in found)


def _lmri_003(first: str) -> str:
    bundle = record(
        "72148",
        _note("n0", "2025-12-29", f"Low back pain with radiculopathy. {first}"),
        _note("n1", "2026-02-20", "LBP with L leg radiculopathy. Ibuprofen 600 TID x 2 wks."),
        reason="M54.16",
    )
    return status(bundle, "LMRI-003")["status"]


def test_prescribed_therapy_makes_no_six_weeks() -> None:
    assert _lmri_003("Rx: PT eval and treat, lumbar.") == "partial"


def test_attended_therapy_still_makes_them() -> None:
    assert _lmri_003("Started PT 12/22, attended eval and 2 visits.") == "met"
