"""An exam header may name the part examined (blind wave 20, BS/aim-01): "Exam R shoulder:"
opens the exam as "Exam:" does, and its part stays in the text to give the rows their side;
only an exam header, and only with its colon or cell bar."""

from __future__ import annotations

import pytest

from smartapp.notes.section_headers import header_at


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Exam R shoulder:", "R shoulder"),
        ("Exam - left knee:", "left knee"),
        ("PE, lumbar spine:", "lumbar spine"),
        ("Physical exam bilateral knees:", "bilateral knees"),
        ("Exam R knee |", "R knee"),
    ],
)
def test_an_exam_header_with_its_part(line: str, part: str) -> None:
    # The part stays in the text: the rows under "Exam - Right knee |" are of the right knee.
    assert header_at(line) == ("exam", line.index(part))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Exam R shoulder shows full ROM", None),
        ("Plan R knee:", None),
        ("HPI L knee:", None),
        ("Plan - R knee: continue", ("plan", 7)),
        ("Exam - left knee effusion noted", ("exam", 7)),
    ],
)
def test_no_part_header_elsewhere(line: str, expected: tuple[str, int] | None) -> None:
    assert header_at(line) == expected
