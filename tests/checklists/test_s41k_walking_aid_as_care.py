"""A walking aid in use is nonoperative care where the criterion names assistive devices (the hip
arthroplasty's THA-002, ``assistive_devices: true``; blind wave 44, FI/hip-arthroplasty-03), and
stays a limit, not care tried, where it does not (the knee arthroplasty's TKA-002)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _care(joint: str, later_line: str) -> str:
    code, reason, item = {
        "hip": ("27130", "M16.11", "THA-002"),
        "knee": ("27447", "M17.11", "TKA-002"),
    }[joint]
    earlier = _note(
        "n1",
        "2025-11-03",
        f"Ortho f/u R {joint} OA.\nCompleted PT 9/15/25-10/27/25 for the R {joint}, no better.\n"
        f"A/P: R {joint} OA, recheck 2 mo.",
    )
    later = _note(
        "n2",
        "2026-01-20",
        f"Ortho f/u R {joint} OA.\n{later_line}\nR {joint} pain 7/10.\n"
        f"A/P: R {joint} OA. Plan R {'THA' if joint == 'hip' else 'TKA'}.",
    )
    order = {"authoredOn": "2026-01-20", "occurrenceDateTime": "2026-02-10"}
    bundle = record(code, earlier, later, reason=reason, order=order)
    report = score_bundle(bundle, as_of=date(2026, 1, 25))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(
    "line", ["Now using a walker outdoors.", "Gets around on a rollator since December."]
)
def test_a_walker_in_use_is_care_where_devices_are_named(line: str) -> None:
    assert _care("hip", line) == "met"


def test_a_walker_is_no_care_where_devices_are_not_named() -> None:
    assert _care("knee", "Now using a walker outdoors.") == "partial"


def test_no_walker_is_no_care() -> None:
    assert _care("hip", "No walker or other aid needed.") == "partial"
