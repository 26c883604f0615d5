"""A cane or walker the patient's condition rules out in a word: "not applicable", "not usable".

Blind wave 46, FT/wheelchair-03: WHC-003 (why a cane or walker cannot resolve the mobility
limitation, NCD 280.3) was missing on "Cannot walk at all (ASIA A) - cane/walker not
applicable", though "walker/cane not possible" already read as the device ruled out. A field
left so on a form ("Walker: not applicable") says nothing of the patient and stays unread.
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "Complete L1 SCI, no LE motor function; walker/crutches not applicable.",
        "R UE flaccid after stroke, so a quad cane is not usable; falls x2 at home.",
        "Non-ambulatory (spastic diplegia); rollator unusable.",
    ],
)
def test_device_ruled_out_in_a_word_is_insufficient(text: str) -> None:
    assert _stated(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    ["Assistive device - walker: not applicable.", "Gait steady; cane not needed indoors."],
)
def test_form_field_or_device_not_needed_is_no_finding(text: str) -> None:
    assert not _stated(text, "cane-walker-insufficient")
