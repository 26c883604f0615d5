"""A note of the ordering practitioner's that names itself the face-to-face visit is the power
chair's mobility examination though no "Exam" header stands in it (brief s66-d; blind wave 68,
IW/dme-wheelchair-03: "FACE TO FACE 8/20/2026" with the exam under "UE:"), as the walker's, bed's
and oxygen's face-to-face reads it. A video visit's "F2F", a blank F2F date, one to come, a visit
about another problem, or one before the six months is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_MOBILITY = (
    "68M severe bilat knee OA. Walks ~10 ft w/ rolling walker before knee pain 9/10; can't get"
    " to bathroom at night - uses urinal. Cane/walker fail due to pain.\n"
    "UE: shoulders full ROM, strength 5/5 bilat.\nPlan: PWC group 2."
)


def _f2f(text: str, day: str = "2026-08-20") -> str:
    order = {"authoredOn": "2026-08-27", "occurrenceDateTime": "2026-09-10"}
    note = _note("n1", f"{day}T15:00:00Z", text)
    bundle = record("K0823", note, reason="M17.0", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 9, 1))
    return {i["id"]: i for i in report["items"]}["WHC-001"]["status"]


@pytest.mark.parametrize(
    "title",
    [
        "FACE TO FACE 8/20/2026",
        "Face-to-face mobility exam 08/20/26",
        "F2F visit (in person) 8/20/2026 - PWC",
        "Face to face encounter for power mobility",
        "Seen in clinic today, face-to-face, for PMD evaluation.",
    ],
)
def test_a_face_to_face_note_about_mobility_is_the_examination(title: str) -> None:
    assert _f2f(f"{title}\n{_MOBILITY}") == "met"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("VIDEO VISIT 8/20/2026 - F2F via telehealth\n" + _MOBILITY, "2026-08-20"),
        ("Face-to-face to be scheduled next month.\n" + _MOBILITY, "2026-08-20"),
        ("FACE TO FACE 1/10/2026\n" + _MOBILITY, "2026-01-10"),
        ("FACE TO FACE 8/20/2026 - dysuria x 3 days. UA +. A/P: cystitis, Macrobid.", "2026-08-20"),
    ],
)
def test_no_face_to_face_examination_is_not(text: str, day: str) -> None:
    assert _f2f(text, day) != "met"
