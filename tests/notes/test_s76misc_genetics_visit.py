"""A genetics visit held is genetic counseling (brief s76-misc, blind wave 87, LV/genetic-03: a
consult note opening "Cancer genetics visit (GC + MD)" whose body says only "Counseling
provided." was not read as GEN-002's counseling, a false alarm).

Near misses stay none: a genetics visit referred, booked, to come, missed, turned down or not
had; a relative's; GC still to be seen; counseling referred or declined.
"""

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
    ["Cancer genetics visit (GC + MD)\n51 yo M, colon adenoca dx at 49. Counseling provided.",
     "Hereditary cancer genetics visit 8/25: pedigree reviewed.",
     "Genetics visit with Dr. Amos, pedigree drawn, panel options reviewed.",
     "Pre-test genetics session held by video.",
     "Medical genetics encounter - Lynch evaluation."],
)  # fmt: skip
def test_a_genetics_visit_held_is_counseling(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    ["Referred for cancer genetics visit.",
     "Genetics visit scheduled 9/2.",
     "Next genetics visit 10/1.",
     "Upcoming genetics visit in Sept.",
     "Genetics visit: declined.",
     "Pt declined genetics visit.",
     "Genetics visit not done.",
     "No genetics visit yet.",
     "Missed genetics visit 8/1 - no-show.",
     "Sister's genetics visit in 2019 was normal.",
     "Will see GC.",
     "Referred to genetic counseling.",
     "Counseling declined."],
)  # fmt: skip
def test_a_genetics_visit_not_held_is_none(text: str) -> None:
    assert not _counseled(text)


@pytest.mark.parametrize(
    "text",
    ["Collect at genetics visit 6/23.",
     "Draw sample during genetics visit.",
     "Bring family history form to the genetics visit.",
     "Panel to be sent before genetics visit."],
)  # fmt: skip
def test_a_genetics_visit_an_order_points_to_is_none(text: str) -> None:
    # AL/gen-02: "Collect at genetics visit 6/23." on the order, the visit still to come.
    assert not _counseled(text)
