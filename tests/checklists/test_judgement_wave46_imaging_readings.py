"""Imaging readings blind waves 46-47 found wrong (FQ/imaging-other-02, FR/lumbar-mri-02,
FV/advanced-imaging-other-03, FU/lmri-03).

- A lymph-node station named by a region's word ("no LAD cervical/supraclav") is the general
  exam's nodes, not the cervical spine: a chest CT's pulmonary exam counted for no region.
- "If concordant -> TFESI vs surgery referral" is a plan the study's result decides: whether the
  images agree with the exam is the result.
- "MRI to see if she'd be a candidate for injections" is such a plan too.
- A low-back strain (S39.012A) whose pain persists supports a lumbar MRI.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.regions import regions_in_text

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    ["Exam: clear lungs, no LAD cervical/supraclav.", "No cervical or axillary lymphadenopathy.",
     "Neck nodes shotty, nontender.", "LAD: cervical, supraclavicular - none."],
)  # fmt: skip
def test_lymph_node_stations_name_no_spine(text: str) -> None:
    assert "cervical" not in regions_in_text(text)


@pytest.mark.parametrize(
    "text", ["Tender cervical paraspinals, Spurling +.", "Neck: no LAD, neck ROM limited.",
             "MRI cervical spine 2024: C5-6 HNP."],
)  # fmt: skip
def test_the_neck_named_for_itself_is_still_the_neck(text: str) -> None:
    assert "cervical" in regions_in_text(text)


def test_a_chest_ct_counts_a_lung_exam_beside_the_nodes() -> None:
    text = (
        "Pulm f/u. 62M smoker, RLL nodule 8 mm stable at 6 mo.\n"
        "Exam: distant BS bilat, prolonged exp phase, no clubbing, no LAD cervical/supraclav.\n"
        "A/P: LDCT at 12 mo; if growth -> PET-CT and biopsy referral."
    )
    bundle = record("71250", _note("n1", "2026-03-20", text), reason="R91.1")
    assert status(bundle, "AIM-001", as_of=date(2026, 4, 2))["status"] == "met"


_ORDER = {"authoredOn": "2026-05-20", "occurrenceDateTime": "2026-06-01"}


def _plan_status(code: str, item: str, plan: str, reason: str) -> str:
    text = (
        "F/u neck/arm pain after 7 wks of PT and chiro, prednisone taper; persists 6/10.\n"
        f"Exam: Spurling + L, triceps 4/5, reflex 1+.\nPlan: {plan}"
    )
    bundle = record(code, _note("n1", "2026-05-20", text), reason=reason, order=_ORDER)
    return status(bundle, item, as_of=date(2026, 5, 21))["status"]  # type: ignore[no-any-return]


def test_whether_the_images_agree_is_the_result_the_plan_depends_on() -> None:
    plan = "MRI C-spine to define C6-7 stenosis; if concordant -> C7 TFESI vs surgery referral."
    assert _plan_status("72141", "AIM-004", plan, "M54.12") == "met"


def test_a_plan_that_depends_on_nothing_the_study_shows_is_still_not_one() -> None:
    plan = "MRI C-spine; if BP stays high -> start lisinopril."
    assert _plan_status("72141", "AIM-004", plan, "M54.12") == "missing"


def test_imaging_to_see_if_she_is_a_candidate_is_a_plan_it_decides() -> None:
    plan = "Will get MRI L-spine to see if she'd be a candidate for injections; re-refer PT."
    assert _plan_status("72148", "LMRI-007", plan, "M54.50") == "met"


def test_a_low_back_strain_supports_a_lumbar_mri() -> None:
    text = "Low back strain lifting at work 6 wks ago, still 6/10 despite PT."
    bundle = record("72148", _note("n1", "2026-05-20", text), reason="S39.012A", order=_ORDER)
    assert status(bundle, "CSU-005", as_of=date(2026, 5, 21))["status"] == "met"
