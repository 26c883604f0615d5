"""A repeat sleep study told with its index is a study had (s75-g, a noticed wording): the bare
"repeat" made "Repeat PSG: AHI 22." a study to come, and the repeat study done was lost
(repeat_results.py). A repeat ordered, planned, conditional or needed stays to come."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _had(text: str, category: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 20))])
    return [not (f.hypothetical or f.planned or f.negated) for f in found if f.category == category]


@pytest.mark.parametrize(
    "text",
    [
        "Repeat PSG: AHI 22.",
        "His repeat PSG this month showed AHI 22",
        "Repeat HST 1/10/26: REI of 18",
        "repeat PSG revealed moderate OSA",
    ],
)
def test_a_repeat_study_with_its_reading_is_had(text: str) -> None:
    had = _had(text, "diagnostic-results")
    assert had and all(had), text


@pytest.mark.parametrize("text", ["Repeat PSG: AHI 22.", "His repeat PSG this month showed AHI 22"])
def test_its_index_is_had(text: str) -> None:
    had = _had(text, "measure")
    assert had and all(had), text


@pytest.mark.parametrize(
    "text",
    [
        "Repeat PSG ordered",
        "will repeat PSG",
        "plan repeat PSG in 3 mo",
        "repeat PSG if symptoms persist",
        "repeat PSG needed: AHI 22 on HST",
        "repeat PSG if AHI 22",
        "repeat PSG to confirm AHI < 5",
    ],
)
def test_a_repeat_study_to_come_stays_to_come(text: str) -> None:
    found = _had(text, "diagnostic-results") + _had(text, "measure")
    assert found and not any(found[:1]), text
    assert not any(_had(text, "measure")), text
