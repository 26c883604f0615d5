"""A relative's counseling is not the patient's, however tersely the relative opens the line
(brief s67-c, the lead's class from stop 48: "Mother was seen for genetic counseling" in a
child's record). The full sentence was already the mother's (relative_care.py, s65-k); a family
history's terse line, "Mother - genetic counseling 1/2026, BRCA2+", read as the patient's
counseling within GEN-002's year. The relative present at the patient's counseling, or a
speaker's label before the patient's own, still leaves the counseling the patient's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _counseled(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 3, 2))])
    return any(f.concept == "genetic-counseling" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mother was seen for genetic counseling.",
        "Mother seen by genetic counselor 1/2026.",
        "Father completed genetic counseling last year.",
        "Mother - genetic counseling 1/2026, BRCA2+.",
        "Sister: genetic counseling 2025, VUS.",
        "Mom - pre-test genetic counseling 2/2026 (own BRCA testing)",
        "Maternal aunt \u2013 genetic counselling 2024, MLH1+",
    ],
)
def test_a_relatives_counseling_is_not_the_patients(text: str) -> None:
    assert not _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mother - present for genetic counseling 3/1/26.",
        "Mom: pt seen for genetic counseling 3/1/26.",
        "Genetic counseling 3/1/26 with mother present.",
        "Parents seen for pre-test genetic counseling 3/1/26 on behalf of pt.",
    ],
)
def test_the_patients_counseling_with_a_relative_there_still_counts(text: str) -> None:
    assert _counseled(text)
