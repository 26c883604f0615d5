"""An "in person" tag on another place's visit or record is no face-to-face visit with the
orderer (brief s73-g): "Outside ED record (in person)", "Outside hospital visit (in person)" in the
ordering practitioner's note copy in the ED's or the hospital's encounter, and OXY-002 was met on
them (smartapp/notes/outside_visits.py). A visit following that care up is the practitioner's own.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_BODY = "SpO2 86% RA at rest.\nPlan: home O2 2 L/min continuous."


def _oxy_002(first_line: str) -> str:
    note = _note("n1", "2026-10-05", first_line + "\n" + _BODY)
    order = {"authoredOn": "2026-10-06", "occurrenceDateTime": "2026-10-09"}
    bundle = record("E1390", note, reason="J44.9", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i["status"] for i in report["items"]}["OXY-002"]


def _in_person(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 10, 5))])
    return [f.text for f in found if f.concept == "in-person-visit" and not f.negated]


OUTSIDE = [
    "Outside ED record (in person)",
    "Outside hospital visit (in person)",
    "OSH admission 9/18-9/20 (in person)",
    "Outside urgent care visit 9/28 (in person)",
    "Outside records reviewed (in person visit at Mercy ED 9/20)",
    "Records from Mercy hospital: seen in person 9/20",
    "Pt was seen in person at an outside ED on 9/20",
    "Care Everywhere - ED encounter (in person)",
]


@pytest.mark.parametrize("line", OUTSIDE)
def test_another_place_s_visit_tagged_in_person_is_not_the_orderer_s(line: str) -> None:
    assert not _in_person(line)
    assert _oxy_002(line) != "met"


@pytest.mark.parametrize(
    "line",
    ["Office visit (in person)", "Hospital f/u (in person)", "ED follow-up visit (in person)"],
)
def test_the_orderer_s_own_visit_meets_the_face_to_face(line: str) -> None:
    assert _oxy_002(line) == "met"


OWN = [
    "Office visit (in person)",
    "Hospital f/u (in person)",
    "ED follow-up visit (in person)",
    "Post-hospital visit (in person)",
    "Seen in person today. ED visit 9/20 reviewed.",
    "Office visit (in person); outside ED records reviewed.",
    "Seen in person in clinic after ED visit 9/20.",
    # the hospital's or the ED's own physician's note (the home health F2F may be theirs: blind
    # EG/homehealth-02, KD/home-health-01)
    "Hospital d/c / F2F (in person, post-op day 3)",
    "Hospital discharge summary / face-to-face encounter",
    "ED visit 9/20 (in person)",
]


@pytest.mark.parametrize("line", OWN)
def test_the_practitioner_s_own_visit_stays_in_person(line: str) -> None:
    assert _in_person(line)
