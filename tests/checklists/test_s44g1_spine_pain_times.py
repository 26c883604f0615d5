"""How long spine pain has lasted, as the phrasing grid of s44 wrote it (IPN-001, IPN-005).

An epidural asks for radicular pain of 4 weeks (cms-lcd-esi): a note whose back pain is dated
but whose radiation is denied dates no radicular pain. A facet procedure asks for axial neck or
back pain of 3 months (cms-lcd-facet): a limb's months are no spine pain's. A time given as a
form's field without its colon ("duration 2 mo") or as a half year is a time all the same."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _epidural(text: str) -> str:
    note = _note("n1", "2026-02-26", text)
    return status(record("62323", note, reason="M54.16"), "IPN-001")["status"]


def _facet(text: str) -> str:
    note = _note("n1", "2026-02-26", text)
    return status(record("64493", note, reason="M47.816"), "IPN-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "HPI: Lumbar ache x 5 months. No radiation to either leg.",
        "LBP for 3 months, stiff in the mornings; denies radicular sx.",
    ],
)
def test_back_pain_with_its_radiation_denied_is_no_radicular_pain(text: str) -> None:
    assert _epidural(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "HPI: LBP radiating into the R calf, duration 2 mo.",
        "HPI: Lumbar radiculopathy, R leg pain to the ankle x 8 wks.",
    ],
)
def test_radicular_pain_s_own_time_counts(text: str) -> None:
    assert _epidural(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Knee pain for 5 months, medial; lumbar spine not tender, no back pain.",
        "R hip pain x 7 months with groin pain on rotation.",
    ],
)
def test_a_limb_s_months_are_no_axial_pain(text: str) -> None:
    assert _facet(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "S: Low back has ached for the past half year, no radiation.",
        "Axial LBP, duration 5 mo, worse with extension.",
    ],
)
def test_axial_pain_s_time_in_other_words(text: str) -> None:
    assert _facet(text) == "met", text
