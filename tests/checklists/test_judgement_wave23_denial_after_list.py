"""A line under a list header that opens with a denial is the history's sentence, not the
list's next item (blind wave 23, CC/lmri-02): "Current Outpatient Medications: ibuprofen 200 mg
OTC - 2 tabs PRN; sertraline 50 mg daily." followed by "Denies numbness/weakness, bowel/bladder
sx, fever, wt loss." was cut at its commas as list items, "fever" lost its "Denies" and stood as
a red flag, and the lumbar MRI's six weeks of conservative care were waived. The list's own
items are still cut at commas and semicolons."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_MEDS = (
    "S: LBP since March.\n"
    "Current Outpatient Medications: ibuprofen 200 mg OTC - 2 tabs PRN; sertraline 50 mg daily.\n"
)


def _findings(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 5))])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "line",
    [
        "Denies numbness/weakness, bowel/bladder sx, fever, wt loss.",
        "denied numbness, fever, chills, wt loss",
        "Negative for saddle anesthesia, fever, night sweats.",
    ],
)
def test_a_denial_under_a_list_denies_each_thing(line: str) -> None:
    fevers = _findings(_MEDS + line, "fever")
    assert fevers and not any(f.asserted for f in fevers)


def test_the_list_items_are_still_items() -> None:
    text = "Medications: acetaminophen 500 mg PRN fever, meloxicam 15 mg daily\n"
    assert [f.asserted for f in _findings(text, "nsaid")] == [True]
