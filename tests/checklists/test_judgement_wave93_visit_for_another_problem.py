"""A home health face-to-face visit whose note states another problem as its reason is no
face-to-face encounter (blind wave 93, MT/home-health-03; 42 CFR 424.22(a)(1)(v): the encounter
is related to the primary reason for home care). "Video visit for new itchy rash on forearms x 3
days, likely contact dermatitis from new soap. Triamcinolone cream. RTC prn." met HHC-001 for
skilled nursing of a diabetic heel ulcer: its Encounter, typed only "Video visit", stated no
reason and named no other clinic (smartapp/checklists/visit_stated.py).

A visit that takes the need up among other problems, one whose stated reason is home care, one
whose day's note speaks of the homebound state or the skilled need, a note stating no reason and
an Encounter with no note of its day still count.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.visit_stated import _stated
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_s40_visit_at_another_clinic import _hhc001, _visit

_WOUND_ORDER = {
    "authoredOn": "2026-09-01",
    "occurrenceDateTime": "2026-09-08",
    "note": [{"text": "SN 3w4 for wound care (NPWT dressing change) and diabetic teaching."}],
}


def _wound_hhc001(*resources: dict) -> str:
    bundle = record("G0299", *resources, reason="L97.412", order=_WOUND_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


_RASH = (
    "Video visit for new itchy rash on forearms x 3 days, likely contact dermatitis from new "
    "soap. Triamcinolone cream. RTC prn."
)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("Video visit", _RASH),
        ("Telehealth visit", "TELEHEALTH NOTE 8/20/26\nS: Seen via video for sore throat x 2 "
                             "days. Rapid strep negative. Salt water gargles."),
        ("Office Visit", "CC: ingrown toenail R great toe.\nPartial nail avulsion, tolerated."),
        ("Office Visit", "Acute visit for cough and congestion x 1 wk. Lungs clear. Viral URI."),
    ],
)  # fmt: skip
def test_a_visit_whose_note_states_another_problem_is_no_face_to_face(kind, text) -> None:
    assert _wound_hhc001(_visit(kind), _note("n1", "2026-08-20", text)) != "met"


@pytest.mark.parametrize(
    "text",
    [
        # the need taken up among other problems
        "Video visit for new rash on forearms; also R heel ulcer check, NPWT in place.",
        "Video visit for rash on arms. Wound on heel granulating, continue NPWT.",
        # the stated reason is home care itself
        "Video visit for home health certification; rash on arms noted.",
        # no reason stated
        "F/u DM2. A1c 8.1. Rash on arms, hydrocortisone.",
    ],
)
def test_a_visit_that_takes_up_the_need_still_counts(text: str) -> None:
    assert _wound_hhc001(_visit("Video visit"), _note("n1", "2026-08-20", text)) == "met"


def test_an_encounter_with_no_note_of_its_day_stands_by_its_type() -> None:
    assert _wound_hhc001(_visit("Video visit")) == "met"


def test_a_stroke_visit_for_another_problem_that_speaks_of_the_skilled_need_counts() -> None:
    text = (
        "Video visit for rash on forearms. Also: s/p stroke, R hemiparesis, homebound, needs "
        "PT at home for gait and transfers."
    )
    assert _hhc001(_visit("Video visit"), _note("n1", "2026-08-20", text)) == "met"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_RASH, "new itchy rash on forearms x 3 days, likely contact dermatitis from new soap"),
        ("VISIT NOTE\nS: Seen today for sore throat.", "sore throat"),
        ("Chief complaint - rash", "rash"),
        ("Reason for visit: UTI sx", "UTI sx"),
        ("PCP f/u in office. BP fine.", ""),
        ("Office visit 8/20: BP check", ""),
    ],
)
def test_the_reason_a_note_states_for_its_visit(text: str, reason: str) -> None:
    assert _stated(text) == reason
