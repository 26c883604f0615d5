"""A screen's field answered with none of what it screens for denies it (blind wave 26,
CQ/wlk-02): 'Fall risk screen (STEADI): 0 falls, not unsteady' met WLK-002 as a walking
limitation, read from the field's name 'Fall risk'. Wave 25 read 'Fall risk screen: negative'
as a denial; a field named with a tool in brackets ('(STEADI)') and answered with a zero count
('0 falls', 'zero episodes', 'Falls in past year: 0') is one too. A count above zero, a field
answered yes, and a test's own result stay."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk screen (STEADI): 0 falls, not unsteady.",
        "Fall risk screen (STEADI): negative.",
        "Fall risk screen: 0 falls in past 12 mo.",
        "Fall risk (TUG/STEADI): zero falls; steady gait.",
        "Falls in past year: 0.",
        "Falls: none.",
        "Fall risk screening - no falls, not unsteady.",
    ],
)
def test_a_screen_answered_none_is_no_limitation(text: str) -> None:
    assert not _asserted(text, "walking-limitation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk screen (STEADI): 2 falls in past year, unsteady.",
        "Fall risk screen: positive - 3 falls since January.",
        "High fall risk: 2 falls this winter.",
        "Falls in past year: 3.",
        "Fall risk (STEADI): yes - fell twice in March.",
        # The count denies only what it counts.
        "0 falls this year; uses a cane outdoors.",
    ],
)
def test_a_screen_that_finds_falls_stays(text: str) -> None:
    assert _asserted(text, "walking-limitation"), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # A test's or a measure's own answer stays its result.
        ("Sleep study (HST): negative.", "sleep-study"),
        ("TB screening (QuantiFERON) - negative.", "tb-screening"),
    ],
)
def test_a_tests_result_is_kept(text: str, concept: str) -> None:
    assert _asserted(text, concept), text
