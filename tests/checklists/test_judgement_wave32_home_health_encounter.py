"""Blind wave 32: the home-health face-to-face encounter, what it is about and when it began.

42 CFR 440.70(f)(1) and 424.22(a)(1)(v) ask for an encounter related to the primary reason the
patient needs home health. A video visit with a dermatologist about a rash, 10 days before home
PT for Parkinson's falls, is none, though in the window (DM/hh-03); HHC-001 now keeps a visit
only when a note of its day speaks of the care at home, the skilled need, homebound status or
the functional deficits (a visit with no note of its day still stands on its type).

A run of certification periods whose first on record is itself a recertification ("HH POC recert
6/10-8/8") began at least one 60-day period before it: the encounter is timed from then, so the
wound clinic's referral visit before the original start of care serves the next recertification
(DM/hh-02).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_face_to_face_after_soc import _encounter

_POC = {
    "resourceType": "CarePlan",
    "id": "poc",
    "status": "active",
    "intent": "plan",
    "title": "Home Health POC 5/11-7/9/26",
    "description": "Dx G35.A. PT 2w5: gait, transfers, balance. Signed P. Ostrowski MD 05/06/2026.",
    "period": {"start": "2026-05-11", "end": "2026-07-09"},
    "author": {"reference": "Practitioner/dr"},
}


def _first_cert(*resources: dict) -> str:
    order = {"authoredOn": "2026-05-06", "occurrenceDateTime": "2026-05-11"}
    bundle = record("G0151", _POC, *resources, reason="G35.A", order=order)
    report = score_bundle(bundle, as_of=date(2026, 5, 8))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def _visit_with_note(text: str) -> tuple[dict, dict]:
    return _encounter("2026-04-29", "Telehealth video visit"), _note("v1", "2026-04-29", text)


def test_a_visit_for_another_problem_is_no_encounter_for_home_care() -> None:
    visit = _visit_with_note("Video visit: itchy patches on both shins x 10 days, likely "
                             "eczema. Start topical steroid, recheck 4 wks.")  # fmt: skip
    assert _first_cert(*visit) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Video visit: MS relapse, more falls at home. Refer home PT for gait and transfers.",
        "Video visit: MS, unsteady gait, needs help getting out of bed. Plan: home health.",
        "Video visit: leaving the house takes two helpers and a wheelchair; homebound.",
    ],
)
def test_a_visit_about_the_care_at_home_is_the_encounter(text: str) -> None:
    assert _first_cert(*_visit_with_note(text)) == "met"


def test_a_visit_with_no_note_of_its_day_stands_on_its_type() -> None:
    assert _first_cert(_encounter("2026-04-29", "Office visit")) == "met"


def _recert(title: str, *notes: dict) -> str:
    plan = {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": title,
        "description": "Dx L97.412. SN 3w9: wound care. Signed P. Ostrowski MD 05/02/2026.",
        "period": {"start": "2026-05-04", "end": "2026-07-02"},
        "author": {"reference": "Practitioner/dr"},
    }
    referral = _note("v1", "2026-01-20", "Wound clinic (in person): R heel ulcer 2 x 1.5 cm. "
                     "Needs SN wound care 3x/wk. Refer home health.")  # fmt: skip
    order = {"authoredOn": "2026-07-06", "occurrenceDateTime": "2026-07-08",
             "note": [{"text": "Recert: SN 2w9."}]}  # fmt: skip
    bundle = record("G0299", plan, referral, *notes, reason="L97.412", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 7))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_an_episode_opened_by_a_recertification_began_a_period_before_it() -> None:
    # 104 days before the recertified period of 5/4, 44 before the 3/5 start it implies.
    assert _recert("Home health POC recert 5/4-7/2/26") == "met"


def test_a_first_certification_is_timed_from_its_own_start() -> None:
    assert _recert("Home health POC 5/4-7/2/26") == "missing"


def test_a_note_recommending_a_recertification_does_not_make_its_period_one() -> None:
    summary = _note("s1", "2026-06-26", "60-day summary: visits 5/4-6/25 SN 26, heel ulcer "
                    "1.2 x 0.8 cm. Recommend recert SN.")  # fmt: skip
    assert _recert("Home health POC 5/4-7/2/26", summary) == "missing"
