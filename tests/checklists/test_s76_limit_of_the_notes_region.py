"""A functional limit told with no body part is about the region its note is about (blind wave
87, LT/ha-03: "Exam L knee: effusion small ...; R knee benign." then "Functional: LEFS 36; can't
kneel, limps after 20 min walking, unable to do stairs at job", read as the right knee's because
the exam's last region was carried to the line; LV/hyaluronan-02: "can't finish his shift on his
feet (line cook)" read as the foot's; LU/shoulder-arthroplasty-03: "can't feed himself with R
hand, DASH 68" read as the hand's for a right reverse TSA).

Near misses stay unmet: the limit under another problem ("#2 R shoulder pain" then "- can't
reach overhead" for a knee), a note about two symptomatic regions, a relative's limit, a denied
one, a line naming another region.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.topic_regions import about_order_alone, complaint_regions

from .test_judgement import _note, record, status

_AS_OF = date(2026, 3, 20)
_LEFT_KNEE = {"bodySite": [{"text": "left knee"}]}


def _hya005(text: str) -> str:
    bundle = record("J7321", _note("n1", "2026-03-01", text), reason="M17.12", order=_LEFT_KNEE)
    return status(bundle, "HYA-005", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        # LT/ha-03's shape: the exam's last region is the other knee, called benign.
        "Ortho PA f/u. L knee OA. Naproxen not enough.\n"
        "Exam L knee: effusion small, medial JLT, crepitus; R knee benign.\n"
        "Functional: can't kneel, limps after 20 min walking, unable to do stairs at job.\n"
        "Plan: Hyalgan L knee weekly x 5.",
        "L knee pain x 8 months.\nExam: L knee crepitus, medial JLT. R knee normal.\n"
        "Difficulty with stairs, limps after 2 blocks.\nA/P: L knee OA. Gel injection.",
        # LV/hyaluronan-02's: standing told as "on his feet".
        "S: 63 yo M L knee pain since April.\n"
        "Limits: can't finish his shift on his feet (line cook), stairs painful.\n"
        "A/P: L knee OA. Synvisc-One L knee.",
        "L knee OA. Unable to stay on her feet more than 20 min at work. Plan: gel shot L knee.",
    ],
)
def test_a_limit_told_without_its_region_is_the_notes_knee(text: str) -> None:
    assert _hya005(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # Under another problem.
        "Assessment/Plan:\n#1 L knee OA - gel injection L knee.\n"
        "#2 R hip pain\n- difficulty with stairs, limps after 2 blocks\n",
        # Two symptomatic regions, the limit carried from the other.
        "L knee OA and R hip pain.\nExam: L knee crepitus. R hip pain with FADIR, IR limited.\n"
        "Difficulty with stairs, limps after 2 blocks.\nPlan: gel L knee.",
        # The line names another region.
        "L knee OA, crepitus. Walks 50 feet then stops because of R hip pain.\nPlan: gel L knee.",
        # A relative's, or denied.
        "L knee OA.\nExam: L knee crepitus. R knee normal.\n"
        "Mother: can't do stairs, limps after 2 blocks.\nPlan: gel L knee.",
        "L knee OA.\nExam: L knee crepitus. R knee normal.\n"
        "No difficulty with stairs, no limp.\nPlan: gel L knee.",
        # The feet themselves.
        "L knee OA. Exam: L knee crepitus. Ulcers on his feet, can't walk more than 2 blocks"
        " because of foot pain.\nPlan: gel L knee.",
    ],
)
def test_a_limit_of_another_region_or_person_stays_unmet(text: str) -> None:
    assert _hya005(text) != "met", text


def test_a_region_called_normal_or_a_relatives_is_no_complaint() -> None:
    assert complaint_regions("R knee benign. Mother had bad hips. No L hip pain.") == []
    assert about_order_alone("L knee OA; R knee benign.", frozenset({"knee", "knee:left"}))
    assert not about_order_alone("L knee OA, R hip pain.", frozenset({"knee", "knee:left"}))
    assert not about_order_alone("Limps after 2 blocks.", frozenset({"knee", "knee:left"}))


_RIGHT_SHOULDER = {"bodySite": [{"text": "right shoulder"}]}


def _tsa003(text: str) -> str:
    bundle = record("23472", _note("n1", "2026-03-01", text), reason="M19.011",
                    order=_RIGHT_SHOULDER)  # fmt: skip
    return status(bundle, "TSA-003", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "77M, R shoulder pain since last fall. Pseudoparalysis, can't feed himself with R hand.",
        "R shoulder cuff tear arthropathy. Unable to get hand to mouth.",
        "R shoulder OA. Needs help feeding herself since the winter.",
    ],
)
def test_feeding_lost_to_the_arm_is_the_shoulders_limit(text: str) -> None:
    assert _tsa003(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "R shoulder OA. Feeds himself independently.",
        "R shoulder OA. Independent with self-feeding.",
        "R shoulder OA, pain 6/10. Can't button with L hand since his stroke (L hand weak).",
    ],
)
def test_feeding_done_or_hand_work_is_no_shoulder_limit(text: str) -> None:
    assert _tsa003(text) != "met", text
