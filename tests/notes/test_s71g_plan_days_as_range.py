"""A plan's days told as a range after its visit rate or an authorization are its duration (brief
s71-g): "Plan: PT 2x/wk, authorized 3/10-5/10" read a frequency and no duration, so PT-001 (goals,
frequency and duration of a plan in force) called the plan partial. Not a course told done, nor
a range with no rate or authorization before it."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _duration(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 2, 25))])
    return any(f.concept == "duration" and f.asserted for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "Plan: PT 2x/wk, authorized 3/10-5/10.",
        "Plan: PT 2x/wk 3/10-5/10.",
        "Plan: PT 2x/wk, auth 3/10/26-5/10/26.",
        "OT 3x/week from 3/2 to 4/27.",
        "Plan: ST 2 times per week through 3/2 - 5/1/2026.",
        "Visits approved 03/09/2026 - 05/08/2026, PT 2x/wk.",
        "Authorization 3/10 thru 5/10: PT 1x/wk.",
        "Plan: skilled PT 2x/wk; authorized 3/10-5/10 (16 visits).",
    ],
)
def test_a_plans_days_as_a_range_are_its_duration(said: str) -> None:
    assert _duration(said)


@pytest.mark.parametrize(
    "said",
    [
        "Prior PT 2x/wk 10/1-11/30/25, completed.",
        "PT 2x/wk 1/5-2/10 done, d/c to HEP.",
        "Seen 3/10 to 5/10 for the knee.",
        "BP 120/80 - 130/85 at home.",
        "Plan: PT 2x/wk.",
    ],
)
def test_a_course_done_or_a_bare_range_is_no_duration(said: str) -> None:
    assert not _duration(said)
