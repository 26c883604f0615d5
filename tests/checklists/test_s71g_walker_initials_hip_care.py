"""A walker by its initials in use is the hip's nonoperative care (THA-002 counts an assistive
device): "Amb w/ RW since 10/2025" as "Uses a walker since 10/2025" (brief s71-g; the reading is
tests/notes/test_s71g_walker_initials.py's)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("HPI: L hip OA. Amb w/ RW since 10/2025, no better.", "met"),
        ("HPI: L hip OA. Uses FWW since 10/2025, no better.", "met"),
        ("HPI: L hip OA. f/u with RW NP since 10/2025, no better.", "missing"),
    ],
)
def test_the_walker_is_hip_nonoperative_care(said: str, expected: str) -> None:
    bundle = record("27130", _note("n1", "2026-02-20", said), reason="M16.12")
    assert status(bundle, "THA-002")["status"] == expected
