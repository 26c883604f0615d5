"""Plans a reviewer of blind wave 39 read where the engine did not.

- A therapy plan whose stated period has ended keeps its goals when a re-exam before its end
  extends it ("Extend POC through 04/30/2026 at 1x/wk": EO/ptot-02); the extension's end date
  is its duration. An extension still waiting for the physician's signature extends nothing.
- A nurse's telephone note relaying the orderer's go-ahead ("Per Dr. Kim OK to send order for
  ... bed w/ rails") states the bed's plan (BED-004, ER/bed-03).
- A red-flag MRI's plan names the result as the tumour it may show: "If mets: radiation
  oncology" depends on the MRI (LMRI-007, ER/lmri-02).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

_EVAL = (
    "PT EVALUATION: low back pain after a fall, ODI 44%.\n"
    "Plan of care 3/2/26-5/1/26: ther ex, manual therapy 2x/wk x 8 wks.\n"
    "Goals: ODI < 20%, sit 60 min, lift 20 lb floor to waist."
)


def _therapy_plan(re_exam: str) -> str:
    notes = [_note("n1", "2026-03-02", _EVAL), _note("n2", "2026-04-27", re_exam)]
    order = {"authoredOn": "2026-05-26", "occurrenceDateTime": "2026-06-03"}
    bundle = record("97110", *notes, reason="M54.50", order=order)
    return status(bundle, "PT-001", as_of=dt.date(2026, 6, 1))["status"]


def test_a_re_exam_extending_a_plan_past_its_end_keeps_its_goals() -> None:
    re_exam = "RE-EXAM: ODI 30% (from 44). Continue plan. Extend POC through 06/30/2026 at 2x/wk."
    assert _therapy_plan(re_exam) == "met"


def test_an_extension_still_to_be_signed_extends_nothing() -> None:
    re_exam = (
        "RE-EXAM: ODI 30% (from 44). Continue plan. Extend POC through 06/30/2026 at 2x/wk. "
        "Updated POC faxed to Dr. Lee for signature."
    )
    assert _therapy_plan(re_exam) != "met"


def _bed_plan(text: str) -> str:
    bundle = record("E0260", _note("n1", "2026-02-20", text), reason="I69.351",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "BED-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Phone call with son. Per Dr. Ortiz ok to send order for semi-electric bed with side "
        "rails, head of bed elevation.",
        "Telephone encounter: per Dr. Ortiz, send the order for hi-lo bed with half rails.",
    ],
)
def test_a_relayed_go_ahead_to_order_the_bed_with_its_features_plans_it(text: str) -> None:
    assert _bed_plan(text) == "met"


def test_a_relayed_request_without_features_is_no_plan() -> None:
    said = "Phone call with son. Per Dr. Ortiz ok to send order for hospital bed."
    assert _bed_plan(said) != "met"


def _lumbar_plan(plan: str) -> str:
    text = (
        "HPI: 70F with breast cancer 2018, new low back pain x 2 wks, worse at night.\n"
        f"A/P: concern for vertebral metastasis. MRI L-spine w/wo contrast. {plan}"
    )
    bundle = record("72158", _note("n1", "2026-02-20", text), reason="M54.50")
    return status(bundle, "LMRI-007")["status"]


def test_a_plan_that_depends_on_metastases_on_the_mri_is_the_plan() -> None:
    assert _lumbar_plan("If metastatic disease: refer to radiation oncology.") == "met"
