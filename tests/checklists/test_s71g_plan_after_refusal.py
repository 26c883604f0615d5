"""A replacement planned today after an earlier refusal, or planned beside other care the patient
declined, is the plan (TSA-005, TKA-005, THA-005; refusal_reach.py, brief s71-g). The refusal of
the surgery itself still leaves none (test_s70e_replacement_declined.py)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_JOINTS = {
    "shoulder": ("23472", "M19.012", "TSA-005", "L GH OA", "TSA"),
    "knee": ("27447", "M17.12", "TKA-005", "L knee OA", "TKA"),
    "hip": ("27130", "M16.12", "THA-005", "L hip OA", "THA"),
}


def _plan(joint: str, template: str) -> str:
    code, reason, item, problem, surgery = _JOINTS[joint]
    text = template.format(problem=problem, surgery=surgery)
    return status(record(code, _note("n1", "2026-02-20", text), reason=reason), item)["status"]


@pytest.mark.parametrize("joint", sorted(_JOINTS))
@pytest.mark.parametrize(
    "template",
    [
        "A/P: {problem}. Declined surgery in 2024, now ready: plan L {surgery}. Expect pain "
        "relief.",
        "A/P: {problem}. Plan L {surgery} 3/10, prehab PT offered, pt declined. Expect pain "
        "relief.",
    ],
)
def test_the_plan_made_beside_a_refusal_stands(joint: str, template: str) -> None:
    assert _plan(joint, template) == "met"


@pytest.mark.parametrize("joint", sorted(_JOINTS))
@pytest.mark.parametrize(
    "template",
    [
        "A/P: {problem}. Plan L {surgery} discussed; pt declines surgery at this time.",
        "A/P: {problem}. Declined {surgery}. Continue HEP.",
        "A/P: {problem}. Declined surgery in 2024, now declines L {surgery} again.",
    ],
)
def test_the_surgery_refused_is_no_plan(joint: str, template: str) -> None:
    assert _plan(joint, template) != "met"
