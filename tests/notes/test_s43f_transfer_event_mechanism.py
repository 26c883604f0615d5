"""How an aide's work injury happened, told as the event (OCC-001's mechanism): one transfer or
lift the injury happened during, and a falling person caught (blind wave 48: a nursing aide's
"during a 1-person transfer, she caught her" read as no mechanism). Transfers as a standing
limit ("pain during transfers") and a job's list of duties are not the event."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/w2", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "mechanism"]


@pytest.mark.parametrize(
    "text",
    [
        "Home health aide. Strained low back 5/2/26 during a two-person bed transfer, sharp pain.",
        "Orderly, felt R shoulder give way while performing a lateral transfer of a patient.",
        "Client began to slide from the wheelchair and he grabbed him; immediate neck pain.",
        "Tech caught the falling patient in the hallway, L wrist pain since.",
    ],
)
def test_the_transfer_or_catch_is_the_mechanism(text: str) -> None:
    assert any(asserted for _, asserted in _mechanisms(text)), (text, _mechanisms(text))


@pytest.mark.parametrize(
    "text",
    [
        "Still has pain during transfers and overhead reaching.",
        "The sudden pain caught her off guard.",
    ],
)
def test_a_standing_limit_is_no_mechanism(text: str) -> None:
    assert not any(asserted for _, asserted in _mechanisms(text)), _mechanisms(text)
