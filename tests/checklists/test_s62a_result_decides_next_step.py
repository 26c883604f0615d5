"""A plan that says what the test's result decides, as blind wave 62 wrote it.

A cardiology plan names the result in its own words and the step each leads to: "If
moderate/large reversible defect -> LHC; if low risk -> uptitrate metoprolol"
(HY/cardiac-imaging-01) names no "stress", "ischemia" or "result", yet says what the MPI
decides (CARD-006). A spine plan names the step the study is to plan: "MRI lumbar w/o to
evaluate L5-S1 for ESI planning" (HZ/lmri-02), or the level it is to find for it ("MRI to
localize the level for TFESI"). A plan that decides nothing by the study (a knee's, a
discharge's or a family's planning, a study already used) is none.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _card(plan: str) -> str:
    text = "Exertional chest pressure x 2 mo, DM2, HTN. Cannot walk a treadmill.\n" + plan
    bundle = record("78452", _note("n1", "2026-02-26", text), reason="I20.8")
    return status(bundle, "CARD-006")["status"]


def _lmri(plan: str) -> str:
    text = "R leg pain to the heel x 8 wks despite PT and meloxicam. SLR + R.\n" + plan
    bundle = record("72148", _note("n1", "2026-02-26", text), reason="M54.17")
    return status(bundle, "LMRI-007")["status"]


def _decides(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "decision-dependent" and f.asserted for f in found)


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: Regadenoson SPECT MPI. If moderate/large reversible defect -> LHC; "
        "if low risk -> uptitrate metoprolol, add isosorbide.",
        "Plan: Lexiscan MPI. Reversible defect -> LHC; low risk -> medical therapy.",
        "P: nuc stress. Large defect = heart cath, otherwise max antianginals.",
        "Plan: SPECT. Invasive angiography if high-risk scan.",
        "Plan: regadenoson SPECT MPI; next step (LHC vs meds) per MPI.",
        "Plan: Nuclear stress. Cath vs medical management pending the stress result.",
        "A/P: pharm stress MPI. LHC if ischemia.",
        "Plan: stress echo. If wall motion abnormality -> angiogram; if not, GDMT.",
        "Plan: MPI; if high risk, refer for LHC; low-risk -> medical therapy.",
    ],
)
def test_a_cardiac_plan_that_names_the_result_and_its_step(plan: str) -> None:
    assert _card(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: regadenoson SPECT MPI. If knee pain persists -> ortho referral.",
        "Plan: SPECT MPI. If A1c > 9, start insulin.",
        "Plan: SPECT MPI. RTC 3 mo.",
        "Plan: MPI. Discharge planning per SW.",
    ],
)
def test_a_cardiac_plan_that_decides_nothing_by_the_test(plan: str) -> None:
    assert _card(plan) != "met"


@pytest.mark.parametrize(
    "plan",
    [
        "A/P: R S1 radiculopathy. MRI lumbar w/o to evaluate L5-S1 for ESI planning; "
        "refer pain mgmt after.",
        "A/P: L5 radic. MRI L-spine for injection planning.",
        "A/P: L5 radic. MRI L/S for pre-ESI planning.",
        "A/P: L5 radic. Obtain MRI for procedural planning.",
        "A/P: L5 radic. MRI to localize the level for TFESI.",
        "A/P: L5 radic. MRI lumbar spine - needed by pain mgmt for ESI level selection.",
        "A/P: L5 radic. MRI for interventional planning, then pain clinic referral.",
        "A/P: L5 radic. MRI L spine so pain mgmt can target the right level for an ESI.",
        "A/P: L5 radic. MRI lumbar for surgical vs injection planning.",
        "A/P: L5 radic. MRI to identify the symptomatic level before TFESI.",
    ],
)
def test_a_study_to_plan_the_step_or_find_its_level(plan: str) -> None:
    assert _lmri(plan) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "MRI lumbar. Discharge planning per SW.",
        "MRI lumbar. Family planning discussed.",
        "MRI lumbar 2024 was used for ESI planning.",
        "MRI lumbar. Advance care planning done.",
        "No MRI needed for ESI planning.",
        "Level of pain 6/10; MRI ordered.",
    ],
)
def test_no_plan_the_study_decides(text: str) -> None:
    assert not _decides(text)
