"""A sign read positive inside brackets in an assessment and plan is an exam's result (blind wave
40, EV/arthroscopy-01): "Exam stable (swelling, Thessaly +)." reports what was examined that day,
as "Thessaly +," does; the "+" was read only before a comma, a full stop or a side."""

from __future__ import annotations

import pytest

from smartapp.checklists.exam_in_plan import examined_in_plan


@pytest.mark.parametrize(
    ("statement", "examined"),
    [
        ("Exam stable (swelling, Thessaly +).", True),
        ("Knee exam as before [Apley +] today.", True),
        # still to come: no result of that day
        ("Will repeat exam (Thessaly +) at f/u.", False),
        ("Exam stable (swelling, Thessaly).", False),
    ],
)  # fmt: skip
def test_a_bracketed_sign_reports_the_exam(statement: str, examined: bool) -> None:
    assert examined_in_plan(statement) is examined
