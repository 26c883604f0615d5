"""Phrasing grid s44 (g6): the ways clinicians write facts the reading rules missed.

- OXY-004: a note that gives the oxygen's length of need writes the prescription (the length of
  need is a field of the written order and of the CMN, CMS-484, never of oxygen given on a
  ward), so its flow and usage count wherever they sit; a dictated flow in words counts too.
- CPAP-006: a CPAP proven ineffective by its numbers, a residual or download AHI of 5 or more,
  or said not to work (LCD L33718); a residual AHI under 5 is still no failure.
- SLEEP-005: a home sleep test called unfit, or unable to show what the question needs, is the
  reason for the attended study (AASM 2017).
- TKA-005 / TSA-005: a joint replacement named only as an option, or as the subject of a
  surgical consultation, is no surgical plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _oxygen(text: str) -> str:
    bundle = record(
        "E1390", _note("n1", "2026-02-20", text), reason="J44.1", order_type="DeviceRequest"
    )
    return status(bundle, "OXY-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Ambulatory sat 85% RA. Oxygen 3 lpm by NC during exertion and at night. LON 99 mo.",
        "going to set him up with oxygen at three liters by cannula at all times, lifelong need",
        "Uses O2 1.5 L/min at rest and when walking. It will be needed indefinitely.",
    ],
)
def test_a_note_giving_the_length_of_need_writes_the_prescription(text: str) -> None:
    assert _oxygen(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "ED course: placed on 3 L NC with exertion, sats improved.",
        "Flow: *** L/min   When used: ***   LON: ***",
        "Home oxygen prn.",
    ],
)
def test_oxygen_without_a_length_of_need_or_plan_is_no_prescription(text: str) -> None:
    assert _oxygen(text) != "met"


def _bilevel(text: str) -> str:
    order = {"authoredOn": "2026-10-20", "occurrenceDateTime": "2026-11-02"}
    bundle = record(
        "E0470", _note("n1", "2026-10-20", text), reason="G47.33",
        order_type="DeviceRequest", order=order,
    )  # fmt: skip
    from datetime import date

    return status(bundle, "CPAP-006", as_of=date(2026, 10, 22))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "On CPAP 14 cm since June with a refit nasal mask; residual AHI 17. Changing to bilevel.",
        "CPAP x 3 mo, card shows AHI 24 despite pressure changes.",
        "she has used the cpap nightly since summer and the cpap is not working, AHI 19 on the "
        "machine",
    ],
)
def test_a_cpap_proven_ineffective_by_its_numbers(text: str) -> None:
    assert _bilevel(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "CPAP 11 cm, residual AHI 2.1, 6.5 h/night. Wants bilevel for comfort.",
        "Never tried CPAP; wants bilevel like her brother.",
    ],
)
def test_a_working_or_untried_cpap_is_no_failure(text: str) -> None:
    assert _bilevel(text) != "met"


def _attended(text: str) -> str:
    bundle = record("95810", _note("n1", "2026-02-20", text), reason="R06.83")
    return status(bundle, "SLEEP-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Ordering attended PSG. HST is not suitable: severe COPD on 3 L home oxygen.",
        "Home sleep test would not be appropriate given his Duchenne weakness.",
        "She cannot operate the home equipment after her stroke, so in-lab study ordered.",
        "Suspect REM sleep behavior disorder; a portable test cannot capture EEG or video.",
    ],
)
def test_a_home_test_called_unfit_is_the_reason(text: str) -> None:
    assert _attended(text) == "met"


@pytest.mark.parametrize(
    "text",
    ["Ordered PSG 95810 per patient request.", "Why not a home test: ***"],
)
def test_an_attended_study_named_alone_gives_no_reason(text: str) -> None:
    assert _attended(text) != "met"


def test_a_replacement_named_as_an_option_or_a_consult_is_no_plan() -> None:
    knee = record(
        "27447", _note("n1", "2026-02-20", "Reviewed knee replacement as a future option; "
                       "will keep up the gel shots."), reason="M17.11",
    )  # fmt: skip
    assert status(knee, "TKA-005")["status"] != "met"
    shoulder = record(
        "23472", _note("n1", "2026-02-20", "Send to orthopedics: consult regarding total "
                       "shoulder arthroplasty."), reason="M19.011",
    )  # fmt: skip
    assert status(shoulder, "TSA-005")["status"] != "met"
    planned = record(
        "23472", _note("n1", "2026-02-20", "Plan: R anatomic total shoulder arthroplasty; "
                       "expect good pain relief."), reason="M19.011",
    )  # fmt: skip
    assert status(planned, "TSA-005")["status"] == "met"


def _infliximab(text: str, reason: str = "M05.79") -> dict:
    return record("J1745", _note("n1", "2026-02-20", text), reason=reason)


def test_a_drug_discussed_that_it_failed_was_taken() -> None:
    told = (
        "Reviewed ESR today; we discussed that 5 months of leflunomide 20 mg left her "
        "joints swollen."
    )
    assert status(_infliximab(told), "INF-001")["status"] == "met"
    planned = "We discussed that we will start leflunomide 20 mg daily."
    assert status(_infliximab(planned), "INF-001")["status"] != "met"


def test_a_dose_only_weighed_is_no_dosing_plan() -> None:
    weighed = "Should etanercept fail, may consider infliximab 5 mg/kg every 8 weeks."
    assert status(_infliximab(weighed), "INF-004")["status"] != "met"
    plan = "Plan: infliximab 5 mg/kg IV at weeks 0, 2, 6 then every 8 weeks; wt 70 kg."
    assert status(_infliximab(plan), "INF-004")["status"] == "met"


def test_a_result_said_to_change_the_treatment() -> None:
    text = (
        "CT abdomen/pelvis for suspected abscess; the findings will change treatment "
        "(drain vs abx)."
    )
    assert status(record("74177", _note("n1", "2026-02-20", text), reason="K57.20"),
                  "AIM-004")["status"] == "met"  # fmt: skip


def test_crepitus_beside_negative_mechanical_tests_is_no_lesion() -> None:
    arthritic = "R knee exam: McMurray negative, Lachman negative, no effusion, moderate crepitus."
    assert status(record("29881", _note("n1", "2026-02-20", arthritic), reason="S83.241A"),
                  "KAS-002")["status"] != "met"  # fmt: skip
    grinding = "R knee exam: crepitus with flexion, medial joint line tenderness."
    assert status(record("29881", _note("n1", "2026-02-20", grinding), reason="S83.241A"),
                  "KAS-002")["status"] == "met"  # fmt: skip
