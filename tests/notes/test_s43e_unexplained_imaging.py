"""An imaging finding the clinician says does not explain the symptoms ("C5-6 stenosis - doesn't
explain his L arm sx") is no lesion the treatment is for: a normal result, not a positive one
(blind wave 49). A finding said to explain them, or with no such word, stays positive."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _normal(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/m1", text)])
    return [f.normal for f in found if f.concept == "spine-imaging-lesion"]


@pytest.mark.parametrize(
    "text",
    [
        "A: CT 1/12 L4-5 R foraminal stenosis - doesn't explain her L S1 sx.",
        "MRI shows small central disc protrusion at L2-3, does not correlate with his leg pain.",
        "Imaging: T12-L1 disc herniation, discordant with exam.",
    ],
)
def test_imaging_said_not_to_explain_the_symptoms_is_not_positive(text: str) -> None:
    assert _normal(text)[:1] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "MRI 2/3: L5-S1 R paracentral disc herniation compressing the S1 root, explains sx.",
        "MRI L4-5 L foraminal stenosis, concordant with L L5 radiculopathy.",
        "MRI L4-5 stenosis. Pain does not improve with PT.",
    ],
)
def test_imaging_that_explains_the_symptoms_stays_positive(text: str) -> None:
    assert _normal(text)[:1] == [False]
