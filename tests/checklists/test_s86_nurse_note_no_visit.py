"""A nurse's or respiratory therapist's note is no practitioner's visit, however it opens (brief
s86-stops): the rule that a terse note opening "ILD f/u." or "Pulm f/u." records the ordering
practitioner's visit of its day (blind wave 100; notes/specialty_titles.py) is for a clinician's
own note. A note whose type, description or first line names a nurse, an RT or another
non-practitioner ("Nurse Note", "RN note", "RT note", "Respiratory therapy note", an RT's 6MWT)
records what that hand did, even when it is filed under the ordering physician's reference: the
face-to-face of OXY-002 and BED-002 is the practitioner's own encounter (CMS NCD 240.2, LCD
L33798/L33820). The same opening in a progress note or a pulmonologist's note still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ILD = (
    "ILD f/u. IPF dx 2024 on nintedanib. DOE walking to mailbox. Rest SpO2 94% RA (nl). 6MWT"
    " today - nadir 85% RA.\nA/P: exertional hypoxemia, qualifies. Portable O2 2L w/ exertion."
)
_BED = (
    "Neuro f/u. MS (not mitral stenosis) w/ spastic paraparesis. Painful spasms, cannot"
    " reposition self; needs HOB elevated 30 deg for aspiration risk.\nPlan: hospital bed."
)


def _typed(text: str, when: str, display: str, description: str | None) -> dict:
    note = _note("n1", when, text)
    note["type"] = {"coding": [{"system": "http://loinc.org", "code": "11506-3",
                                "display": display}]}
    if description:
        note["description"] = description
    return note


def _oxy_002(text: str, display: str = "Progress note", description: str | None = None) -> str:
    note = _typed(text, "2026-09-02T15:00:00Z", display, description)
    order = {"authoredOn": "2026-09-02", "occurrenceDateTime": "2026-09-12",
             "requester": {"reference": "Practitioner/dr"}}
    bundle = record("E1390", note, reason="J84.10", order_type="DeviceRequest", order=order)
    items = score_bundle(bundle, as_of=date(2026, 9, 9))["items"]
    return {i["id"]: i["status"] for i in items}["OXY-002"]


def _bed_002(text: str, display: str = "Progress note", description: str | None = None) -> str:
    note = _typed(text, "2026-09-29", display, description)
    order = {"authoredOn": "2026-09-29", "occurrenceDateTime": "2026-10-12",
             "requester": {"reference": "Practitioner/dr"}}
    bundle = record("E0265", note, reason="G35.D", order_type="DeviceRequest", order=order)
    items = score_bundle(bundle, service="E0265", as_of=date(2026, 10, 5))["items"]
    return {i["id"]: i["status"] for i in items}["BED-002"]


_NOT_PRACTITIONERS = [
    ("Nurse Note", None),  # the brief's wording: a nurse's note typed so
    ("Progress note", "RN note"),
    ("Progress note", "RT note"),
    ("Respiratory therapy note", None),
    ("Nursing note", None),
    ("Progress note", "6MWT - respiratory therapist"),
]


@pytest.mark.parametrize(("display", "description"), _NOT_PRACTITIONERS)
def test_a_nurse_or_rt_note_opening_as_a_follow_up_is_no_visit(
    display: str, description: str | None
) -> None:
    assert _oxy_002(_ILD, display, description) != "met"
    assert _oxy_002(_ILD.replace("ILD f/u.", "Pulm f/u."), display, description) != "met"
    assert _bed_002(_BED, display, description) != "met"


@pytest.mark.parametrize(
    "first", ["RN note 9/2/26:", "RT 6MWT 9/2/26", "Nurse visit note", "Respiratory therapy:"]
)
def test_a_nurse_or_rt_first_line_is_no_visit(first: str) -> None:
    assert _oxy_002(f"{first}\n{_ILD}") != "met"


@pytest.mark.parametrize(
    ("display", "description"),
    [("Progress note", None), ("Pulmonology note", None), ("Office visit note", "Pulm clinic")],
)
def test_the_same_opening_in_a_practitioner_s_note_still_counts(
    display: str, description: str | None
) -> None:
    assert _oxy_002(_ILD, display, description) == "met"
    assert _bed_002(_BED, display, description) == "met"


def _held(text: str, title: str = "") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 2), title)])
    return any(
        f.concept == "in-person-visit" and not (f.negated or f.planned or f.hypothetical)
        for f in found
    )


def test_the_finding_level_reading() -> None:
    assert _held(_ILD, "Progress note")
    assert not _held(_ILD, "Nurse Note")
    assert not _held(_ILD, "RT note")
    # a physician's note that mentions the nurse later is still the physician's
    assert _held(_ILD + " RN to teach O2 safety.", "Progress note")


@pytest.mark.parametrize(
    "title", ["Nurse practitioner note", "Progress note - Pulm NP", "rt shoulder progress note"]
)
def test_a_practitioner_s_title_naming_no_staff_kind_still_counts(title: str) -> None:
    assert _held(_ILD, title)
