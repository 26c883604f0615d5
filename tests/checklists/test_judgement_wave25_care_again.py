"""Care tried once and then again, each course with its own time (blind wave 27, CT/inj-02):
"PT 2024 (12 visits) and again fall 2025 (8 wks), daily HEP, meloxicam" names physical therapy
once for two courses. Its own words gave it both years, so it was read as running from 2024 to
the first day of 2025, before the window, and the fall course's eight weeks were lost. The
words after "again" (or "repeated") are the latest course's, dated by their own time.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _facet_rfa(text: str) -> str:
    """IPN-006 (42 days of care in 365) for a lumbar facet RFA, as of 2026-03-01."""
    return status(record("64635", _note("n1", "2026-02-25", text)), "IPN-006")["status"]


def test_the_course_after_again_is_dated_by_its_own_time():
    for text in (
        "Axial LBP. PT 2023 (12 visits) and again fall 2025 (8 wks), daily HEP, naproxen.",
        "Axial LBP. PT 2023 (12 visits), repeated fall 2025 x 8 wks; HEP, naproxen.",
        "Axial LBP. PT 2023 (12 visits) and again fall 2025 (8 wks).",
    ):
        assert _facet_rfa(text) == "met", text


def test_a_second_course_before_the_window_is_still_before_it():
    for text in (
        "Axial LBP. PT 2022 (12 visits) and again spring 2024 (8 wks), daily HEP, naproxen.",
        "Axial LBP. PT 2022 (12 visits) and again spring 2024 (8 wks).",
    ):
        assert _facet_rfa(text) != "met", text


def test_a_symptom_back_again_is_no_second_course():
    # "again" before a symptom's date gives the PT no time of its own: still 2023.
    assert _facet_rfa("Axial LBP. PT 2023 (12 visits), HEP; pain again since 12/2025.") != "met"
