"""Home therapy with a stepped frequency before its skills is a skilled need (blind wave 42,
FD/hh-03). A signed plan of care's 'PT 2x/wk x 4 wks then 1x/wk x 4 wks: gait/balance, transfer
training' was not read, as only one run of frequencies could stand before the skills; a phone
note's 'Discussed home PT' was all HHC-002 saw. A joiner ('then', 'followed by', a plus) counts
only before another frequency."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _skilled(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "skilled-need" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "HH POC: PT 3x/wk x 2 wks then 2x/wk x 3 wks: stairs, balance, HEP.",
        "OT 2w3 followed by 1w2 for ADLs and home safety after hip fracture.",
        "PT 2w2 + 1w4: gait and transfers with rolling walker.",
    ],
)
def test_a_stepped_frequency_before_the_skills_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "PT 2x/wk x 3 wks then 1x/wk x 2 wks (10 visits).",
        "PT 2x/wk, then reassess.",
    ],
)
def test_a_frequency_alone_names_no_skill(text: str) -> None:
    assert not _skilled(text), text
