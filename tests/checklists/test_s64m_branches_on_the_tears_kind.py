"""A plan that branches on the kind of tear the MRI will show, found by blind wave 66: "If full
thickness w/ reparable tendon -> arthroscopic RCR, will discuss. If partial -> subacromial CSI
and continue HEP." (IP/advanced-imaging-other-01) and "If bucket-handle/locked: ortho for
arthroscopy. Otherwise PT 6 wks." (IR/aio-02) are how the result changes management (AIM-004),
but a branch had to name the study or a finding from a list that named a tear only by the word
"tear". The tear's kind (full or partial thickness, bucket-handle, displaced, retracted,
reparable, ruptured, torn) is a finding the study shows. A conditional on the patient's course
("if partial relief with PT -> continue") or a tear already repaired is still no such plan."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _mri(text: str) -> dict:
    return record("73221", _note("n1", "2026-02-20", text), reason="M75.121")


@pytest.mark.parametrize(
    "text",
    [
        "A/P: MRI R shoulder. If full thickness w/ reparable tendon -> arthroscopic RCR, will "
        "discuss. If partial -> subacromial CSI and continue HEP.",
        "Plan: MRI L knee. If bucket-handle/locked: ortho for arthroscopy. Otherwise PT 6 wks.",
        "MRI shoulder w/o. if full-thickness -> refer sports ortho for repair",
        "P: MRI R knee - if displaced fragment -> scope, else brace + PT.",
        "MRI shoulder ordered. If retracted/irreparable -> discuss reverse TSA.",
        "A&P: MRI ankle. If ruptured -> surgical repair; otherwise boot x 6 wks.",
        "Plan: MRI. If partial-thickness -> CSI; if torn through -> ortho.",
    ],
)
def test_a_branch_on_the_tears_kind_changes_management(text: str) -> None:
    assert status(_mri(text), "AIM-004")["status"] == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "MRI R shoulder ordered. If partial relief with PT -> continue HEP.",
        "MRI R shoulder ordered; f/u 2 wks.",
        "Hx full-thickness RCT repaired 2019. MRI ordered for new pain.",
        "MRI knee ordered. Torn ACL 2015 s/p reconstruction.",
    ],
)
def test_no_branch_on_the_studys_result_is_none(text: str) -> None:
    assert status(_mri(text), "AIM-004")["status"] != "met", text
