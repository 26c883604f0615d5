"""A result word written after a list of tests joined by "/" or "and" is every test's result,
even where ConText's few-token reach ends before the first one (blind wave 40, ES/kas-02)."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        # the list's first test takes the result written after the last
        ("L knee: pivot shift/thessaly test negative. Gait normal.", [True, True]),
        ("Apley and posterior drawer neg today.", [True, True]),
        # a test with a sign of its own keeps it
        ("Pivot shift grade 2 and Apley test negative.", [False, True]),
        ("Pivot shift positive, posterior drawer negative.", [False, True]),
    ],
)  # fmt: skip
def test_a_joined_list_of_tests_shares_its_result(text: str, normal: list[bool]) -> None:
    found = [f for f in find_findings([NoteInput("D/7", text)]) if f.concept == "mechanical-test"]
    assert [f.normal for f in found] == normal


def test_a_list_does_not_reach_past_its_sentence() -> None:
    found = find_findings([NoteInput("D/8", "Effusion and crepitus. Sensation intact.")])
    assert [f.normal for f in found if f.concept in ("effusion", "crepitus")] == [False, False]
