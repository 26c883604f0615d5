"""The question a cardiac test answers stands until the test is done (blind wave 17,
BF/card-04): "Plan exercise MPI to look for ischemia; if ischemia -> repeat cath" was written at
a March visit, and the MPI was ordered by phone in July ("MPI not yet scheduled - will order").
CARD-006 read it over 90 days and called the plan missing; LCD L33960 states no window, and the
checklist reads the same work-up's resting ECG and exercise ability over 180 days. The recent
evaluation of the symptoms keeps its 60 days (CARD-001), and a plan older than the work-up (nine
months) is still none."""

from __future__ import annotations

from .test_judgement import _note, record, status

PLAN = (
    "S: 64F h/o CAD s/p PCI LAD 2019. Reports DOE walking 1 block x 1 mo.\n"
    "A/P: CAD, new DOE. Plan exercise MPI to look for ischemia; if ischemia -> repeat cath.\n"
)


def _mpi(when: str) -> dict:
    return record("78452", _note("n1", when, PLAN), reason="I25.10")


def test_the_visit_that_planned_the_test_states_its_question_months_later():
    bundle = _mpi("2025-10-20")  # 132 days before the request
    assert status(bundle, "CARD-006")["status"] == "met"
    assert status(bundle, "CARD-001")["status"] == "missing"  # the symptoms need a recent visit


def test_a_plan_older_than_the_work_up_is_not():
    assert status(_mpi("2025-06-01"), "CARD-006")["status"] == "missing"
