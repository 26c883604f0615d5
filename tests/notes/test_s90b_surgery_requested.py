"""A surgery only requested for authorization, in a note that says the surgeon has yet to see the
patient, is no surgical plan (blind wave 107, OS/hip-03: the PCP's "Referred to orthopedics (Dr.
Petrov) for surgical evaluation; appointment 10/14/26. Requesting authorization for total hip
arthroplasty." read as THA-005's surgical plan and anticipated outcome).

The surgeon's own plan still counts, as does a request in a note that tells the surgical
evaluation as done, and a plan in a note with no evaluation still ahead.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings

_PLANS = {"hip-replacement-plan", "knee-replacement-plan", "shoulder-replacement-plan"}


def _definite_plan(text: str) -> bool:
    """Whether a definite surgical plan is read (what THA-005's ``definite`` plan asks for)."""
    return any(
        f.asserted and not f.speculative and f.concept in _PLANS
        for f in find_findings([NoteInput("DocumentReference/p1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        # The case's own wording.
        "Letter of medical necessity (PCP): Ms. Gallagher, 75, has severe L hip OA. She has had"
        " PT (2024, 2025), naproxen, celecoxib, and a steroid injection (3/2026) without lasting"
        " benefit. Referred to orthopedics (Dr. Petrov) for surgical evaluation; appointment"
        " 10/14/26. Requesting authorization for total hip arthroplasty.",
        "Surgical consult pending. Requesting prior auth for L THA.",
        "Awaiting ortho evaluation. Seeking approval for left total hip replacement.",
        "Ortho eval scheduled 10/14. Requesting authorization for R total knee arthroplasty.",
        "Not yet seen by orthopedics. Submitting for prior authorization of R TKA.",
    ],
)
def test_a_request_before_the_surgeons_evaluation_is_no_plan(text: str) -> None:
    assert not _definite_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        # The surgeon's own plan.
        "Plan: R THA, expect pain relief and return to walking.",
        # The request, once the surgeon has evaluated and recommends the surgery.
        "Seen by Dr. Petrov (ortho) 10/14, who recommends L THA. Requesting authorization for"
        " L total hip arthroplasty.",
        "Referred to orthopedics for surgical evaluation; seen 10/14, recommends L THA."
        " Requesting authorization for L THA.",
        # A request in a note with no evaluation still ahead (the surgeon's own letter).
        "Orthopedic surgery consult. Severe R hip OA, failed PT and NSAIDs. Requesting"
        " authorization for R total hip arthroplasty, anterior approach; expect pain relief.",
        # A plan in another sentence of a note that has an evaluation ahead.
        "Surgical consult pending for the L knee. Plan: R THA 11/3, expect return to walking.",
    ],
)
def test_the_surgeons_plan_still_counts(text: str) -> None:
    assert _definite_plan(text)
