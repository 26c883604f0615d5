"""A hip replacement needs advanced disease of that hip on the film (blind wave 41, EW/hip-02).

A pelvis film read "LEFT hip: severe narrowing ... RIGHT hip: mild narrowing, small osteophyte"
showed no arthritis that would justify a right hip replacement, and the surgeon's note that
restated it without a side ("XR 3/2026 reviewed - severe OA") repeated the left hip's grade.
THA-001 (``advanced: true``) now drops a finding its own clause grades mild, and a note's unsided
restatement of a film on file that grades the order's side mild only.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.advanced_films import graded_mild

from .test_judgement import _note, record, status
from .test_judgement_wave13_regions import _report


def _hip_film(*resources: dict) -> str:
    return status(record("27130", *resources, reason="M16.11"), "THA-001")["status"]


_TWO_HIPS = (
    "Pelvis: L hip with severe loss of joint space and large osteophytes. R hip: minimal "
    "narrowing, tiny osteophytes. Impression: advanced left hip arthritis. Early right hip OA."
)


@pytest.mark.parametrize(
    ("statement", "finding", "mild"),
    [
        ("R hip: mild joint space narrowing, small osteophyte.", "joint space narrowing", True),
        ("R hip: mild joint space narrowing, small osteophyte.", "osteophyte", True),
        ("Impression: Minimal degenerative change of the right hip.", "degenerative change", True),
        ("Patellofemoral narrowing mild.", "narrowing", True),
        # a grade of moderate or worse in the clause is no mild finding
        ("Mild-to-moderate right hip OA.", "OA", False),
        ("Severe narrowing with small subchondral cysts.", "narrowing", False),
        ("Right hip OA (KL 3), mild sclerosis.", "OA", False),
        # a mild word in another clause grades another thing
        ("Moderate OA, mild soft tissue swelling.", "OA", False),
        ("Right hip osteoarthritis.", "osteoarthritis", False),
    ],
)  # fmt: skip
def test_a_finding_is_graded_by_its_own_clause(statement: str, finding: str, mild: bool) -> None:
    start = statement.index(finding)
    assert graded_mild(statement, start, start + len(finding)) is mild


def test_a_film_grading_the_requested_hip_mild_is_no_advanced_disease():
    film = _report("x1", "2026-02-10", "XR pelvis and left hip", _TWO_HIPS)
    assert _hip_film(film) == "missing"


def test_an_unsided_restatement_of_that_film_adds_none():
    film = _report("x1", "2026-02-10", "XR pelvis and left hip", _TWO_HIPS)
    visit = _note("v1", "2026-02-24", "R hip pain, failed PT. XR 2/2026 reviewed: advanced OA.")
    assert _hip_film(film, visit) == "missing"


def test_a_film_of_the_requested_hip_graded_moderate_or_worse_still_counts():
    film = _report("x1", "2026-02-10", "XR pelvis AP", "Moderate right hip OA. Mild left hip OA.")
    assert _hip_film(film) == "met"
    # ... and a note's restatement stands when no film on file grades the hip mild.
    visit = _note("v1", "2026-02-24", "R hip pain. XR 2/2026 reviewed: advanced OA.")
    assert _hip_film(visit) == "met"
