"""The radicular pain's length, when a note dates the axial ache and the limb pain apart (blind
wave 43): an interlaminar epidural is asked for radicular pain of 4 weeks (IPN-001, cms-lcd-esi).
"Low back ache on and off since 2019" beside "new R leg pain shooting to the foot since 2/9" is
three weeks of radicular pain, not seven years. The spine ache alone, or a statement that dates
the radiating pain itself, still gives the length."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _duration(text: str) -> str:
    note = _note("n1", "2026-02-26", text)
    return status(record("62323", note, reason="M54.16"), "IPN-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "HPI: Low back ache on and off since 2019. New R leg pain shooting to the foot since 2/9.",
        "Hx: axial LBP x 5 yrs, stable on HEP.\nSince 2/12 pain radiates down R leg to the heel.",
    ],
)
def test_years_of_axial_ache_are_not_the_radicular_pain_s_weeks(text: str) -> None:
    assert _duration(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "HPI: Low back pain x 4 months, worse with sitting.",  # the spine pain dated alone
        "HPI: LBP radiating down the R leg x 3 months.",  # the radiating pain's own length
        "HPI: LBP x 6 yrs. R leg pain shooting to the foot for 2 months.",  # both long enough
    ],
)
def test_a_duration_of_the_radicular_episode_counts(text: str) -> None:
    assert _duration(text) == "met", text
