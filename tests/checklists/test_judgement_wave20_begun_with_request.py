"""Care begun with the request is not care tried before it (blind wave 20, BS/lmri-02): PT
"Dates: 12/01/2025 - 01/11/2026 (10 visits)", 41 days, then at the 1/23 visit "P: MRI
L-spine ... Rx meloxicam 15 mg daily started today" with its order of that day made an episode
of 56 days by as_of 1/26; the reviewer: "meloxicam just started". An episode still runs from
the first care to the last across gaps; what begins on the day the service is ordered does not
carry earlier care on to the request. A drug begun before the order still does, and care begun
only with the request stays the trial a follow-up exam must come after."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_PT = "PHYSICAL THERAPY DISCHARGE SUMMARY\nLumbar radiculopathy.\nDates: {} (10 visits)\n"
_VISIT = (
    "S: R leg pain persists despite PT. Symptoms 2.5 months.\nO: SLR + R at 40 deg, R Achilles "
    "1+, decreased sensation lateral R foot.\nA: R S1 radiculopathy.\nP: MRI L-spine w/o. Rx "
    "meloxicam 15 mg daily started {}."
)


def _meloxicam(started: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "m1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": started,
        "medicationCodeableConcept": {"text": "meloxicam 15 mg oral tablet"},
        "requester": {"reference": "Practitioner/dr"},
    }


def _lmri(last_visit: str, started: str, said: str = "today") -> dict[str, str]:
    """PT from 12/01/2025 to ``last_visit``, its discharge summary written that day."""
    day = date.fromisoformat(last_visit)
    notes = [
        _note("n1", last_visit, _PT.format(f"12/01/2025 - {day:%m/%d/%Y}")),
        _note("n2", "2026-01-23", _VISIT.format(said)),
    ]
    order = {"authoredOn": "2026-01-23", "occurrenceDateTime": "2026-02-06"}
    bundle = record("72148", _meloxicam(started), *notes, reason="M51.16", order=order)
    report = score_bundle(bundle, service="72148", as_of=date(2026, 1, 26))
    return {i["id"]: i["status"] for i in report["items"]}


def test_a_drug_begun_with_the_request_does_not_carry_the_episode() -> None:
    assert _lmri("2026-01-11", "2026-01-23")["LMRI-003"] != "met"


def test_a_drug_begun_before_the_order_still_does() -> None:
    assert _lmri("2026-01-11", "2026-01-05", "1/5")["LMRI-003"] == "met"


def test_earlier_care_of_six_weeks_is_still_an_episode() -> None:
    assert _lmri("2026-01-13", "2026-01-23")["LMRI-003"] == "met"
