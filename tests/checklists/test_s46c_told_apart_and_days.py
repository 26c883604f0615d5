"""Checklist items a rushed note's split sentences and a relief told in days decided wrongly
(s46-c).

- IPN-009 (LCD L39240, a repeat epidural: 50% relief for 3 months): "pt says" in lower case
  after the pain's "x 5 mo." is its own sentence; the relief that held two weeks did not last
  the pain's five months. A relief held "95 days" is told as surely as one held "14 weeks".
- LMRI-002 / LMRI-003 (six weeks of symptoms, six weeks of care): a time in a sentence of its
  own after the symptom or the care ("That was 7 weeks ago.") is theirs.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)


def _item(code: str, item: str, text: str, reason: str = "M54.16") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason=reason)
    return status(bundle, item, as_of=AS_OF)["status"]


@pytest.mark.parametrize("who", ["Pt says", "pt says", "patient says"])
def test_a_relief_of_two_weeks_is_short_however_its_sentence_opens(who: str) -> None:
    text = f"HPI: LBP into the R leg x 5 mo. {who} L5-S1 TFESI 10/6/25 helped 60% for 2 weeks."
    assert _item("64483", "IPN-009", text) == "partial"


@pytest.mark.parametrize(
    ("held", "expected"),
    [("95 days", "met"), ("14 weeks", "met"), ("20 days", "partial"), ("3 weeks", "partial")],
)
def test_a_relief_held_for_days_is_read_as_weeks_are(held: str, expected: str) -> None:
    text = f"Radicular LBP. L4-5 TFESI 11/3/25 gave 70% relief for {held}."
    assert _item("64483", "IPN-009", text) == expected


def test_care_timed_in_the_next_sentence() -> None:
    text = "Low back pain with L leg radiation. Started PT for the low back. That was 7 weeks ago."
    assert _item("72148", "LMRI-003", text) == "met"
    told_first = "Low back pain with L leg radiation. Started PT for the low back on 2/9/26."
    assert _item("72148", "LMRI-003", told_first + " That was 7 weeks ago.") != "met"


def test_symptoms_timed_in_the_next_sentence() -> None:
    text = "Low back pain radiating down the L leg. Began about 8 weeks back. Ibuprofen prn."
    assert _item("72148", "LMRI-002", text) == "met"
