"""The knee's and hip's replacement plans in the same shorthand as the shoulder's (blind wave 75).

KA/surgery-shoulder-arthroplasty-02 and -03 wrote the shoulder's plan as "aTSA"; the class is the
surgeon's shorthand for a joint replacement, and the knee and hip plans (TKA-005, THA-005) missed
its siblings: the joint's own "total knee" / "total hip" with no "replacement" after it ("Plan L
total knee 3/10"), a lowercase "tka", and the total joint arthroplasty's TJA / TJR and "total joint
replacement" (read, as the plain "arthroplasty" is, for whichever joint the record is about).

Not the KOOS / HOOS legend's "0 = total knee disability", a replacement of the other joint or
side, one done years ago, nor one the patient may some day need.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _plan(code: str, reason: str, item: str, text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record(code, note, reason=reason), item)["status"]


def _knee(text: str) -> str:
    return _plan("27447", "M17.12", "TKA-005", text)


def _hip(text: str) -> str:
    return _plan("27130", "M16.12", "THA-005", text)


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L knee OA. Plan L total knee 3/10. Expect pain relief.",
        "A/P: L knee OA, failed PT/CSI. Proceed with left total knee; goal walk w/o cane",
        "A/P: L knee OA. Plan l tka 3/10, expect pain relief.",
        "A/P: L knee OA. Plan L TJA 3/10, expect pain relief.",
        "A/P: L knee OA. Plan: total joint replacement, left. Expect pain relief.",
    ],
)
def test_a_knee_replacement_in_shorthand_is_the_plan(text: str) -> None:
    assert _knee(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L hip OA. Plan L total hip 3/10. Expect pain relief.",
        "A/P: L hip OA, failed PT. Will proceed with left total hip, anterior. Expect less pain",
        "A/P: L hip OA. Plan L TJR 3/10, expect pain relief.",
    ],
)
def test_a_hip_replacement_in_shorthand_is_the_plan(text: str) -> None:
    assert _hip(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "KOOS JR 38 (0 = total knee disability, 100 = perfect knee health). A/P: L knee OA, PT.",
        "HPI: s/p R total knee 2019, doing well. A/P: L knee OA, continue PT and meloxicam.",
        "A/P: L knee OA. May eventually need total knee; continue injections.",
        "A/P: L knee OA. Plan R total knee 3/10.",
        "A/P: L knee OA. Plan L total hip 3/10.",
    ],
)
def test_no_knee_plan(text: str) -> None:
    assert _knee(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "HOOS JR 40 (0 = total hip disability). A/P: L hip OA, continue PT.",
        "HPI: s/p L total hip 2018, now aching. A/P: L hip pain, XR ordered.",
        "A/P: L hip OA. Plan L total knee 3/10.",
    ],
)
def test_no_hip_plan(text: str) -> None:
    assert _hip(text) != "met"
