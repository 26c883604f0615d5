"""A specialty evaluation recommended, or waiting for the first open slot, is not yet held
(blind wave 46): a regex-matched target reads "recommend" before it and "first available" after
it as ConText reads them beside a spaCy-matched one."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _flags(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/7", text)])
    return [f.hypothetical for f in found if f.concept == "wheelchair-evaluation"]


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Supplier visit done. Recommend PT seating evaluation for cushion choice.", [True]),
        ("We recommended a wheelchair assessment with OT.", [True]),
        ("Seating clinic next available 11/20 - on the books.", [True]),
        ("Power mobility evaluation earliest opening in April.", [True]),
        # A referral still to be made or just placed is not the evaluation either.
        ("Refer to PT for power mobility evaluation.", [True]),
        ("Referral placed to OT for seating evaluation.", [True]),
        # An evaluation's own note opens with why it was asked for.
        ("Pt referred for seating evaluation by Dr. Smith; drove demo chair safely.", [False]),
        # What is recommended on the strength of an evaluation held leaves the evaluation done.
        ("OT recommends tilt-in-space chair after seating evaluation on 9/2.", [False]),
        ("Seating and mobility evaluation by OT 9/2: drove the demo chair safely.", [False]),
    ],
)  # fmt: skip
def test_recommended_or_first_slot_evaluation_is_still_to_come(
    text: str, hypothetical: list[bool]
) -> None:
    assert _flags(text) == hypothetical


def test_a_recommendation_inside_an_evaluation_leaves_other_targets_alone() -> None:
    # A further test an SLP evaluation recommends is that evaluation's plan, not a visit to come.
    text = "Impression: expressive aphasia. Recommend formal aphasia assessment to set goals."
    found = find_findings([NoteInput("D/8", text)])
    assert [f.hypothetical for f in found if f.concept == "slp-evaluation"] == [False]
