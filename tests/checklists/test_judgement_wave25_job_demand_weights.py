"""A job's demand with a weight is no mechanism of injury (blind wave 27, CT/occ-02): "job
requires repetitive overhead lifting 20 lb" met OCC-001's mechanism through the weighted-lift
pattern ("lifting 20 lb"), though the word list's "lifting" in the same demand already read as
the job's demand, not how the injury happened. A weighted lift that is the injury stays."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _mechanisms(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "mechanism" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Can't lift overhead >5 lb; job requires repetitive overhead lifting 20 lb.",
        "Job demands: lifting 50 lb boxes, pushing carts.",
        "Physical demands: carrying 40 lb trays up stairs.",
    ],
)
def test_a_weighted_job_demand_is_no_mechanism(text: str) -> None:
    assert not _mechanisms(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Injured R shoulder lifting 20 lb box at work.",
        "Felt a pop in low back while lifting a 60 lb patient.",
        "Hurt her back carrying 40 lb trays on 3/2/26.",
    ],
)
def test_a_weighted_lift_that_injured_stays(text: str) -> None:
    assert _mechanisms(text), text


@pytest.mark.parametrize(
    "text",
    [
        # The injury's own fall, beside a job demand that no longer reads as one (blind wave 18,
        # BN/occ-03): "fell from" was a mechanism, the noun "fall from" was not.
        "Back pain since 3/9/26 fall from a ladder (~6 ft) while framing a house.",
        "Injured L wrist in a fall off a loading dock.",
    ],
)
def test_a_fall_from_a_height_is_a_mechanism(text: str) -> None:
    assert _mechanisms(text), text
