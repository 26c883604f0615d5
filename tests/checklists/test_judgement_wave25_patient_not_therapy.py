"""'PT' the patient is no physical therapy (blind wave 25).

CK/hip-03, a total hip arthroplasty: the first visit's "S: PT is a 56 y/o M with R groin pain
since the spring, worse last 2 months. No prior treatment. Has not tried PT." was read as two
months of physical therapy before that visit, so celecoxib and PT begun in August made a 123-day
episode; the reviewer: 'Nonop care began 2026-08-03 ... under 3 months'. Notes write the patient
as "PT" in capitals as well as "pt": the subject of what only a person does ("is a 56 y/o",
"states", "presents", "here for f/u", "is worried") is the patient.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, concepts_found, record, status


def _therapy(text: str) -> bool:
    return "physical-therapy" in concepts_found(text, dt.date(2026, 5, 1))


@pytest.mark.parametrize(
    "text",
    [
        "S: PT is a 56 y/o M with R groin pain since the spring, worse last 2 months.",
        "PT is a 67 yo F seen 1 wk after discharge, L hip pain x 3 months.",
        "PT is 71 years old with knee pain for 4 months.",
        "PT is a pleasant 64 yo woman with R knee pain x 4 months.",
        "PT is a 58 M with neck pain for 10 weeks.",
        "PT states she has had back pain for 3 months.",
        "PT presents with L knee pain x 10 wks.",
        "PT denies numbness; R shoulder pain for 6 months.",
        "PT reports pain 6/10 for the past 3 months.",
        "PT here for f/u of L hip pain, worse over 2 months.",
        "PT c/o R knee pain for 12 weeks.",
        "PT is worried about surgery; pain for 5 months.",
    ],
)
def test_pt_the_patient_is_no_therapy(text: str) -> None:
    assert not _therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT x 6 wks without relief.",
        "PT is helping a little, 2x/wk since March.",
        "PT was started 3/2 for the knee.",
        "PT reports reviewed: plateaued after 12 visits.",
        "PT 2x/wk for 8 weeks, HEP.",
        "Completed PT 3/1-4/20, no relief.",
        "PT since August w/o relief.",
        "PT is a 12 week program, 2x/wk.",
        "PT was 6 weeks, no help.",
    ],
)
def test_pt_the_therapy_is_still_therapy(text: str) -> None:
    assert _therapy(text)


def _hip(first_words: str) -> str:
    first = _note(
        "n1",
        "2026-05-01",
        f"S: {first_words} L hip pain, worse the last 3 months.\n"
        "O: L hip IR 10 deg, painful. Antalgic gait.\n"
        "A/P: L hip OA. Start naproxen 500 mg BID, PT referral 2x/wk x 6 wks.",
    )
    second = _note(
        "n2",
        "2026-06-22",
        "Ortho f/u\nHPI: PT since May without relief, naproxen ~7 wks without relief. Walks one "
        "block, cannot put on socks.\nA/P: Severe L hip OA. Plan L THA.",
    )
    order = {"authoredOn": "2026-06-22", "occurrenceDateTime": "2026-07-15"}
    bundle = record("27130", first, second, reason="M16.12", order=order)
    return status(bundle, "THA-002", as_of=dt.date(2026, 6, 24))["status"]


def test_the_patient_written_pt_starts_no_episode() -> None:
    assert _hip("PT is a 61 y/o F with") != "met"


def test_therapy_said_done_before_the_visit_still_counts() -> None:
    # The near miss: therapy itself, months of it, before the first visit.
    assert _hip("Did PT x 3 months for") == "met"
