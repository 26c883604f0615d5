"""A neuro exam table's head row opens the exam (brief s64-l; blind wave 66, IO/spine-01: the
HTML table "Neuro | R | L" under "ROS: 14-point ROS negative" had its strength, sensation and SLR
rows read as the review of systems and dropped). A first cell naming the exam with side columns
after it is a grid of findings; a bare "Neuro:" line in a ROS stays the ROS's.
"""

from __future__ import annotations

import pytest

from smartapp.notes.section_headers import header_of


@pytest.mark.parametrize(
    "line",
    [
        "Neuro | R | L |",
        "NEURO | Right | Left |",
        "Neurologic exam | Rt | Lt",
        "Strength | R | L |",
        "Reflexes | L | R |",
        "LE neuro | R | L |",
        "Lower extremity | Right | Left |",
    ],
)
def test_a_neuro_grid_head_opens_the_exam(line: str) -> None:
    assert header_of(line) == "exam"


@pytest.mark.parametrize(
    "line",
    [
        "Neuro: denies numbness or weakness",
        "Neuro | denies numbness | no weakness |",
        "Strength | 5/5 | 5/5 |",
        "Neuro R L",
    ],
)
def test_a_ros_line_or_a_findings_row_is_no_head(line: str) -> None:
    assert header_of(line) != "exam"
