"""A fall told by its height is how a work injury happened (OCC-001): "fell about 10 ft off
scaffold", "Fell 12 feet from the second floor joists", a height standing between "fell" and
"off" or "from" (blind wave 46, FR/work-rehab-03: a roofer's ladder fall read as no mechanism)."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/w1", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "mechanism"]


@pytest.mark.parametrize(
    "text",
    [
        "52M painter, fell about 10 ft off scaffold 3/14/26 onto L side. Off work.",
        "Framer. Fell 12 feet from the second floor joists at the site, landed on his back.",
    ],
)
def test_a_fall_told_by_its_height_is_the_mechanism(text: str) -> None:
    assert any(asserted for _, asserted in _mechanisms(text)), (text, _mechanisms(text))
