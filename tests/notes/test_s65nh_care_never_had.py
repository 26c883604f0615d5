"""Care ordered, referred or offered and never had is no care had (brief s65-never-had, blind
wave 109): a walker ordered and never picked up is no walker tried and found insufficient
(OV/dme-wheelchair-03), a weight-management referral never scheduled is no supervised attempt
(OX/bariatric-03), and insulin a medication list carries with the remark that the patient
declined it is no insulin treatment (OX/cgm-02). Each with the case's wording, other wordings of
the same fact, and the near misses that must still count: a walker tried and failed, a program
attended, insulin taken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 7, 1))])
    return any(f.concept == concept and f.asserted for f in found)


_WALKER = "cane-walker-insufficient"
_PROGRAM = "weight-loss"
_INSULIN = "insulin-treated"


@pytest.mark.parametrize(
    "text",
    [
        # OV/dme-wheelchair-03, as written.
        'Walker: ordered at SNF discharge, never picked it up (son: "didn\'t think he\'d need it").'
        " Has not used a cane or walker at home.",
        "Rollator rx'd 11/2025 - never filled; daughter says he can't afford it.",
        "Walker ordered at discharge but pt never obtained it, unable to say why.",
        "FWW: ordered 1/5, not yet delivered - family says it won't fit the bathroom.",
        "Walker prescribed after the fall; he did not pick it up, doesn't think it helps.",
    ],
)
def test_a_walker_never_obtained_is_no_walker_that_failed(text: str) -> None:
    assert not _asserted(text, _WALKER), text


@pytest.mark.parametrize(
    "text",
    [
        "Used rollator x3 months, still falls.",
        "Walker: picked up 10/2025, falls x2 with it since; unable to manage it on carpet.",
        "Fell twice with her walker in January.",
        "Cane/walker not usable - R hand flaccid.",
        "Tried rollator - fell twice.",
    ],
)
def test_a_walker_tried_and_failed_still_counts(text: str) -> None:
    assert _asserted(text, _WALKER), text


@pytest.mark.parametrize(
    "text",
    [
        # OX/bariatric-03, as written.
        '"Tried everything, apps, shakes." Referred to Medical Weight Mgmt 1/2026 - did not'
        " schedule.",
        "Referred to the weight management program in March; never booked.",
        "Medical weight mgmt referral 2/2026 - pt didn't make an appointment.",
        "Referred to dietitian 4/2026, he never scheduled.",
        "Weight loss program recommended 1/2026 - has not booked.",
    ],
)
def test_a_program_referral_never_booked_is_no_attempt(text: str) -> None:
    assert not _asserted(text, _PROGRAM), text


@pytest.mark.parametrize(
    "text",
    [
        "Medical Weight Mgmt 6 visits 1/2026-6/2026, lost 9 lb then plateaued.",
        "Referred to Medical Weight Mgmt 1/2026 - attended 6 visits, lost 8 lb, regained.",
        "Completed 6-month medically supervised weight loss program 2025; cardiology referral "
        "not yet scheduled.",
    ],
)
def test_a_program_attended_still_counts(text: str) -> None:
    assert _asserted(text, _PROGRAM), text


@pytest.mark.parametrize(
    "text",
    [
        # OX/cgm-02, as written.
        "Current Outpatient Medications:\n metformin 1000 mg BID\n glipizide 10 mg daily\n"
        ' insulin glargine (LANTUS) - discussed 7/1, pt declined, "not ready for shots"\n'
        "O: BP 132/80.\n",
        "Medications:\n Lantus 10 u qhs - offered 6/2026, patient refused\n metformin 500 mg BID\n",
        "Meds:\n insulin detemir (Levemir) - declined (fear of needles)\n",
        "Medications:\n Basaglar KwikPen - pt declines\n",
    ],
)
def test_listed_insulin_the_patient_declined_is_no_treatment(text: str) -> None:
    assert not _asserted(text, _INSULIN), text


@pytest.mark.parametrize(
    "text",
    [
        "Medications:\n on glargine 20 u qhs since 2024\n",
        # A refusal of something else than the insulin itself.
        "Medications:\n Lantus 20 u qhs - discussed titration, pt declined\n",
        "Medications:\n insulin glargine 18 u qhs - declined dose increase\n",
        "Medications:\n Lantus 24 u nightly - declined pump\n metformin 1000 mg BID\n",
        # A different drug on the list declined; the insulin taken.
        "Medications:\n insulin glargine 22 u qhs\n Ozempic - pt declined\n",
    ],
)
def test_insulin_taken_still_counts(text: str) -> None:
    assert _asserted(text, _INSULIN), text
