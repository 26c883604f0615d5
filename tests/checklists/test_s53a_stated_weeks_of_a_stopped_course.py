"""A stopped course lasts the weeks the note gives it, not its start date's time to the note, nor
the whole of the coarse months written beside it (blind wave 57, HG/infliximab-02: "Azathioprine
started 2/2026, stopped after 8 wks (March-April)" read as 88 days against INF-002's twelve
weeks of one conventional agent: "started 2/2026" ran to the note, and "March-April" to 30
April)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _dmard(text: str, when: str = "2026-02-20") -> dict:
    return record("J1745", _note("n1", when, text), reason="M06.09")


@pytest.mark.parametrize(
    "text",
    [
        "Leflunomide started 9/2025, stopped after 8 wks (Oct-Nov) for rash.",
        "Methotrexate initiated 9/2025 - d/c'd after 6 weeks (LFTs up).",
        "Began sulfasalazine in September 2025, held after 5 wks for GI upset.",
        "Took leflunomide for 4 weeks (Sept-Nov 2025), stopped for diarrhea.",
        "Hydroxychloroquine started 9/2025, quit after 7 weeks - no benefit.",
    ],
)
def test_a_stopped_course_lasts_its_stated_weeks(text: str) -> None:
    assert status(_dmard(text), "INF-002")["status"] != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 15 mg weekly Sept-Dec 2025 (14 wks), no response.",
        "Hydroxychloroquine started 9/2025, still taking, no better.",
        "Methotrexate started 9/2025, stopped ibuprofen 10/2025 (GI upset), continues MTX.",
        "Methotrexate 9/1/2025 - 12/20/2025 (about 6 wks at full dose), stopped for LFTs.",
    ],
)
def test_a_course_as_long_as_its_dates_still_counts(text: str) -> None:
    assert status(_dmard(text), "INF-002")["status"] == "met", text
