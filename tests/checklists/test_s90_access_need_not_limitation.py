"""A home-accessibility need is neither a mobility limitation nor an accessible home (brief
s90-whc).

"Needs wheelchair-accessible bathroom" was read as an in-home limitation in mobility-related
daily activities (WHC-002: the "needs a wheelchair" pattern took the first word of
"wheelchair-accessible") and, with the bathroom beside "accessible", as the home assessed fit
for the chair (WHC-006). NCD 280.3 asks for a limitation of the patient's mobility and LCD
L33788 for a home that allows the chair: a home that still needs access has neither. Real
limitations keep counting ("unable to walk to the bathroom", "needs help to get to the
bathroom", "needs a wheelchair for the bathroom"), and so does a home assessment that names a
need beside what it found ("Doorways 34 in, needs ramp at entry").
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc(text: str, item: str) -> str:
    bundle = record(
        "K0003", _note("n", "2026-02-10", text), reason="G82.21", order_type="DeviceRequest"
    )
    return status(bundle, item)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Needs wheelchair-accessible bathroom.",
        "Needs a wheelchair accessible bathroom.",
        "Requires wheelchair-friendly entry to the home.",
        "Needs w/c accessible bathroom.",
        "Needs to have the bathroom made wheelchair accessible.",
    ],
)
def test_an_access_need_is_no_mobility_limitation(text: str) -> None:
    assert _whc(text, "WHC-002") != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Unable to walk to the bathroom.",
        "Needs help to get to the bathroom.",
        "Needs a wheelchair for the bathroom.",
        "Cannot get to the toilet safely at home.",
    ],
)
def test_a_real_limitation_still_counts(text: str) -> None:
    assert _whc(text, "WHC-002") == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Home: needs wheelchair-accessible bathroom (tub only).",
        "Needs wheelchair accessible bathroom and ramp.",
        "Requires a ramp at the front entry.",
        "Bathroom would need wider doors.",
        "Recommend w/c accessible shower in bathroom.",
    ],
)
def test_an_access_need_is_no_accessible_home(text: str) -> None:
    assert _whc(text, "WHC-006") != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Doorways 34 in, needs ramp at entry.",
        "Home accessible except needs grab bars.",
        "Home accessible; needs ramp for back door.",
        "Entry: ramp installed 2025.",
        "Home is wheelchair accessible.",
    ],
)
def test_access_found_beside_a_need_still_counts(text: str) -> None:
    assert _whc(text, "WHC-006") == "met", text
