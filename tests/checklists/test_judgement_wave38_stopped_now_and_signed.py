"""Blind wave 38: an activity the patient "had to stop", a duration said after "now", and a plan
of care signed by "Dr." name.

- "Still pain with stairs, had to stop coaching his son's basketball team" (EK/tka-03) loses an
  activity as "stopped coaching" does (TKA-003); "had to stop PT due to work" loses none.
- "LBP + L leg pain, now 3 months." (EK/lmri-01) says how long the pain has gone on (LMRI-002);
  "now 6 weeks post-op" times the surgery, not the symptom.
- An agency PT's evaluation whose plan of care ends "Signed Dr. Borowski 3/21/26"
  (EL/homehealth-03) is signed by the practitioner, though no credential follows the name
  (HHC-004); "to be signed by Dr. Borowski" is a signature still to come.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record, status

_KNEE = "R knee medial OA, XR moderate narrowing. Naproxen and PT since January. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Still pain with stairs and walking >20 min, had to stop coaching his son's team.", "met"),
        ("Has had to give up gardening because of the knee.", "met"),
        ("Had to stop PT due to work. Knee aches at night.", "missing"),
    ],
)
def test_an_activity_the_patient_had_to_stop_is_a_functional_limit(text, expected):
    bundle = record("27447", _note("n1", "2026-02-20", _KNEE + text), reason="M17.11")
    assert status(bundle, "TKA-003")["status"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subjective: LBP + L leg pain, now 3 months. SLR + L at 40 deg.", "met"),
        ("Low back pain radiating to L leg, now 8 weeks; no better with rest.", "met"),
        # the time since an operation is no duration of the pain
        ("Low back pain radiating to L leg, now 8 weeks post-op from hernia repair.", "partial"),
    ],
)
def test_a_duration_after_now_is_how_long_the_symptom_has_lasted(text, expected):
    bundle = record("72148", _note("n1", "2026-02-20", text), reason="M54.16")
    assert status(bundle, "LMRI-002")["status"] in (
        (expected,) if expected == "met" else ("partial", "missing")
    )


def _therapist() -> dict:
    return {
        "resourceType": "Practitioner",
        "id": "pt",
        "name": [{"family": "Greer", "given": ["Lionel"], "suffix": ["PT"]}],
    }


def _evaluation(signature: str) -> dict:
    text = (
        "HH PT evaluation (SOC 2/20/26). TUG 26 s, ambulates 50 ft with RW; leaving home takes "
        "2-person assist: homebound. Skilled PT for gait, transfer and balance training. "
        f"POC: PT 2w4, 1w4 (12 visits) through 4/30/26; goals TUG < 18 s, 150 ft with RW. "
        f"{signature}"
    )
    note = _note("eval", "2026-02-20", text)
    note["author"] = [{"reference": "Practitioner/pt"}]
    return note


@pytest.mark.parametrize(
    ("signature", "met"),
    [
        ("Signed Dr. Borowski 2/21/26.", True),
        ("E-signed by Dr. Borowski 02/21/2026.", True),
        ("To be signed by Dr. Borowski.", False),
        ("Lionel Greer, PT 2/20/26", False),
    ],
)
def test_a_plan_of_care_signed_by_doctor_name_is_the_practitioners(signature, met):
    order = {"authoredOn": "2026-02-21", "occurrenceDateTime": "2026-02-24",
             "note": [{"text": "PT 12 visits (2w4, 1w4)"}]}  # fmt: skip
    bundle = record("G0151", _therapist(), _evaluation(signature), reason="S72.001D", order=order)
    report = score_bundle(bundle, as_of=date(2026, 2, 23))
    item = {i["id"]: i for i in report["items"]}["HHC-004"]
    assert (item["status"] == "met") is met


def _hh_order_items(plan_text: str) -> dict[str, str]:
    """A skilled-nursing order of 4/06 for visits from 4/13, the wound visit of 11/14 before it,
    and the agency's plan of care for 4/13-6/11 written on 4/06."""
    visit = {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "AMB"},
        "type": [{"text": "Office visit"}],
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        "period": {"start": "2025-11-14", "end": "2025-11-14"},
    }
    visit_note = _note("f2f", "2025-11-14", "F2F for home health: new stage 3 sacral ulcer 4x3 "
                       "cm. Needs SN for wound care. Homebound: w/c dependent.")  # fmt: skip
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-13",
             "note": [{"text": "SN 3w9 = 27 visits"}]}  # fmt: skip
    plan = _note("poc", "2026-04-06", plan_text)
    bundle = record("G0299", visit, visit_note, plan, reason="L89.153", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 10))
    return {i["id"]: i["status"] for i in report["items"]}


_PERIOD = (
    "\nCert period: 04/13/2026 - 06/11/2026\nDx: L89.153\nOrders: SN 3w9 (27 visits) wound care"
    "\nGoals: wound < 1 cm2 by 6/11\nPhysician signature: ***"
)


@pytest.mark.parametrize(
    ("plan_text", "expected"),
    [
        # the next period, headed as a recertification: the episode began a period before it
        ("HOME HEALTH CERTIFICATION AND PLAN OF CARE - RECERT" + _PERIOD, "met"),
        # a first certification: the order opens the episode, and 11/14 is 143 days before it
        ("HOME HEALTH CERTIFICATION AND PLAN OF CARE" + _PERIOD, "missing"),
        # a recertification recommended further down is no heading
        ("HOME HEALTH CERTIFICATION AND PLAN OF CARE" + _PERIOD + "\nRecommend recert.", "missing"),
    ],
)
def test_a_recertified_period_after_the_order_continues_an_earlier_episode(plan_text, expected):
    assert _hh_order_items(plan_text)["HHC-001"] == expected
