"""A recertification's face-to-face encounter: the start's, or one held for the recertification.

42 CFR 424.22 and OAC 5160-12-01 time the encounter from the start of care, and a recertification
needs no new one: the encounter before the episode's first certification still serves it (blind
wave 30, DH/hh-02: an office visit 12 days before the 11/1 start of care, for an aide order of
2/26 after the plan lapsed 12/30, with the agency RN's "Recert due - paperwork sent to MD" in
between). But a visit the certifying practitioner holds for the recertification, about the reason
for home care, in the 90 days before its order, is an encounter too, though more than 30 days after
the start of care (blind wave 31, DI/homehealth-02: a video visit on 8/27 for a plan of 6/30-8/28).
A visit more than 30 days after the start of care still does not serve a request inside the
certified period (wave 29, DB/hh-03).
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_face_to_face_after_soc import _encounter as _visit


def _plan(start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": "Home Health Plan of Care",
        "description": "Dx S72.002D. PT 2w4, 1w4: gait, stairs, transfers. Signed R. Okonjo MD.",
        "period": {"start": start, "end": end},
        "author": {"reference": "Practitioner/dr"},
    }


def _f2f(*resources: dict, authored: str, words: str, as_of: str, code: str = "G0151") -> str:
    order = {"authoredOn": authored, "occurrenceDateTime": as_of, "note": [{"text": words}]}
    bundle = record(code, *resources, reason="S72.002D", order=order)
    report = score_bundle(bundle, as_of=date.fromisoformat(as_of))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_video_visit_held_for_the_recertification_is_its_encounter():
    visit = _visit("2026-07-28", "Video visit - hip fracture, home PT recertification")
    plan = _plan("2026-05-30", "2026-07-28")
    assert _f2f(plan, visit, authored="2026-07-29", words="Recert: PT 2w4.",
                as_of="2026-08-08") == "met"  # fmt: skip


def test_the_same_visit_does_not_serve_a_request_inside_the_certified_period():
    visit = _visit("2026-07-28", "Video visit - hip fracture, home PT")
    plan = _plan("2026-05-30", "2026-09-27")  # the request falls inside this certification
    assert _f2f(plan, visit, authored="2026-07-29", words="PT 2w4.",
                as_of="2026-08-08") == "missing"  # fmt: skip


def _continuing(*notes: dict) -> str:
    visit = _visit("2026-01-12", "Office visit - home health F2F")
    plan = _plan("2026-01-24", "2026-03-24")
    return _f2f(plan, visit, *notes, authored="2026-05-20", words="HHA 2w8 (16 visits).",
                as_of="2026-05-25", code="G0156")  # fmt: skip


def test_a_late_recertification_the_agency_notes_keeps_the_start_of_care_encounter():
    rn = _note("rn", "2026-05-11", "SN visit: vitals stable, aide per POC. Recert due - "
               "paperwork faxed to MD 3/20, not returned.")  # fmt: skip
    assert _continuing(rn) == "met"


def test_without_word_of_a_recertification_a_long_lapse_opens_a_new_episode():
    rn = _note("rn", "2026-05-11", "SN visit: vitals stable, aide per POC.")
    assert _continuing(rn) == "missing"
