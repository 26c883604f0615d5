"""A title's full stop before a name ("Mr. Obi", "Dr. Patel") ends no statement: a faxed
genetic counseling summary "Mr. Obi was seen for pre-test counse1ing on 9/29/26 (45 min)" is the
pre-test counseling GEN-002 asks for (blind wave 67, IU/genetic-03: the statement was cut at
"Mr." and only the counselor's "CGC" sign-off, under the family history, was read). Counseling
still to come, refused or only referred stays none though a title leads it."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _counseled(text: str) -> bool:
    return any(
        f.asserted and f.concept == "genetic-counseling"
        for f in find_findings([NoteInput("DocumentReference/c1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Obi was seen for pre-test counse1ing on 9/29/26 (45 min).",
        "Mrs. Diaz was seen by Dr. Patel for genetic counseling today.",
        "Ms. Hale met with Dr. Ruiz, genetic counselor, for pre-test counseling 3/2/26.",
        "S: Mr. Lee here for pretest counselling re Lynch syndrome.",
        "Mx. Park was counseled re hereditary breast cancer, BRCA1/2 panel.",
        "Dr. Amin (medical genetics) new pt consult today: pedigree reviewed.",
        "MR. OBI SEEN; Mr. Obi was seen for genetic counseling, 45 min.",
    ],
)
def test_counseling_told_after_a_title_is_counseling(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Patel will refer to genetic counseling.",
        "Mr. Obi declined genetic counseling.",
        "Mrs. Diaz is scheduled with Dr. Ruiz for genetic counseling 10/14.",
        "Per Dr. Patel, pre-test counseling not done today; pt prefers to expedite.",
        "Dr. Lee recommends pre-test counseling before the panel.",
    ],
)
def test_counseling_planned_or_refused_after_a_title_is_none(text: str) -> None:
    assert not _counseled(text)
