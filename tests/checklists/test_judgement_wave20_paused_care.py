"""Care stopped, then a pause longer than the trial asked for, then care begun anew are two
attempts, not one episode (blind wave 18, BJ/aim-03): meloxicam ordered 7/20 and "Stopped
meloxicam after 5 days in July (stomach upset), not taking anything else", then PT begun 9/15
after a waitlist ("has had 3 visits so far"), made one 57-day episode; the reviewer: "no
6-week trial". An episode still runs across gaps when the care before them ran on (the order
taken daily), or the pause is shorter than the trial."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_RADICULOPATHY = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M54.12"}]},
    "onsetDateTime": "2026-07-06",
}
_MELOXICAM = {
    "resourceType": "MedicationRequest",
    "id": "m1",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"text": "meloxicam 15 MG Oral Tablet"},
    "authoredOn": "2026-07-20",
    "dosageInstruction": [{"text": "15 mg daily"}],
}
_PT_EVAL = {
    "resourceType": "Procedure",
    "id": "pr1",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]},
    "performedDateTime": "2026-09-15",
}
_VISIT = (
    "PCP VISIT 07/20/2026\nS: neck pain radiating to R arm x 2 wks, tingling R thumb.\n"
    "O: Spurling + R. Biceps reflex 1+ R. Sensation decreased R C6 dermatome.\n"
    "A: R C6 radiculopathy.\nP: Meloxicam 15 mg daily, PT referral 6 wks. f/u 6 wks."
)


def _aim(phone: str) -> str:
    notes = [
        _note("d1", "2026-07-20", _VISIT),
        _note("d2", "2026-09-29", f"PHONE NOTE 09/29/2026\n{phone}\nOK to order MRI C-spine."),
    ]
    order = {"authoredOn": "2026-09-29", "occurrenceDateTime": "2026-10-12"}
    bundle = record(
        "72141", _RADICULOPATHY, _MELOXICAM, _PT_EVAL, *notes, reason="M54.12", order=order
    )
    report = score_bundle(bundle, service="72141", as_of=date(2026, 10, 5))
    return {i["id"]: i for i in report["items"]}["AIM-003"]["status"]


def test_care_stopped_then_a_long_pause_is_no_episode_with_what_follows() -> None:
    phone = (
        "Pt calling - PT started 9/15, has had 3 visits so far. Stopped meloxicam after 5 days "
        "in July (stomach upset), not taking anything else. Still R arm tingling."
    )
    assert _aim(phone) != "met"


@pytest.mark.parametrize(
    "phone",
    [
        # The order taken daily runs on to the PT: one episode.
        "Pt calling - PT started 9/15, has had 3 visits so far. Taking meloxicam daily. "
        "Still R arm tingling.",
        # Stopped 8/25, PT three weeks later: a pause shorter than the trial.
        "Pt calling - PT started 9/15, has had 3 visits so far. Stopped meloxicam 8/25 "
        "(stomach upset). Still R arm tingling.",
    ],
)
def test_care_that_ran_on_or_paused_briefly_is_one_episode(phone: str) -> None:
    assert _aim(phone) == "met"
