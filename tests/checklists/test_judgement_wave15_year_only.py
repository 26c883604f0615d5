"""Care dated by a year alone ran some time in that year (blind wave 15, AY/inj-03): "Failed PT
2025 (8 wks), NSAIDs, tizanidine, chiropractic 2025" in October 2026 was read as eight weeks
from 1 January 2025, outside the facet checklist's 12 months, though the year runs to within
them. The stated weeks are placed as late in the year as they can be (never past the note); a
year with no weeks stays a mention on 1 January, and an older year stays outside."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _facet(text: str) -> str:
    bundle = record("64635", _note("n1", "2026-02-20", text), reason="M47.816")
    return status(bundle, "IPN-006")["status"]


def test_weeks_in_a_year_alone_may_end_with_that_year():
    assert _facet("Axial LBP since 2023. Failed PT 2025 (8 wks), NSAIDs.") == "met"


def test_an_older_year_or_a_year_without_weeks_is_no_episode_here():
    for text in (
        "Axial LBP since 2023. Failed PT 2024 (8 wks), NSAIDs.",
        "Axial LBP since 2023. Failed PT 2025, NSAIDs.",
    ):
        assert _facet(text) != "met", text
