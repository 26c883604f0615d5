"""An inability followed by "independently" is the limitation, not a patient who manages alone
(blind wave 60, HU/wheelchair-03: "cannot get to bathroom/kitchen independently in home").

"Independently" after an activity is ConText's backward denial ("ambulates independently") and a
good rating of the clause (score_bands.rated_well); after "cannot", "unable to" or "can't" it says
how much help the activity takes, so the two negatives made the in-home limitation NCD 280.3 asks
for read as denied and as normal. An activity done independently, with no inability before it,
is still no limitation.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.good_verdicts import good_verdict
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limited(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(
        f.asserted and not f.normal for f in found if f.category == "functional-deficits"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cannot get to the bathroom/kitchen independently at home.",
        "Unable to walk independently.",
        "Pt unable to dress independently since the CVA.",
        "Can't bathe independently; son assists.",
        "Cannot toilet independently at night.",
        "Unable to stand from the recliner independently.",
        "Cannot climb the two porch steps independently.",
        "Unable to ambulate independently - requires 1 assist.",
        "Can't reach the toilet independently in the home.",
        "Cannot walk to the kitchen independently.",
    ],
)
def test_an_inability_done_independently_is_a_limitation(text: str) -> None:
    assert _limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambulates independently.",
        "Independent with toileting and bathing.",
        "Walks to the bathroom independently.",
        "Transfers independently from bed to chair.",
        "Dresses independently, bathes with supervision.",
    ],
)
def test_an_activity_done_independently_is_not(text: str) -> None:
    assert not _limited(text)


@pytest.mark.parametrize(
    ("clause", "good"),
    [
        ("gait independent", True),
        ("ambulates independently with cane", True),
        ("cannot get to the bathroom independently", False),
        ("unable to transfer independently", False),
        ("not able to dress independently", False),
        ("not independent with transfers", False),
    ],
)
def test_independently_rates_a_clause_well_only_without_an_inability(
    clause: str, good: bool
) -> None:
    assert good_verdict(clause) is good
