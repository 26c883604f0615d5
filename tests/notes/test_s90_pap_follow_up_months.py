"""A PAP's follow-up booked in months, and one after an order sent with no object of its own, is
its adherence follow-up (session s90, blind wave 106, OM/cpap-02).

The RN's phone note "Pt still wants CPAP 'like my brother'. Order sent per MD; f/u 3 months."
was read as no PAP plan (CPAP-005): the follow-up was read only in days or weeks, the order
sentence names no device, and the brother named as a comparison made the CPAP look like his.
CMS checks the PAP's use 31 to 90 days after it starts: "f/u 3 months" is that visit as
clinicians book it; 6 months is past it. Near misses: a plan for another device, one put off
to a sleep study's result, a relative's CPAP, a recheck of something else.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _adherence(text: str) -> bool:
    """Whether an adherence follow-up (not negated) is read from ``text``."""
    found = find_findings([NoteInput("DocumentReference/s90", text)])
    return any(
        f.category == "treatment-plan" and f.concept == "adherence" and not f.negated for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # the case's wording
        "Phone note RN: HST results called to pt. AHI 4.9/h (18 events in 3.7 h), ODI 6. Dr "
        "aware. Pt still wants CPAP 'like my brother'. Order sent per MD; f/u 3 months.",
        "A/P: OSA. Start CPAP. F/u 3 months.",
        "A/P: OSA. CPAP auto 5-15 ordered, f/u 2-3 mo.",
        "Plan: CPAP order sent to Apria. Rx sent. Recheck 3 mo.",
        "Pt agrees to CPAP. DME order placed; RTC in 2 months.",
        "Will start APAP; follow-up in 1 month.",
    ],
)
def test_a_pap_follow_up_in_months_is_the_adherence_follow_up(text: str) -> None:
    assert _adherence(text)


@pytest.mark.parametrize(
    "text",
    [
        # another device
        "Pt wants oxygen. Order sent; f/u 3 months.",
        "Start walker. Order sent per MD; f/u 3 months.",
        # conditional on a future study
        "A/P: suspected OSA -> HST. If positive will get him set up w/ CPAP. F/u 3 months.",
        "If HST positive will start CPAP. Recheck 8 wks.",
        "CPAP pending the titration study. F/u 2 months.",
        # a relative's CPAP
        "FHx: brother on CPAP. Order sent per MD; f/u 3 months.",
        "Wife started CPAP last year. Order sent; f/u 3 months.",
        # past the CMS window, or a recheck of another thing
        "Start CPAP. F/u 6 months.",
        "Start CPAP. Recheck 12 months.",
        "A/P: HTN. Recheck BP 3 months.",
        "Start CPAP. Recheck A1c in 3 months.",
        # refused
        "Declined CPAP. Order sent for mouth guard; f/u 3 months.",
    ],
)
def test_near_misses_are_no_pap_follow_up(text: str) -> None:
    assert not _adherence(text)

