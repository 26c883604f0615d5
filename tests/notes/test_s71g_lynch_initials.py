"""Lynch syndrome by its initials beside the relative who has it is a hereditary cancer history
(brief s71-g): "FHx: LS in mother", "Mother w/ LS" read nothing. "LS" is far more often the lumbar
spine ("LS spine", "LS x-ray", "tender LS paraspinals", "father LS fusion"): only in capitals,
a relative next to it, and no spine word after it."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _history(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 2, 25))])
    return any(f.concept == "hereditary-cancer-history" and not f.negated for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "FHx: LS in mother",
        "Mother with LS (dx 52)",
        "maternal aunt - LS",
        "Sister dx'd with LS 2019",
        "Mom has LS.",
        "LS in brother and maternal uncle.",
        "FHx: LS (father), colonoscopy q1y.",
        "Dad w/ LS",
    ],
)
def test_lynch_initials_beside_a_relative_are_a_hereditary_history(said: str) -> None:
    assert _history(said)


@pytest.mark.parametrize(
    "said",
    [
        "LS spine x-ray: DDD L4-5.",
        "Tender LS paraspinals.",
        "Mother with LS stenosis s/p fusion.",
        "FHx: father LS fusion.",
        "Father has LS pain.",
        "Pt's LS ROM limited.",
        "Mother has ls.",
        "LS in mother with fusion hardware.",
    ],
)
def test_lumbar_spine_initials_are_no_hereditary_history(said: str) -> None:
    assert not _history(said)
