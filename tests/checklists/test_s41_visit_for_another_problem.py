"""A home health face-to-face encounter whose own stated reason is another problem (42 CFR
424.22(a)(1)(v): the encounter is related to the primary reason for home care). A video visit
charted with the reason "ear pain", whose note treats otitis, is no encounter for a hip-fracture
patient's home therapy unless a note of its day speaks of the homebound state, the skilled need
or the function lost, or names the order's diagnosis (visit_reasons.py). A stated reason that
shares the order's diagnosis, or names home care, still counts, and so does a visit that states
no reason."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-08"}
_OTITIS = "Video visit: L ear pain x 3 days, TM bulging on otoscope photo. A/P: AOM - amoxicillin."


def _visit(reason: str | None, kind: str = "Video visit") -> dict:
    visit = {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "VR"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-08-20", "end": "2026-08-20"},
        "type": [{"text": kind}],
    }
    if reason:
        visit["reasonCode"] = [{"text": reason}]
    return visit


def _hhc001(*resources: dict) -> str:
    bundle = record("G0151", *resources, reason="S72.001D", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_visit_held_for_another_problem_is_no_face_to_face() -> None:
    assert _hhc001(_visit("ear pain"), _note("n1", "2026-08-20", _OTITIS)) != "met"


@pytest.mark.parametrize(
    "also",
    [
        " Also: homebound, cannot leave home without walker + assist of 1.",
        " Also reviewed the femur fracture: healing, PT at home to go on.",
    ],
)
def test_that_visit_counts_when_its_note_takes_up_the_need(also: str) -> None:
    text = _OTITIS + also
    assert _hhc001(_visit("ear pain"), _note("n1", "2026-08-20", text)) == "met"


@pytest.mark.parametrize(
    "reason",
    [
        None,
        "R femur fracture aftercare",
        "home health evaluation",
    ],
)
def test_a_visit_for_the_need_or_with_no_stated_reason_stands(reason: str | None) -> None:
    text = "Video visit: doing ok, pain controlled on acetaminophen."
    assert _hhc001(_visit(reason), _note("n1", "2026-08-20", text)) == "met"
