"""Three readings found by blind wave 32. A CPAP trial a plan line judges by its result ("A/P:
OSA, CPAP trial x 7 wks ineffective (residual AHI 17)") was had, not planned: the result tells
of care done (DB/cpap-03, LCD L33718's CPAP tried and proven ineffective before a bi-level). A
course of therapy still running on daily notes keeps the functional score its evaluation or
progress report measured for as long as that evaluation is on record (PT-002: 6 months), though
94 days have passed (CV/pt-02, DK/pt-ot-chiro-02); an overdue report is PT-004's gap. Once
that failed trial is read, a switch to bi-level whose record shows the work-up before the sleep
test done by a nurse's telephone intake, the first in-person visit after the test, has no
in-person evaluation before the test (CPAP-003, LCD L33718), as a call with the requester had
none (blind wave 25)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave15_bilevel_evaluation import bilevel_item


def _cpap006(text: str) -> str:
    order = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-10"}
    note = _note("n1", "2026-09-01", text)
    bundle = record("E0470", note, reason="G47.33", order_type="DeviceRequest", order=order)
    return status(bundle, "CPAP-006", as_of=date(2026, 9, 2))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: OSA, CPAP trial x 6 wks ineffective (residual AHI 19, leak). Order E0470.",
        "Plan: OSA. CPAP trial ineffective, residual AHI 16 on download. Bilevel ordered.",
    ],
)
def test_a_trial_judged_by_its_result_in_a_plan_was_had(text: str) -> None:
    assert _cpap006(text) == "met"


def test_a_trial_still_to_come_in_a_plan_is_no_failed_trial() -> None:
    assert _cpap006("Plan: start CPAP trial x 30 days, then download.") != "met"


def _pt003(score_day: str, as_of: date) -> str:
    evaluation = _note(
        "ev", score_day, "PT INITIAL EVALUATION. s/p R TKA. LEFS 24/80. TUG 15 s. POC 2x/wk."
    )
    daily = _note("d1", as_of.isoformat(), "Daily note visit 14: ther ex, gait. Cont POC.")
    order = {"authoredOn": as_of.isoformat(), "occurrenceDateTime": as_of.isoformat()}
    bundle = record("97110", evaluation, daily, reason="Z96.651", order=order)
    return status(bundle, "PT-003", as_of=as_of)["status"]


def test_the_running_course_s_evaluation_score_counts_after_ninety_days() -> None:
    assert _pt003("2026-02-02", date(2026, 5, 8)) == "met"  # 95 days


def test_a_score_older_than_the_evaluation_on_record_does_not() -> None:
    assert _pt003("2025-09-02", date(2026, 5, 8)) != "met"  # 248 days


_FAILED = "Sleep f/u. CPAP trial x 6 wks ineffective, residual AHI 18. Order bilevel."


def _rn_note(text: str) -> dict:
    return {**_note("rn", "2025-12-03", text), "author": [{"reference": "Practitioner/rn"}]}


def test_a_nurse_s_telephone_intake_before_the_test_is_no_evaluation_for_the_switch() -> None:
    intake = _rn_note("SLEEP NURSING INTAKE (phone). STOP-BANG 7. HST ordered per protocol.")
    assert bilevel_item("CPAP-003", intake, follow_up=_FAILED) != "met"
    screening = _rn_note("Phone screening by RN: snoring, witnessed apneas. HST ordered.")
    assert bilevel_item("CPAP-003", screening, follow_up=_FAILED) != "met"


def test_a_nurse_s_paperwork_note_before_the_test_says_nothing_of_the_evaluation() -> None:
    paperwork = _rn_note("HST device pickup scheduled; consent form signed.")
    assert bilevel_item("CPAP-003", paperwork, follow_up=_FAILED) == "met"
