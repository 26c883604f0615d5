"""A relative's genetic counseling told with the writer as subject or after a finding of the
relative's is family history, not the patient's pre-test counseling (brief s70-i item 1). The
relative opening the statement as the one counseled was read (relative_care, s65-k); the
relative as the one the writer saw ("I saw her sister last year for genetic counseling") or a
relative whose own finding comes before the care ("Sister BRCA2 carrier, s/p genetic
counseling 2021") was the patient's. The patient seen with a relative, or named after one,
still had it.
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
        "I saw her sister last year for genetic counseling.",
        "I saw her sister last year for genetic counselling.",
        "We met with her mother in 2019 for genetic counseling.",
        "I previously saw his daughter for hereditary cancer genetic counseling (2023).",
        "I have seen her brother for genetic counseling, MLH1+.",
        "Counseled her daughter in 2022 at genetics clinic.",
        "Pt's sister, whom I saw last year for genetic counseling, carries BRCA2.",
        "Sister BRCA2 carrier, s/p genetic counseling 2021.",
        "Mother: BRCA1+, had genetic counseling at UC.",
        "Maternal aunt dx breast ca at 44, underwent genetic counseling 2018.",
        # The brief's own wordings (already read as the relative's by relative_care).
        "Her mother had genetic counseling in 2019.",
        "Daughter was counseled by genetics.",
    ],
)
def test_a_relative_the_writer_saw_or_with_a_finding_first_is_not_the_patient(text: str) -> None:
    assert not _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "I saw Ms. Lee with her sister today for genetic counseling.",
        "I saw her and her sister today for genetic counseling.",
        "Sister BRCA2 carrier, pt s/p genetic counseling 9/2026.",
        "Mother present, pt seen for genetic counseling 9/29/26.",
        "Mom says pt had genetic counseling 9/29/26.",
        "Sister BRCA2+; pt seen for genetic counseling 9/29/26.",
        "Daughter accompanied her, genetic counseling completed 9/29/26.",
        "I saw Ms. Lee today for genetic counseling.",
        "Pt was counseled by genetics on 9/28/26.",
    ],
)
def test_the_patient_seen_with_or_after_a_relative_still_counts(text: str) -> None:
    assert _counseled(text)
