"""A field a later correction withdraws says nothing (blind wave 25, AL/hip-05).

"Functional Status: [Patient has significant limitation in activities of daily living due to hip
pain.]" then "Addendum: Correction to Functional Status above - bracketed text was default
template content entered in error. Per patient he is independent in all ADLs". The withdrawn
line is no limit (THA-003). Only what the correction withdraws: a correction naming another
field, a correction that gives a value, or a limit written on another line stays.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_VISIT = (
    "HPI: R hip OA, pain after golf.\n"
    "Functional Status: [Patient has significant limitation in activities of daily living due "
    "to hip pain.]\n"
    "Exam: R hip IR 15.\n"
    "Plan: R THA.\n\n"
)


def _deficits(addendum: str, visit: str = _VISIT) -> str:
    note = _note("n1", "2026-02-20", visit + addendum)
    return status(record("27130", note, reason="M16.11"), "THA-003")["status"]


@pytest.mark.parametrize(
    "addendum",
    [
        "Addendum 2/21: Correction to Functional Status above - bracketed text was default "
        "template content entered in error. Independent in all ADLs.",
        "ADDENDUM: correction to the functional status section above: entered in error, "
        "please disregard.",
        "Late entry - Correction to Functional Status above: template text, pt has no limits.",
    ],
)
def test_a_withdrawn_field_is_no_limit(addendum: str) -> None:
    assert _deficits(addendum) != "met"


@pytest.mark.parametrize(
    "addendum",
    [
        "",
        "Addendum 2/21: Correction to HPI above - pain began 2024, entered in error as 2025.",
        "Addendum: ROS reviewed, no changes.",
    ],
)
def test_a_field_not_withdrawn_stands(addendum: str) -> None:
    assert _deficits(addendum) == "met"
