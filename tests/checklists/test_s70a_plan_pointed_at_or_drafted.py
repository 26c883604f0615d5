"""A practitioner's note that only points at the plan of care ("Home health: SN for IV abx - see
POC."), beside an agency's draft whose signature and date are left "***", is no plan of care
signed and dated by the certifying practitioner (HHC-004; blind wave 75, KA/home-health-03: the
pointer was read as the practitioner's plan and the draft's "SN 3w6" or the order's as its
frequency). 42 CFR 409.43 asks for the plan the practitioner signs; "see POC" names one kept
elsewhere, and a draft that leaves its signature "***", "____" or "pending" is unsigned, so its
frequency is no certified plan's either.

A plan the note states and signs, or a signed plan-of-care document, still meets the item.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_a_plan import points_at_plan

from .test_judgement import _note, record, status

_VISIT = (
    "ID clinic, in person. R foot osteomyelitis s/p debridement. PICC placed. Ertapenem 1 g IV "
    "daily x 6 wks. Needs RN for PICC dressing/flush, weekly labs. Leaving home taxing. "
)


def _draft(signature: str) -> dict:
    return _note(
        "poc",
        "2026-03-04",
        "HOME HEALTH PLAN OF CARE - DRAFT (agency)\nCert period: 3/9/2026 - 5/7/2026\n"
        "SN 3w6: PICC care, IV ertapenem admin, weekly labs.\nGoals: complete IV course.\n"
        f"{signature}\n",
        extra={
            "author": [{"display": "Lakeside Home Care RN"}],
            "type": {"text": "Plan of care draft"},
        },
    )


_UNSIGNED = "Certifying physician signature: ***   Date: ***"


def _hhc_004(
    practitioner_text: str, signature: str = _UNSIGNED, ordered: str = "SN 3w6 for IV abx."
) -> str:
    order = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-09",
             "note": [{"text": ordered}]}  # fmt: skip
    visit = _note("md", "2026-03-03", _VISIT + practitioner_text)
    bundle = record("G0299", visit, _draft(signature), reason="M86.171", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"]


@pytest.mark.parametrize(
    "pointer",
    [
        "Home health: SN for IV abx - see POC.",
        "HH SN for wound care and PICC, see attached POC.",
        "Home health RN for PICC care; refer to plan of care.",
        "SN for IV antibiotics per POC",
        "HH: SN/PT - see 485.",
        "home hlth nursing for abx, pls see poc",
        "Dispo: home w/ HH SN (see agency POC for freq).",
        "Skilled nursing for IV abx as per the HH plan of care.",
    ],
)
def test_a_pointer_to_the_plan_is_no_plan(pointer: str) -> None:
    assert points_at_plan(pointer), pointer
    assert _hhc_004(pointer) != "met", pointer


@pytest.mark.parametrize(
    "signature",
    [
        _UNSIGNED,
        "Physician signature: ________  Date: ________",
        "MD signature: pending",
        # A template's prompt in brackets, three underscores, or nothing before the date field.
        "Physician signature: [signature]   Date: [date]",
        "MD signature: ___ Date: ___",
        "Certifying practitioner signature: <signature>",
        "Physician signature:            Date:",
        "Physician signature: TBD",
        "Signature: [MD signature]  Date: [date signed]",
    ],
)
def test_a_drafts_frequency_is_no_certified_plan(signature: str) -> None:
    # The practitioner's note names the plan without stating or signing it, and the order gives
    # no frequency: the draft's "SN 3w6" is the only one.
    note = "Home health: SN for IV abx, POC from agency."
    assert _hhc_004(note, signature, ordered="Home health SN, IV ertapenem.") != "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Reviewed and signed POC 3/3/26: SN 3w6 PICC care, IV abx, weekly labs.",
        "HH plan of care certified and signed by me 3/3/26: SN 3w6, goals complete IV course.",
    ],
)
def test_a_plan_stated_and_signed_still_counts(plan: str) -> None:
    assert not points_at_plan(plan)
    assert _hhc_004(plan) == "met", plan


@pytest.mark.parametrize(
    "signed",
    [
        "Certifying physician signature: Femi Adeyemi MD (e-signed)   Date: 03/04/2026",
        "Signature: /s/ F. Adeyemi, MD   Date: 3/4/26",
        "Physician signature: [electronically signed by Femi Adeyemi MD 03/04/2026]",
    ],
)
def test_a_pointer_beside_the_signed_plan_document_still_counts(signed: str) -> None:
    assert _hhc_004("Home health: SN for IV abx - see POC.", signed) == "met"
