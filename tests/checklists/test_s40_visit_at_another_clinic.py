"""A home health face-to-face encounter is related to the primary reason for home care (42 CFR
424.22(a)(1)(v)): a visit its type or its note's heading names another clinic's (an eye clinic
for a stye, dermatology for a rash) counts only when a note of its day speaks of the homebound
state, the skilled need or the function lost (visit_about.py, ``elsewhere``). Any other visit
stands as it did, whatever its note dwells on."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-08"}


def _visit(kind: str, when: str = "2026-08-20") -> dict:
    return {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": when, "end": when},
        "type": [{"text": kind}],
    }


def _hhc001(*resources: dict) -> str:
    bundle = record("G0151", *resources, reason="I63.9", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("Ophthalmology Office Visit", "Stye L upper lid x 5 days. Warm compresses."),
        ("Office Visit", "Derm visit 8/20: seborrheic keratoses on back, reassured."),
        ("Dental clinic visit", "Cracked molar #19, temporary filling placed."),
    ],
)
def test_another_clinic_s_visit_about_another_problem_is_no_face_to_face(kind, text) -> None:
    assert _hhc001(_visit(kind), _note("n1", "2026-08-20", text)) != "met"


def test_another_clinic_s_visit_that_speaks_of_the_need_counts() -> None:
    text = (
        "Derm visit 8/20: sacral pressure injury stage 3. Homebound since stroke, needs assist of "
        "2 to leave home. Needs skilled nursing for wound care 3x/wk."
    )
    assert _hhc001(_visit("Dermatology Office Visit"), _note("n1", "2026-08-20", text)) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "F/u HTN and DM2. BP 132/80. Daughter asks for nurse to check on her.",
        "Stroke f/u. Seen by derm last month for a rash, resolved.",
    ],
)
def test_any_other_visit_stands_whatever_its_note_dwells_on(text: str) -> None:
    assert _hhc001(_visit("Office Visit"), _note("n1", "2026-08-20", text)) == "met"
