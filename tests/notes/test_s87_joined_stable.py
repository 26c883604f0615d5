"""Ligament tests joined by "/" or "and" and said stable after the last one found no instability
(joined_stable.py; blind wave 102, OA/kas-03: "Lachman/ant drawer stable." in a copied template).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _signs(text: str) -> list[str]:
    """The mechanical tests ``text`` finds something on (asserted, not normal)."""
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 11, 20))])
    return [
        f.text for f in found
        if f.concept == "mechanical-test" and f.asserted and not f.normal
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "O: R knee: No effusion. ROM full. McMurray negative. Lachman/ant drawer stable. NVI.",
        "Lachman and anterior drawer stable.",
        "Lachman/pivot shift firm endpoints.",
        "Lachman / anterior drawer stable bilaterally.",
    ],
)
def test_a_stable_joined_list_is_no_sign(text: str) -> None:
    assert _signs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lachman 2+ with soft endpoint",
        "+ ant drawer",
        "McMurray + medial",
        "Lachman/ant drawer unstable.",
        "Lachman 2+ with soft endpoint / ant drawer stable",
    ],
)
def test_a_positive_test_still_counts(text: str) -> None:
    assert _signs(text)


def test_an_effusion_still_counts() -> None:
    found = find_findings([NoteInput("DocumentReference/n9", "effusion 1+", date(2026, 11, 20))])
    assert any(f.concept == "effusion" and f.asserted and not f.normal for f in found)
