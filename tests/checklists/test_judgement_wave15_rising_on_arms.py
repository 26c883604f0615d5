"""Arms that are how a patient rises are not the limb the note is about (blind wave 15,
AZ/hya-04): "needs arms to stand from chair" in a knee note's function line made the whole
statement an arm's, and the knee's walking and stairs limits no longer counted for a knee
injection. An arm named for itself ("arm pain when rising", "uses arms to reach overhead") still
is the arm."""

from __future__ import annotations

import pytest

from smartapp.evidence.regions import regions_in_text

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    [
        "needs arms to stand from chair",
        "Pushes up with both arms from the chair",
        "uses arms of chair to rise",
        "requires bilateral upper extremity support to stand up",
        "relies on his hands to get up from the couch",
        "uses the arm rests",
    ],
)
def test_arms_used_to_rise_name_no_region(text):
    assert regions_in_text(text) == frozenset()


@pytest.mark.parametrize(
    "text",
    ["arm pain when rising from chair", "uses arms to reach overhead",
     "L arm weakness, needs help to stand", "with arm pain to shoulder"],
)  # fmt: skip
def test_an_arm_named_for_itself_is_still_the_arm(text):
    assert "upper-extremity" in regions_in_text(text)


def test_a_knee_limitation_that_rises_on_the_arms_is_the_knee_s():
    text = (
        "71M bilateral knee OA, L > R.\r\nFunction: can only walk about 1 block before stopping,"
        " trouble with\r\nstairs at church, needs arms to stand from chair.\r\n"
    )
    bundle = record("J7324", _note("n1", "2026-02-20", text), reason="M17.0")
    assert status(bundle, "HYA-005")["status"] == "met"
