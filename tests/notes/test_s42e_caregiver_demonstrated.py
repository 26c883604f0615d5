"""A caregiver who demonstrated the chair's work is able to do it (blind wave 47): LCD L33788's
caregiver "available, willing and able", so the statement is no relative's mere mention."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _kept(text: str) -> list[str]:
    found = find_findings([NoteInput("D/5", text)])
    return [
        f.text
        for f in found
        if f.concept == "safe-operation" and not (f.family or f.negated or f.hypothetical)
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Husband, retired, home all day, demonstrated pushing the chair on the ramp.", True),
        ("Aide (M-F days) demonstrated folding and propelling the transport chair.", True),
        ("Wife has not demonstrated pushing the chair; too frail.", False),
        ("Son visits weekly, cannot push a chair.", False),
    ],
)  # fmt: skip
def test_caregiver_who_demonstrated_the_chair_can_run_it(text: str, kept: bool) -> None:
    assert bool(_kept(text)) is kept
