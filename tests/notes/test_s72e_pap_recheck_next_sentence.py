"""A recheck days or weeks out written as the sentence right after a PAP start is the PAP's
adherence follow-up (brief s72-e: "Start CPAP. Recheck 60 d." read as no PAP plan, while
"CPAP auto 4-12, recheck 60 d" in one sentence was read). Not a recheck in a note with no PAP
start just before it, a recheck of something named ("Recheck A1c in 60 d"), nor one after a
PAP refused, stopped or another person's."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _adherence(text: str) -> bool:
    """Whether an adherence follow-up (not negated) is read from ``text``."""
    found = find_findings([NoteInput("DocumentReference/s1", text)])
    return any(
        f.category == "treatment-plan" and f.concept == "adherence" and not f.negated for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Start CPAP. Recheck 60 d.",
        "A/P: OSA, moderate. Will start CPAP. Recheck in 60 days.",
        "Plan:\n1. CPAP ordered via DME\n2. F/U 6 wks",
        "Begin APAP tonight. RTC 8 wks.",
        "P: new cpap. f/u 45d",
        "Rx E0601 sent. Return in 4-6 weeks.",
        "Trial of CPAP; recheck in 30-60 days.",
        "OSA - initiate auto-PAP. Will recheck in 8 wk.",
        "Pt agreeable to start CPAP. Follow-up 31 days.",
        "Plan: Starting BiPAP. Pt to return in 6 weeks.",
    ],
)
def test_a_recheck_right_after_a_pap_start_is_the_adherence_follow_up(text: str) -> None:
    assert _adherence(text)


@pytest.mark.parametrize(
    "text",
    [
        "HTN, BP 150/92. Recheck 60 d.",
        "Start CPAP. Recheck A1c in 60 d.",
        "Start CPAP. Recheck BP in 60 d.",
        "Declined CPAP. Recheck 60 d.",
        "Tried CPAP years ago, stopped. Recheck 60 d.",
        "Wife started CPAP last year. Recheck 60 d.",
        "Start CPAP. Lisinopril 10 mg daily. Recheck 60 d.",
        "Start CPAP. BMP recheck 2 wks.",
        "Start CPAP. Recheck 6 mo.",
        "Pap smear done. Recheck 60 d.",
    ],
)
def test_a_recheck_of_another_thing_or_after_no_pap_start_is_no_follow_up(text: str) -> None:
    assert not _adherence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Start CPAP. Continue lisinopril. Recheck 60 d.",
        "Start CPAP. Recheck 60 d for BP.",
        "Start CPAP and metoprolol. F/u 2 wks with cardiology.",
    ],
)
def test_a_recheck_after_other_care_or_for_another_thing_is_no_pap_follow_up(text: str) -> None:
    assert not _adherence(text)


def test_a_heading_between_the_start_and_the_recheck_is_skipped() -> None:
    assert _adherence("CPAP ordered today.\nPlan:\nRecheck in 60 days.")
