"""Why a manual wheelchair fails, with the failing word written before the chair (blind wave 41,
EX/dme-wheelchair-03): "Cannot use manual wheelchair more than short distance - UE weakness" puts
the inability first, and "with fatigue after 20 ft manual propulsion" the symptom before the
pushing it stopped. Neither was read, so a power chair's manual-chair item (LCD L33789) was
called missing. A denied symptom, or a chair the patient can use, is no such finding."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _insufficient(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/m1", text, dt.date(2026, 3, 2))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to use a manual wheelchair beyond the kitchen because of ataxia.",
        "He cannot safely operate the manual w/c (R hemiplegia, neglect).",
        "Arms 3+/5, dyspnea after 15 ft of manual propulsion on the clinic track.",
        "Shoulders 4-/5 bilat; pain after 25 ft self-propulsion.",
    ],
)
def test_an_inability_or_symptom_before_the_chair_is_read(text: str) -> None:
    assert _insufficient(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uses his manual wheelchair at home without difficulty.",
        "No fatigue after 90 ft of propulsion.",
    ],
)
def test_a_chair_in_use_or_a_denied_symptom_is_no_failure(text: str) -> None:
    assert not _insufficient(text)
