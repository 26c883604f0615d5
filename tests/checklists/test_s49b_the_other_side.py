"""Care of "the other knee" is not this knee's (blind wave 53, GT/hya-03).

A hyaluronan request for one knee whose note says the patient had a steroid injection "in the
opposite knee" names no left or right, and was read as the ordered knee's injection (HYA-003 met).
A side told relative to another ("the other", "opposite", "contralateral") is the opposite of a
one-sided order's; an order with no side keeps it, and a statement naming an explicit side too
is about both knees. "Other joint swelling" (further joints, no determiner) names no side.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.region_match import compatible
from smartapp.evidence.regions import regions_in_text

from .test_judgement import _note, record, status

_RIGHT = frozenset({"knee", "knee:right"})


@pytest.mark.parametrize(
    "said",
    [
        "Got a cortisone injection in her other knee in 2025, good relief there.",
        "Kenalog shot to the opposite knee 8/2025.",
        "s/p contralateral knee steroid injection last spring.",
    ],
)
def test_care_of_the_other_knee_is_no_care_of_a_one_sided_orders(said: str) -> None:
    regions = regions_in_text(said)
    assert "knee:other" in regions
    assert not compatible(_RIGHT, regions)
    assert compatible(frozenset({"knee"}), regions)  # an order with no side keeps it
    assert compatible(frozenset({"knee", "knee:bilateral"}), regions)


def test_the_other_knee_beside_a_named_side_is_both_knees() -> None:
    regions = regions_in_text("L knee injected 3/2025; the other knee injected 6/2025.")
    assert compatible(_RIGHT, regions)
    assert compatible(frozenset({"knee", "knee:left"}), regions)


def test_other_joints_without_a_determiner_name_no_side() -> None:
    assert not any(":" in r for r in regions_in_text("Negative for other joint swelling."))


def _steroid_shot(said: str) -> str:
    note = _note(
        "n1", "2026-02-20",
        f"HPI: 61M R knee OA, pain 2 yrs despite PT and naproxen. {said}\n"
        "Exam R knee: crepitus, medial joint line tenderness.\n"
        "Plan: Synvisc-One 48 mg R knee, single injection.",
    )  # fmt: skip
    return status(record("J7325", note, reason="M17.11"), "HYA-003")["status"]


def test_an_injection_of_the_other_knee_does_not_meet_the_steroid_trial() -> None:
    assert _steroid_shot("Had a steroid injection in the other knee last year.") == "missing"


def test_an_injection_of_this_knee_still_does() -> None:
    assert _steroid_shot("Had a steroid injection in the R knee last year.") == "met"
