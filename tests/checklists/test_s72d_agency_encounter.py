"""The home health face-to-face encounter is the certifying physician's or allowed
practitioner's (42 CFR 424.22(a)(1)(v), OAC 5160-12-01): a visit by the agency's therapist,
nurse or aide is the service itself, not the encounter (brief s72-d, a risk the lead found on
stop 72's engine: an Encounter typed "PT follow-up visit" was kept as HHC-001's visit, read as a
"follow-up visit"). The record says whose visit it was in the Encounter's type, in its
serviceType, or by its participants' credentials; the Encounter's reason ("needs aide for ADLs")
names the care asked for, not who came.

Still the encounter: a practitioner's visit however typed ("Office Visit", "Neuro follow-up",
"Telehealth visit with PCP", "Hospitalist discharge encounter"), an established patient's
"EST PT f/u" (PT the patient, signers.py), and a visit whose physician a nurse roomed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-04-03"}
_NOTE = (
    "s/p L MCA stroke 2/2026. R hemiparesis, walks 20 ft with quad cane + min A. Leaving home "
    "requires 2-person assist and wheelchair transport. Cont home PT for gait/transfers."
)


def _hhc001(kind: str, cls: str = "AMB", **extra: Any) -> str:
    when = "2026-03-20"
    visit = {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": cls},
        "subject": {"reference": "Patient/p"},
        "period": {"start": when, "end": when},
        "type": [{"text": kind}],
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        **extra,
    }
    bundle = record("G0151", visit, _note("n1", when, _NOTE), reason="I69.351", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "kind",
    [
        "PT follow-up visit",
        "Physical Therapy Follow Up",
        "OT follow-up visit",
        "SLP visit",
        "Speech therapy follow-up",
        "HH RN visit",
        "Home health aide",
        "PT f/u - gait",
        "OT F/U in person",
        "SN visit - wound care follow-up",
        "HHA visit",
        "Physiotherapy follow up visit",
        "PTA follow-up visit",
        "Occupational therapist follow-up",
        "Home health visit - follow-up",
        "PT eval",
        "Follow-up - OT f/u",
        "Outpatient PT follow up",
    ],
)
def test_an_agency_discipline_visit_is_no_face_to_face(kind: str) -> None:
    assert _hhc001(kind) != "met", kind


@pytest.mark.parametrize(
    "service",
    ["Physical therapy", "Home health nursing", "Home Health Aide", "Occupational Therapy"],
)
def test_a_follow_up_whose_service_is_the_agency_discipline_is_none(service: str) -> None:
    assert _hhc001("Follow-up visit", serviceType={"text": service}) != "met", service


@pytest.mark.parametrize(
    "who",
    ["Brock Tanaka, PT", "Dana Ruiz, RN", "Lena Ortiz, HHA", "Ana Pruitt, PTA", "Kim Lo, OTR/L"],
)
def test_a_follow_up_held_by_agency_hands_only_is_none(who: str) -> None:
    participant = [{"individual": {"reference": "Practitioner/x", "display": who}}]
    assert _hhc001("Follow-up visit", participant=participant) != "met", who


@pytest.mark.parametrize(
    "kind",
    [
        "Office Visit",
        "Neuro follow-up",
        "Telehealth visit with PCP",
        "Hospitalist discharge encounter",
        "EST PT f/u",
        "Est Pt Follow-up visit",
        "New PT office visit - neurology",
        "Pt follow-up visit",
        "Follow-up visit",
        "Post-op visit",
        "Nurse practitioner follow-up",
        "Nursing facility follow-up visit",
        "SNF follow-up visit",
        "Office visit - PT eval ordered",
        "Video visit - MS, needs aide for ADLs",
        "Follow-up visit - home PT recertification",
    ],
)
def test_a_practitioners_visit_still_counts(kind: str) -> None:
    assert _hhc001(kind) == "met", kind


def test_a_visit_whose_reason_names_the_care_asked_for_still_counts() -> None:
    reason = [{"text": "needs home PT and aide after stroke"}]
    assert _hhc001("Follow-up visit", reasonCode=reason) == "met"


def test_a_physician_visit_a_nurse_roomed_still_counts() -> None:
    participant = [
        {"individual": {"reference": "Practitioner/dr", "display": "Mark Gundersen, DO"}},
        {"individual": {"reference": "Practitioner/rn", "display": "Dana Ruiz, RN"}},
    ]
    assert _hhc001("Follow-up visit", participant=participant) == "met"


def test_a_physicians_follow_up_typed_by_its_service_still_counts() -> None:
    assert _hhc001("Follow-up visit", serviceType={"text": "Neurology"}) == "met"
