"""Therapy told by the length of its course, no kind named (brief s83-since, blind wave 98).

NM/workrehab-02: an OT/PT daily note of 6/10/26 says "Completed 12 wks therapy since 3/2/26;
plateaued." OCC-002 read only the note's own day (the "OT/PT" of its title), one day of care,
though the course ran from 3/2. A length of therapy told done, or with its start, is the course;
a length planned, therapy for the mind, a drug's or an infusion's is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _pt(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, date(2026, 6, 10))])
    return any(
        f.asserted and f.concept == "physical-therapy" and "therap" in f.text.lower()
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Completed 12 wks therapy since 3/2/26; plateaued.",
        "Pt finished 8 weeks of therapy, still unable to lift 30 lb.",
        "Had 6 wks of formal therapy without return to full duty.",
        "12 wks therapy completed, restricted duty continues.",
        "12 wks therapy since March, plateaued.",
        "attended 10 weeks of therapy, no further gains",
        "failed 3 months of therapy",
        "completed twelve weeks of outpatient therapy with a PT",
    ],
)
def test_a_length_of_therapy_done_is_the_course(text: str) -> None:
    assert _pt(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: 12 wks therapy planned.",
        "Recommend 6 wks therapy.",
        "12 wks therapy",
        "Since 3/2/26 off work.",
        "completed 12 weeks of therapy for depression",
        "completed 12 weeks of therapy with adalimumab",
        "had 8 wks of IV antibiotic therapy",
        "completed 6 months of therapy on methotrexate",
        "Has not completed 12 wks therapy.",
        "Will start 12 wks therapy since 3/2 eval was delayed.",
        "Continue AZA, reassess after 6 mo of therapy.",
        "RTW expected after 6 wks of therapy.",
    ],
)
def test_a_plan_or_another_therapy_is_none(text: str) -> None:
    assert not _pt(text), text
