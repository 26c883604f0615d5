"""Plans and exams as the notes write them (brief s65-plans, blind wave 109).

- A choice the study settles, told after it with "then": "Plan: MRI L-spine to eval for disc;
  then decide PT vs injection." is the plan LMRI-007 asks for (OW/lmri-03); not such a choice
  after a trial of care, nor after a study told as done.
- A hyaluronan product by its full brand name and a series counted with its rhythm: "Plan:
  repeat Supartz FX series R knee, 3 weekly inj, >6 mo since last series (12/10/25)." is
  HYA-004's injection plan, and the bracketed date is the last series', not the plan's
  (OY/hyaluronan-02).
- A candidacy beside the surgery's booked day: "candidate for medial UKA ... Surgery 11/30." is
  TKA-005's knee replacement plan (OY/tka-03); not a candidacy beside no booking, one weighed
  against another choice, a booking called off, or a plan for the other knee.
- The singular of a lung sound: "Lungs: scattered wheeze, no clubbing." is AIM-001's exam
  (OW/aio-02); not an exam heading left unfilled ("Lungs: ***").

A payer's requirement ("CareSource requires a plan") is no plan in any of them.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

#: The notes' day; AS_OF is 2026-03-01 (test_judgement.py).
DAY = "2026-02-20"


def _item(code: str, reason: str, item: str, *texts: str) -> str:
    notes = [_note(f"n{i}", DAY, text) for i, text in enumerate(texts)]
    return status(record(code, *notes, reason=reason), item)["status"]


# --- LMRI-007: the study first, the choice it settles after "then" -------------------------


def _lmri(text: str) -> str:
    return _item("72148", "M54.41", "LMRI-007", text)


@pytest.mark.parametrize(
    "text",
    [
        "f/u LBP R>L 9 wks. Exam: SLR neg. ODI 36%.\n"
        "Plan: MRI L-spine to eval for disc; then decide PT vs injection.",
        "Plan: MRI L-spine to eval for disc, then decide PT vs injection.",
        "A/P: lumbar MRI; then we will decide on ESI vs surgical referral.",
        "Plan: MRI lumbar spine w/o contrast, then decide between PT and injection.",
        # The study's booked day is no study done.
        "Plan: MRI L-spine 3/6; then decide PT vs injection.",
    ],
)
def test_a_choice_made_then_after_the_study_is_the_plan(text: str) -> None:
    assert _lmri(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # A choice after a trial of care, not after the study.
        "Plan: PT x6 wks; then decide PT vs injection.",
        "Plan: PT 2x/wk x 6 wks, then decide injection vs chiro.",
        # A study told as done: its result is in.
        "MRI L-spine 2024 showed disc bulge; then decide PT vs injection.",
        "Plan: prior MRI reviewed, small disc bulge; then decide PT vs injection.",
        # The payer's requirement.
        "CareSource requires a plan.",
    ],
)
def test_a_choice_after_no_study_to_come_is_no_plan(text: str) -> None:
    assert _lmri(text) != "met", text


# --- HYA-004: the product's full name and the series counted with its rhythm ---------------


def _hya(text: str) -> str:
    return _item("J7321", "M17.11", "HYA-004", text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat Supartz FX series R knee, 3 weekly inj, >6 mo since last series (6/10/25).",
        "Plan: Supartz FX R knee.",
        "Plan: Gelsyn-3 R knee, 3 weekly injections.",
        "Plan: Synvisc One R knee.",
        "Plan: hyaluronan R knee, 3 wkly inj.",
    ],
)
def test_the_series_as_written_is_the_injection_plan(text: str) -> None:
    assert _hya(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # A past series, dated outside the window.
        "HPI: completed Supartz FX series R knee 6/2025, 60% relief.",
        # The payer's requirement and an empty template.
        "CareSource requires an injection plan.",
        "Plan: ***",
        # A plan of nothing injected.
        "Plan: HEP, weight loss, f/u 3 mo.",
    ],
)
def test_no_series_planned_is_no_injection_plan(text: str) -> None:
    assert _hya(text) != "met", text


# --- TKA-005: a candidacy beside the booked surgery ----------------------------------------


def _tka(text: str) -> str:
    return _item("27446", "M17.12", "TKA-005", text)


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L medial compartment OA, candidate for medial UKA. Anticipate faster recovery, "
        "pain relief. Surgery 3/20.",
        "A/P: L knee OA, good candidate for L medial unicompartmental knee arthroplasty. "
        "Surgery scheduled for 3/20/26.",
        "A/P: candidate for L partial knee replacement. DOS: 3/20.",
    ],
)
def test_a_candidacy_with_the_surgery_booked_is_the_plan(text: str) -> None:
    assert _tka(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # A candidacy beside no booking.
        "A/P: L medial OA, candidate for medial UKA. Will discuss at next visit.",
        # A choice still open.
        "A/P: L knee OA; consider UKA vs TKA in future.",
        "A/P: candidate for UKA vs TKA in future. Surgery 3/20.",
        # A booking called off.
        "A/P: candidate for L UKA. Surgery 3/20 cancelled.",
        # The other knee.
        "A/P: R medial compartment OA, candidate for R UKA. Surgery 3/20.",
        # The payer's requirement.
        "CareSource requires a surgical plan before knee arthroplasty.",
    ],
)
def test_no_booked_plan_for_this_knee_is_no_plan(text: str) -> None:
    assert _tka(text) != "met", text


# --- AIM-001: the lung exam's singular -----------------------------------------------------


def _aim(text: str) -> str:
    bundle = record("71250", _note("n0", DAY, text), reason="R91.1")
    return status(bundle, "AIM-001", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PULMONARY CLINIC\nRLL 7 mm nodule on CT 12/2025. SpO2 96% RA. "
        "Lungs: scattered wheeze, no clubbing.",
        "RLL nodule f/u. Chest: expiratory wheeze R base.",
        "RLL nodule f/u. Lungs: fine crackle L base.",
    ],
)
def test_a_lung_sound_in_the_singular_is_the_exam(text: str) -> None:
    assert _aim(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "RLL nodule f/u. Lungs: ***",
        "RLL nodule f/u. FHx: mother lung ca, father COPD.",
    ],
)
def test_an_unfilled_heading_or_no_exam_is_no_exam(text: str) -> None:
    assert _aim(text) != "met", text
