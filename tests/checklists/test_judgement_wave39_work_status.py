"""Blind wave 39's work-status class for OCC-001: the worker's status written in the negative
("not released to full duty", "Off work ... pending our release") is the status a reviewer reads
(EA/work-rehab-03, F/occ-06), and a return to work named as the plan's goal is the aim, not the
status (EO/workrehab-03)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_INJURY = (
    "S: 41M forklift operator at Delmar Foods. DOI 11/10/2025 - slipped on a wet dock while"
    " carrying a 40 lb case, L shoulder strain. WC claim 26-55012 open."
)


def _work_injury(*lines: str) -> dict:
    bundle = record("97546", _note("n1", "2026-02-24", "\n".join((_INJURY, *lines))),
                    reason="S43.402D")  # fmt: skip
    return status(bundle, "OCC-001")


@pytest.mark.parametrize(
    "where",
    [
        "Completed PT 12/1-2/6 (14 visits), not released to full duty.",
        "Off work - not cleared to drive the forklift pending our release.",
        "A: L shoulder strain, plateaued; not back to full duty.",
    ],
)
def test_a_status_written_in_the_negative_is_the_worker_s_status(where: str) -> None:
    found = _work_injury(where, "P: work conditioning 3 h/day x 4 wks.")
    assert found["status"] == "met", found


def test_a_return_to_work_goal_is_no_work_status() -> None:
    found = _work_injury("P: work conditioning 3 h/day x 4 wks, goal RTW full duty by 4/15/26.")
    assert found["status"] != "met", found
