"""A re-examination written unhyphenated or as the verb ("re exam last week", "was re evaluated
by PT", "re-examined today") is the re-evaluation the therapy items date their clocks by; one
still ahead stays planned. The speech-language evaluation codes (92521-92524, 92610) name a
therapy evaluation as 97161-97168 do.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 6, 1)


def _found(text: str, concept: str) -> list[tuple[bool, bool]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [(f.asserted, f.planned) for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "Chiro re exam 5/20: ODI 24% from 40%, continuing 1x/wk.",
        "She was re evaluated by OT on Tuesday; grip 20 kg.",
        "Re-examined today, lumbar flexion improved to 60 deg.",
    ],
)
def test_a_report_spelled_apart_is_a_report(text: str) -> None:
    assert (True, False) in _found(text, "re-evaluation"), text


def test_one_still_ahead_is_planned() -> None:
    assert (True, False) not in _found("Pt to be re evaluated in 3 weeks.", "re-evaluation")


def test_a_speech_evaluation_code_is_an_evaluation() -> None:
    found = _found("Speech eval (92522) done 5/12: fluency SSI-4 moderate.", "therapy-evaluation")
    assert found and found[0][0]
