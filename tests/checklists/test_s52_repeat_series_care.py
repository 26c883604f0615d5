"""A repeat hyaluronan series asks that the initial criteria "continue to be met" (LCD L39260):
the three months of failed conservative care were the first series' criterion, met when it was
given, so before a repeat any conservative care documented in the two years counts, whatever its
span (blind wave 55, HA/hyaluronan-03: 'PT 2024', a home program and daily celecoxib before a
repeat were read as one day of the three months). A first series still needs the three months,
and a repeat with no care written at all is still missing."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_PRIOR_SERIES = {
    "resourceType": "Procedure",
    "id": "hya1",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"text": "Gel-One injection, left knee"},
    "bodySite": [{"text": "left knee"}],
    "performedDateTime": "2025-09-08",
}


def _hya002(text: str, *extra: dict) -> str:
    order = {"authoredOn": "2026-03-30", "occurrenceDateTime": "2026-04-20"}
    note = _note("n1", "2026-03-30", text)
    bundle = record("J7326", note, *extra, reason="M17.12", order=order)
    return status(bundle, "HYA-002", as_of=date(2026, 4, 1))["status"]


_CARE = (
    "L knee OA, Gel-One 9/2025 helped ~6 months, now back. Tried PT 2024. On celecoxib 200 daily "
    "ongoing. Plan: repeat Gel-One L knee."
)


def test_care_documented_before_a_repeat_series_counts_without_its_months() -> None:
    assert _hya002(_CARE, _PRIOR_SERIES) == "met"


def test_a_first_series_still_needs_three_months() -> None:
    first = "L knee OA. Started meloxicam 15 mg daily 3/2/26. Plan: Gel-One L knee."
    assert _hya002(first) != "met"


def test_a_repeat_with_no_care_written_is_still_missing() -> None:
    bare = "L knee OA, Gel-One 9/2025 helped ~6 months, now back. Plan: repeat Gel-One L knee."
    assert _hya002(bare, _PRIOR_SERIES) != "met"
