"""An Encounter typed "Post-hospital follow-up" or "Post-discharge visit", with no visit code, is
the practitioner's visit after the stay: the home health face-to-face encounter (42 CFR
424.22(a)(1)(v), OAC 5160-12-01) when it is about the reason for home care (blind wave 70,
JH/hh-03: an AMB Encounter "Post-hospital follow-up" two days before home nursing for COPD).
"hospital" and "discharge" were already visit words, but only standing alone: the hyphen of
"post-" hid them. A follow-up held by telephone is no face-to-face encounter (telehealth must
be audio and video), nor one outside the 90 days before the start of care.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-08"}
_NOTE = (
    "COPD exacerbation, d/c'd 8/15 on home O2 2L and a new inhaler. Leaves home only for MD "
    "appts, SOB after 20 ft, needs rest."
)


def _hhc001(kind: str, when: str = "2026-08-20") -> str:
    visit = {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": when, "end": when},
        "type": [{"text": kind}],
    }
    bundle = record("G0299", visit, _note("n1", when, _NOTE), reason="J44.1", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "kind",
    [
        "Post-hospital follow-up",
        "Post-discharge visit",
        "Posthospital follow up",
        "Post hospital f/u",
        "Post-discharge follow-up (in person)",
        "Post-hospitalization visit",
    ],
)
def test_a_visit_after_the_stay_is_a_face_to_face(kind: str) -> None:
    assert _hhc001(kind) == "met", kind


@pytest.mark.parametrize(
    "kind",
    [
        "Post-hospital follow-up call (telephone)",
        "Post-discharge phone call",
        "Post-discharge call",
        "Post-hospital follow-up - audio only",
    ],
)
def test_a_follow_up_by_telephone_is_no_face_to_face(kind: str) -> None:
    assert _hhc001(kind) != "met", kind


def test_a_visit_after_a_stay_long_before_the_care_is_none() -> None:
    assert _hhc001("Post-hospital follow-up", when="2026-05-20") != "met"
