"""The result named as what decides the plan (blind wave 15, AX/aim-02): the order for a brain
MRI says "Result determines LP/acetazolamide vs CGRP"; the neurology note that said "if IIH ->
LP + acetazolamide; if normal -> start CGRP mAb" is 75 days old, and the order restates that
plan in its own words. "determines" with the result as its subject was no decision-dependent
plan ("results will determine" was)."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import record, status


def _decides(text: str) -> bool:
    found = find_findings([NoteInput("ServiceRequest/order", text)])
    return any(f.concept == "decision-dependent" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Result determines LP/acetazolamide vs CGRP.",
        "MRI findings will dictate surgical vs conservative management.",
        "Imaging to guide injection vs referral.",
        "Study results decide between PT and surgery.",
    ],
)
def test_a_result_that_decides(text):
    assert _decides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient determines her own schedule.",
        "PT directs HEP.",
        "MRI brain w/wo ordered.",
    ],
)
def test_no_result_deciding(text):
    assert not _decides(text)


def test_the_order_s_own_words_say_how_the_result_changes_management():
    order = {"note": [{"text": "New nocturnal HA; r/o IIH or mass. Result determines LP vs CGRP."}]}
    bundle = record("70553", reason="G43.709", order=order)
    assert status(bundle, "AIM-004")["status"] == "met"
