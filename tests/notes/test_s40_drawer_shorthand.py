"""A ligament exam list writes the drawer tests short ("ant/post drawer neg", "ant drawer 1+")
or glues a grade to one ("Lachman 2B, 1+/posterior drawer"): each is the drawer test examined,
read with its result as the whole words are ("neg" a normal result)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _tests(text: str) -> dict[str, bool]:
    """Each mechanical test found -> whether its result was normal."""
    found = find_findings([NoteInput("n1", text, dt.date(2026, 6, 1))])
    return {f.text.lower(): f.normal for f in found if f.concept == "mechanical-test"}


@pytest.mark.parametrize(
    ("text", "test", "normal"),
    [
        ("Exam R knee: effusion 1+, ant/post drawer neg.", "ant/post drawer", True),
        ("Exam L knee: Lachman 3A, 2+/anterior drawer.", "2+/anterior drawer", False),
        ("Exam: ant drawer 2+, post drawer negative.", "ant drawer", False),
        ("Exam: ant drawer 2+, post drawer negative.", "post drawer", True),
    ],
)
def test_a_drawer_written_short_is_the_test(text: str, test: str, normal: bool) -> None:
    assert _tests(text)[test] is normal


def test_a_drawer_that_is_furniture_is_no_test() -> None:
    assert not _tests("Keeps his meds in the top drawer of the dresser.")
