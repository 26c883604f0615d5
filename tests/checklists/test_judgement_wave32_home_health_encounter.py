"""Blind wave 32: when the home-health episode a face-to-face encounter is timed from began.

A run of certification periods whose first on record is a plan of care charted as a
recertification ("HH POC recert 6/10-8/8") began at least one 60-day period before it: the
encounter is timed from then, so the wound clinic's referral visit before the original start of
care serves the next recertification (DM/hh-02). A note that recommends a recertification beside
the period it reviews does not make that period one (CX/hh-01).
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


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
