"""Home therapy written with its frequency and what it is for is a skilled need (blind wave 16,
BA/hh-03): the signed plan of care's 'PT 2W4 (8 visits) gait/stairs/balance' after a near-fall
was not read, since only 'PT (gait, ...)' in brackets named therapy's skill, and HHC-002 found
only the phone note's 'Will order home PT', which names no skill."""

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
        "HOME HEALTH PLAN OF CARE - PT 2W4 (8 visits) gait/stairs/balance. Dx S72.001D.",
        "Home PT 2x/wk x 4 wks for gait and stair training after near-fall.",
        "PT to address balance and transfers; OT for ADLs.",
        "Orders: PT: 3w3 strengthening, gait training with walker.",
    ],
)
def test_therapy_with_its_frequency_or_purpose_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "PHONE: pt's wife calls - weak after near-fall. Will order home PT.",
        "Post-op 2 wks. WBAT with walker. Plan outpatient PT.",
        "PT 2x/wk x 4 wks completed in 2025, now independent.",
    ],
)
def test_therapy_named_alone_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
