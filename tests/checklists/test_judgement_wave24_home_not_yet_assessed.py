"""A home assessment named but not yet done is no home accessibility (blind wave 24).

CG/whc-02: "Home evaluation by supplier to confirm doorway widths - not yet done." named the
doorway widths and a home evaluation, so the home-accessible targets took the whole statement,
its trailing denial inside the target where ConText cannot apply it, and "to confirm" (what the
visit is for) passed as a result. A home evaluation done and doorways found adequate still count.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> bool:
    findings = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in findings if f.concept == "home-accessible")


@pytest.mark.parametrize(
    "text",
    [
        "Home evaluation by supplier to confirm doorway widths - not yet done.",
        "Doorway widths - not yet done.",
        "Doorway widths not measured yet.",
        "Maneuvering space not assessed.",
        "Home assessment to confirm turning space - pending.",
        "Door widths unknown.",
    ],
)
def test_a_home_assessment_not_yet_done_is_no_accessibility(text):
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Home evaluation done, doorway widths adequate.",
        "Home assessment completed 3/1: access between rooms, maneuvering space adequate.",
        "Home visit confirmed doorway widths 32 in.",
        "Doorway widths 34 in, no steps at entry.",
    ],
)
def test_a_home_assessed_is_still_accessible(text):
    assert _asserted(text), text
