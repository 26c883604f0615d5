""""Upper ext" is the upper extremity (blind wave 52, GO/occ-02).

A work-rehabilitation request for a shoulder strain whose history reads "s/p PT ... (12 visits)
then OT (hand/upper ext) ... (8 visits)". "Hand" gave the whole statement the hand's region, and
"upper ext", the usual short form of "upper extremity", named none, so OCC-002 (same region) found
no therapy at all for the shoulder. Therapy of the upper extremity takes in the shoulder; therapy
named for the hand alone still is another region's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.regions import regions_in_text

from .test_judgement import ICD10, _note, record, status

_STRAIN = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S46.012D"}]},
    "onsetDateTime": "2026-01-08",
}


@pytest.mark.parametrize("text", ["OT (hand/upper ext) 3/2-3/27", "upper ext. strengthening"])
def test_upper_ext_names_the_upper_extremity(text: str) -> None:
    assert "upper-extremity" in {r.split(":")[0] for r in regions_in_text(text)}


def _occ(text: str) -> str:
    note = _note("n1", "2026-04-20", f"Occ med f/u. L shoulder strain at work 1/8/26. {text}")
    request = {"authoredOn": "2026-04-21", "occurrenceDateTime": "2026-05-05"}
    bundle = record("97750", _STRAIN, note, reason="S46.012D", order=request)
    return status(bundle, "OCC-002", as_of=dt.date(2026, 4, 24))["status"]


def test_upper_extremity_therapy_is_the_shoulders() -> None:
    text = (
        "Did PT at Eastside 1/19-2/27 (11 visits), then OT (hand/upper ext) at Westgate 3/2-3/27"
        " (8 visits); plateaued, still on light duty."
    )
    assert _occ(text) == "met"


def test_therapy_for_the_hand_alone_is_another_regions() -> None:
    text = "Did OT for the hand 1/19-3/27 (14 visits); plateaued, still on light duty."
    assert _occ(text) != "met"
