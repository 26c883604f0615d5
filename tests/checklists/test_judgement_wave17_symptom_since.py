"""A symptom's duration running to the note is the note's statement, not one of the day the
symptom began (blind wave 17, BH/inj-03): "R-sided axial neck pain since 2024 (>2 yrs)" in a
July 2026 note was dated 1 January 2024, so IPN-005 (a duration of 3 months or more stated
within 90 days) found it "only outside the window". Every "since <date>" of three months or more
fell outside a 90-day window the same way. An old episode keeps its own date: "back pain for
8 weeks in 2019" says nothing of today.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _facet(text: str, when: str = "2026-02-20") -> dict:
    """IPN-005 for a lumbar medial branch block as of 2026-03-01 (no Condition: notes only)."""
    bundle = record("64493", _note("n1", when, text), reason="M47.816")
    return status(bundle, "IPN-005")


def test_pain_since_a_year_or_a_date_is_stated_as_of_the_note():
    for text in (
        "Axial LBP since 2024 (>2 yrs), worse with extension.",
        "Axial low back pain since 6/2025, worse with standing.",
        "Axial LBP started in October 2025, constant since.",
    ):
        assert _facet(text)["status"] == "met", text


def test_an_old_episode_keeps_its_date():
    for text in (
        "Axial LBP for 8 weeks in 2019, resolved with PT.",
        "Axial LBP x 2 wks. Had low back pain for 3 months in 2019 that resolved.",
    ):
        assert _facet(text)["status"] != "met", text


def test_an_old_note_stating_the_duration_is_still_old():
    # Written a year ago, "since 2024" says how long the pain had lasted then.
    outcome = _facet("Axial LBP since 2024, worse with extension.", when="2025-03-01")
    assert outcome["status"] != "met"
