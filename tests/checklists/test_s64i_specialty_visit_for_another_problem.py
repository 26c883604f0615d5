"""A specialist's visit for a problem of the specialty, not the reason for home care, is no home
health face-to-face encounter (42 CFR 424.22(a)(1)(v): related to the primary reason).

Blind wave 65 (IN/hh-02): home PT for gait and falls after a stroke, and the only visit in the
window a "Telehealth Video Visit - Cardiology" whose note reads "AF rate controlled on
diltiazem ... discussed bleeding risk with falls history": HHC-001 met on it. A visit its type or
its note's heading names a specialty clinic's (cardiology, pulmonology, nephrology, ...) is held
to the ``elsewhere`` test when none of the order's diagnoses is of that specialty's organs
(visit_about.py, ``specialties``); a cardiology visit for a heart failure patient's home nursing
is about the reason, and any visit whose note speaks of the need still counts.
"""

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


def _hhc001(kind: str, text: str, reason: str = "I69.354") -> str:
    bundle = record("G0151", _visit(kind), _note("n1", "2026-08-20", text), reason=reason,
                    order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("Telehealth Video Visit - Cardiology",
         "Cardiology telehealth (video) 08/20/2026\nAF rate controlled on diltiazem. Apixaban 5 "
         "BID; discussed bleeding risk with falls history - benefits outweigh. No chest pain."),
        ("Office Visit", "Cardiology f/u 8/20/26: HTN and paroxysmal AF stable, echo EF 55%. "
         "Continue metoprolol. RTC 6 mo."),
        ("Cardiology Clinic Visit", "Palpitations resolved; Holter 1% PVCs. No changes."),
        ("Video Visit", "Pulmonology video visit: COPD stable on Trelegy, no exacerbation since "
         "spring. Spirometry next year."),
        ("Nephrology Office Visit", "CKD 4 f/u: Cr 2.9, K 5.1. Low potassium diet reviewed."),
        ("GI Clinic Visit", "Gastroenterology f/u: GERD controlled on omeprazole. EGD not needed."),
    ],
)
def test_a_specialist_s_visit_for_another_problem_is_no_face_to_face(kind, text) -> None:
    assert _hhc001(kind, text) != "met"


def test_a_cardiology_visit_for_the_heart_failure_home_care_is_for_counts() -> None:
    text = "Cardiology f/u 8/20/26: CHF NYHA III, EF 30%, 2+ edema, wt up 3 lb. Lasix 40 BID."
    assert _hhc001("Cardiology Office Visit", text, reason="I50.22") == "met"


def test_a_specialist_s_visit_that_speaks_of_the_need_counts() -> None:
    text = (
        "Cardiology video visit 8/20: AF controlled. Since the stroke he is homebound, needs two "
        "people to leave the house; agree with home PT for gait and falls."
    )
    assert _hhc001("Telehealth Video Visit - Cardiology", text) == "met"


def test_a_primary_care_visit_about_the_heart_still_stands() -> None:
    # What a primary care visit is "about" has no finding of its own (visit_about.py).
    text = "F/u AF and HTN. Rate controlled. Wife asks about help at home."
    assert _hhc001("Office Visit", text) == "met"
