"""An exam header may name the part examined (blind wave 20, BS/aim-01): "Exam R shoulder:"
opens the exam as "Exam:" does; only an exam header, and only with its colon or cell bar."""

from __future__ import annotations

import pytest

from smartapp.notes.section_headers import header_at


@pytest.mark.parametrize(
    "line",
    [
        "Exam R shoulder:",
        "Exam - left knee:",
        "PE, lumbar spine:",
        "Physical exam bilateral knees:",
        "Exam R knee |",
    ],
)
def test_an_exam_header_with_its_part(line: str) -> None:
    found = header_at(line)
    assert found is not None and found[0] == "exam"
    assert found[1] > len(line.rstrip(" |:"))  # the part belongs to the header


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
