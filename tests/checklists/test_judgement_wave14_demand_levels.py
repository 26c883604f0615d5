"""A capacity at or above the job's demand is no functional deficit, found by blind wave 14 (g2,
AV/occ-04): "FCE 6/24/2026: PDC LIGHT-MEDIUM; job demand LIGHT" documents a worker who meets the
job. Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.demand_levels import capacity_meets_demand

from .test_judgement import _note, record, status


def test_a_capacity_at_or_above_the_jobs_demand_meets_it():
    assert capacity_meets_demand("FCE 6/24/2026: PDC LIGHT-MEDIUM; job demand LIGHT (assembly).")
    assert capacity_meets_demand("Physical demand level: medium. Job requires medium work.")
    assert capacity_meets_demand("Job PDC: light; FCE PDC medium-heavy.")
    assert not capacity_meets_demand("FCE: PDC light; job demand MEDIUM.")
    assert not capacity_meets_demand("Job PDC: heavy; FCE PDC light.")
    assert not capacity_meets_demand("FCE: PDC sedentary.")  # no job level to compare with
    assert not capacity_meets_demand("Job demand light duty; FCE pending.")


def _occ(fce: str) -> dict:
    text = (
        "S: 39F line assembler, R wrist sprain at work 3/3/2026.\n"
        "O: R wrist flex 70, ext 65. QuickDASH 9.1 (minimal disability).\n"
        f"{fce}\n"
    )
    return record("97546", _note("n1", "2026-02-20T10:00:00Z", text), reason="S63.501A")


def test_an_fce_meeting_the_jobs_demand_is_no_deficit():
    met = _occ("FCE 2/10/2026: PDC LIGHT-MEDIUM; job demand LIGHT (repetitive assembly).")
    assert status(met, "OCC-003")["status"] == "missing"
    short = _occ("FCE 2/10/2026: PDC LIGHT; job demand MEDIUM (lifting 50 lb).")
    assert status(short, "OCC-003")["status"] == "met"
