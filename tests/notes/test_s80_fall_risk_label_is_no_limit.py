"""A bare "fall risk" label is a screen's flag, no walking limitation (brief s80-func): a nursing
flowsheet's "Fall risk: yes", an intake's "Fall risk: see PT" or an entry "2. Fall risk" alone on
its line named the risk screened for and met WLK-002 as a mobility limitation (NCD 280.3 asks for
the limitation itself). A risk rated or told with its reason on its line stays what it was, the
falls and gait a label line goes on to tell are their own targets, and a form's ticked box stays
as wave 38 left it (weighed against the measured evaluation)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 10, 12))])
    return [f for f in found if f.concept == "walking-limitation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk: yes",
        "Fall risk",
        "NURSING FLOWSHEET\nPain: 4/10\nFall risk: yes\nSkin: intact",
        "Fall risk: see PT.",
        "A/P:\n1. R knee OA\n2. Fall risk",
        "Fall risk - positive",
    ],
)
def test_a_bare_label_is_no_limitation(text: str) -> None:
    assert not _limits(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fall risk: high - 2 falls this year, unsteady gait", {"falls", "unsteady gait"}),
        ("High fall risk.", {"High fall risk"}),
        ("Fall risk: moderate", {"Fall risk"}),
        ("A: Gait instability, fall risk.", {"Gait instability", "fall risk"}),
        ("Fall risk screen: positive", {"Fall risk"}),
        ("[X] Fall risk\n[ ] Cane insufficient", {"Fall risk"}),
        ("PT: TUG 19 s with cane, high fall risk; 2 falls at home.", {"high fall risk", "falls"}),
    ],
)
def test_a_risk_rated_or_told_stays(text: str, words: set[str]) -> None:
    assert words <= {f.text for f in _limits(text)}
