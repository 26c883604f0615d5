"""Blind wave 13 (AR/hh-04): a home-health episode's start of care is also the first day of its
certification periods when no note writes "SOC": a recertification's face-to-face encounter is
the one timed from that day, not from the recertification order."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_VIDEO = {
    "resourceType": "Encounter",
    "id": "video",
    "status": "finished",
    "class": {"code": "VR"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-01-20", "end": "2026-01-20"},
    "type": [{"text": "Video Visit"}],
}
_ORDER = {"authoredOn": "2026-04-28", "occurrenceDateTime": "2026-05-02"}


def _face_to_face(*notes: dict) -> str:
    bundle = record("G0299", _VIDEO, *notes, reason="L97.212", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 29))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def _plan(ident: str, when: str, text: str) -> dict:
    return _note(ident, when, text, extra={"description": "Plan of care note"})


def test_the_first_certification_period_opens_the_episode():
    first = _plan("poc1", "2026-03-01", "HH POC cert 3/3-5/1: SN 2w4, 1w4. signed L Kabir DO")
    recert = _plan("poc2", "2026-04-28", "HH recert POC 5/2-6/30/26: SN 1w9. signed L Kabir DO")
    # The video visit is 42 days before the 3/3 start of care, 98 days before the order.
    assert _face_to_face(first, recert) == "met"


def test_a_break_between_periods_starts_a_new_episode():
    # Certified 11/3-1/1, then nothing until a new plan 3/3-5/1: the episode the order continues
    # began on 3/3, and the visit must be timed from there; an encounter in October is too old.
    old = _plan("poc0", "2025-11-01", "HH POC cert 11/3/25-1/1/26: SN 2w4.")
    first = _plan("poc1", "2026-03-01", "HH POC cert 3/3-5/1: SN 2w4, 1w4.")
    october = {**_VIDEO, "period": {"start": "2025-10-20", "end": "2025-10-20"}}
    bundle = record("G0299", october, old, first, reason="L97.212", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 29))
    assert {i["id"]: i for i in report["items"]}["HHC-001"]["status"] != "met"
    # A plan that ended months before the order opens no episode the order continues.
    lapsed = record("G0299", _VIDEO, old, reason="L97.212", order=_ORDER)
    report = score_bundle(lapsed, as_of=date(2026, 4, 29))
    assert {i["id"]: i for i in report["items"]}["HHC-001"]["status"] != "met"
