"""A relative who had the care is not the patient who had it (brief s65-k, noticed by s65-d and
s65-i: "Obi's sister was seen for genetic counseling in 2019"). A genetic counseling statement
matched from its start takes the relative into the target, so the family word before it was
never read (relative_care.py). The patient's own counseling with a relative present, told by a
relative, or given to a child's parents is still the patient's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _counseled(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 10, 2))])
    return any(f.concept == "genetic-counseling" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Obi's sister was seen for genetic counseling in 2019.",
        "Her sister was seen for genetic counseling in 2019.",
        "Sister was seen by a genetic counselor at OSU (2019), tested BRCA2+.",
        "pt's brother underwent genetic counseling and testing 2021 - MLH1 neg",
        "Daughter (age 34) completed genetic counseling last yr.",
        "His older brother had genetic counseling in Ohio.",
        "FHx - maternal aunt met with a genetic counselor 2018",
        "Cousin previously seen for genetic counselling, VUS only.",
        "Her mom was evaluated by genetic counseling after her diagnosis.",
    ],
)
def test_a_relatives_counseling_is_not_the_patients(text: str) -> None:
    assert not _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen with her sister for genetic counseling on 9/29/26 (45 min).",
        "Wife present for genetic counseling session 9/29/26.",
        "Pt and sister met with genetic counselor 9/29/26.",
        "Genetic counseling completed 9/29/26 with CGC; husband present.",
        "Pre-test genetic counseling completed 9/29/26, daughter attended.",
        "Pt was seen for genetic counseling on 9/29/26.",
    ],
)
def test_the_patients_counseling_with_a_relative_there_still_counts(text: str) -> None:
    assert _counseled(text)
