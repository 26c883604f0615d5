"""A fall risk rated low after its name is no limitation (blind wave 27, CV/wlk-02): "A/P: OA
knees, stable. Fall risk low." met WLK-002 as a walking limitation, read from the name "fall
risk"; "low fall risk" before the name already read as a good rating. Notes rate it either way
("Fall risk: low", "fall risk is minimal", "Fall risk - low."); a risk rated high, moderate, "low
to moderate" or "not low" stays a limitation."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limiting(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [
        f.text for f in found if f.concept == "walking-limitation" and f.asserted and not f.normal
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: OA knees, stable. Fall risk low. Walker ordered per pt request.",
        "Fall risk: low.",
        "Fall risk is low per STEADI.",
        "Fall risk - minimal.",
        "fall risk remains low",
    ],
)
def test_a_fall_risk_rated_low_after_its_name_is_no_limitation(text: str) -> None:
    assert not _limiting(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk high.",
        "Fall risk: moderate, 2 falls this year.",
        "Fall risk low to moderate.",
        "Fall risk low-moderate; unsteady on turns.",
        "Fall risk not low after two falls.",
        "Fall risk lower than last year but still high.",
    ],
)
def test_a_fall_risk_rated_otherwise_stays(text: str) -> None:
    assert _limiting(text), text
