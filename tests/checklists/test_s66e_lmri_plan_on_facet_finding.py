"""The MRI's plan told by the facet finding it waits on, found by blind wave 68
(IX/lumbar-mri-02): "A/P: mechanical LBP, possible facet. MRI L-spine. If facet arthropathy ->
MBB; otherwise cont PT." names the result (facet arthropathy, which the MRI shows) and the step
each result leads to, yet LMRI-007 called the plan missing: the statement named no imaging
word the criterion knew. Arthropathy and arthrosis are imaging findings as stenosis and
herniation are; a step on a symptom ("if pain persists") or a finding with no branch stays none."""

from __future__ import annotations

import pytest

from .test_judgement import one_note_record, status

DAY = "2026-02-20"


def _lmri007(text: str) -> str:
    return status(one_note_record("72148", DAY, text, reason="M54.50"), "LMRI-007")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: mechanical LBP, possible facet. MRI L-spine. If facet arthropathy -> MBB; "
        "otherwise cont PT.",
        "Plan: lumbar MRI. If facet arthrosis, will schedule medial branch blocks.",
        "Plan: MRI. if facet arthropathy L4-5 then MBB x2, else continue HEP",
        "A/P: axial LBP. MRI L-spine w/o. If arthropathy at L4-S1 -> MBB then RFA.",
    ],
)
def test_a_step_on_the_facet_finding_is_the_plan(text: str) -> None:
    assert _lmri007(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: LBP. Facet arthropathy on XR 2024. Continue PT and NSAIDs.",
        "A/P: LBP x 6 wks. Continue HEP, follow up in 4 wks.",
    ],
)
def test_a_finding_with_no_step_waiting_on_it_is_none(text: str) -> None:
    assert _lmri007(text) != "met"
