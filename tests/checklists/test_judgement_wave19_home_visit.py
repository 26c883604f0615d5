"""A practitioner's visit in the patient's home is a face-to-face encounter (blind wave 19,
BM/hh-03): "HOME VISIT 11/28/2026 - NP Moreau" is the nurse practitioner seeing the patient about
the wound before home care starts (42 CFR 424.22(a)(1)(v) allows an NP or physician to perform
it). A home health nurse's or therapist's visit is the service itself, not the encounter, and a
home visit still to come is none.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _f2f(text: str) -> str:
    bundle = record("G0299", _note("n1", "2026-02-20", text), reason="L89.153")
    return status(bundle, "HHC-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "HOME VISIT 2/20/2026 - NP Moreau\nStage 3 sacral PI, wound VAC.",
        "Home visit by Dr. Hale today: stage 3 sacral PI 4 x 3 cm.",
        "Home visit (Celine Moreau, FNP): wound measured 4 x 3 x 1.5 cm.",
        "Physician home visit for sacral wound; drainage moderate.",
    ],
)
def test_a_practitioner_s_home_visit_is_face_to_face(text: str) -> None:
    assert _f2f(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "RN home visit 2/20: wound VAC changed, sterile technique.",
        "HH SN home visit: dressing changed.",
        "PT home visit: gait training with walker.",
        "Will schedule NP home visit next week.",
    ],
)
def test_a_nurse_s_or_a_future_home_visit_is_not(text: str) -> None:
    assert _f2f(text) != "met"
