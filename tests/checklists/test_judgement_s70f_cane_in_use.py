"""A cane or walker told in use is nonoperative care where THA-002 names assistive devices
(brief s70-f, targets.yaml): "Uses a cane since 11/2025" after a naproxen course ended in
September went unread, so the three months were not met. Denied or only advised, no device.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _tha_002(line: str) -> str:
    text = (
        "HPI: R hip pain, OA. Naproxen 500 BID 8/1/25-9/15/25, stopped GI upset. "
        f"{line}\nExam: R hip IR 10 deg, pain.\nPlan: R THA."
    )
    bundle = record("27130", _note("n1", "2026-02-20", text), reason="M16.11")
    return status(bundle, "THA-002", as_of=date(2026, 2, 26))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Uses a cane since 11/2025.",
        "Uses SPC since 11/2025.",
        "Amb w/ SPC since 11/2025.",
        "Uses a 4-wheeled walker since 11/2025.",
    ],
)
def test_a_device_in_use_is_nonoperative_care(line: str) -> None:
    assert _tha_002(line) == "met", line


@pytest.mark.parametrize(
    "line",
    [
        "Does not use a cane.",
        "Her husband uses a cane since 11/2025.",
        "Cane recommended.",
        "May need a cane in the future.",
        "72M with SPC since 11/2025 (urology).",
    ],
)
def test_a_device_denied_or_advised_is_none(line: str) -> None:
    assert _tha_002(line) != "met", line


def _tha_002_alone(line: str) -> str:
    text = (
        f"HPI: R hip pain, OA.\n{line}\nNaproxen 500 BID since 1/20/26, no relief.\n"
        "Exam: R hip IR 10 deg, pain.\nPlan: R THA."
    )
    bundle = record("27130", _note("n1", "2026-02-20", text), reason="M16.11")
    return status(bundle, "THA-002", as_of=date(2026, 2, 26))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Narrative: uses a cane outdoors, can walk ~1 block, quit her cashier job in Oct.",
        "Uses SPC, stairs one at a time, retired in 9/2025.",
        "Amb w/ SPC, lives alone, moved here in Oct.",
    ],
)
def test_a_device_in_use_takes_no_other_clause_s_time(line: str) -> None:
    # CB/tka-03: the cane was dated by the job's October and made three months of care.
    assert _tha_002_alone(line) != "met", line


def test_a_device_s_own_time_still_dates_it() -> None:
    assert _tha_002_alone("Uses a cane since 10/2025, can walk ~1 block.") == "met"
