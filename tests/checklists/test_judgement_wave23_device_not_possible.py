"""A cane or walker that the child's condition rules out, said in a word (blind wave 23,
CE/whc-03): "Walker/cane not possible." and "Gait trainer at school only with 2 assist - not
functional." in a pediatric mobility exam gave WHC-003 nothing, since the cane/walker verdicts
listed "not an option" and "not appropriate" but not "not possible", "not feasible" or "not
functional", the words the manual-chair item (WHC-004) already reads. NCD 280.3 asks why a cane
or walker cannot resolve the limitation; a condition that rules it out answers that. A walker
that is possible, or one "not needed", does not.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Walker/cane not possible.",
        "Cane or walker not feasible due to UE spasticity.",
        "Rollator trialed at PT - not functional.",
        "Walker non-functional for him (cannot grip).",
        "Gait trainer at school only with 2 assist - not functional.",
    ],
)
def test_a_device_ruled_out_in_a_word_is_why_it_cannot_resolve_the_limit(text: str) -> None:
    assert _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks household distances with a rollator.",
        "Walker not needed at this time.",
        "Gait trainer used at school for therapeutic standing.",
        "Cane possible for short distances.",
    ],
)
def test_a_device_in_use_or_not_needed_is_not(text: str) -> None:
    assert not _asserted(text)
