"""Occupational-medicine work injury scenarios: work hardening (CPT 97545) after a lifting injury."""

from __future__ import annotations

from . import factories as f
from .common import Chart, Scenario

WORK_HARDENING = ("cpt", "97545")
LIFT_TEST = (
    "urn:oid:1.2.840.114350.1.13.0.1.7.2.707679",
    "FCE-LIFT",
    "Floor to waist lifting capacity",
)

INJURY_NOTE = """Occupational medicine visit. 41 year old warehouse worker injured at work on August 18, 2026 while lifting a 60 pound box from the floor at Midwest Freight Logistics. Workers compensation claim number WC-2026-448812. He felt immediate low back pain without leg radiation.

History: He completed 10 sessions of physical therapy and a home exercise program over 10 weeks with partial improvement. He has taken naproxen.

Function: Can lift only 20 pounds floor to waist; job requires 50 pounds. Unable to tolerate standing more than 2 hours. Oswestry Disability Index 32 percent.

Exam: Lumbar paraspinal tenderness, flexion limited to 60 degrees, negative straight leg raise bilaterally, strength and reflexes normal.

Imaging: Lumbar x-ray August 19 showed no fracture.

Work status: Modified duty, no lifting over 20 pounds, since August 25.

Plan: Refer to a work hardening program 4 hours per day, 5 days per week for 4 weeks, with the goal of return to full duty lifting 50 pounds."""

GAPPED_NOTE = """Follow-up visit for low back strain. 36 year old man with low back pain since August. Completed physical therapy.

Exam: Lumbar paraspinal tenderness.

Plan: Refer to work hardening program."""


def _chart(variant: str, name: tuple[str, str], birth: str, member: str) -> Chart:
    return Chart(
        f"occ-{variant}",
        name,
        birth,
        "male",
        "OH",
        member_id=member,
        plan="Ohio Medicaid",
        clinician=("Marcus", "Delacroix", "147362958", "Occupational medicine"),
    )


def _common(chart: Chart) -> dict:
    strain = chart.condition(
        "dx-strain",
        ("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter"),
        ("263102004", "Strain of lumbar region"),
        "2026-08-18",
    )
    chart.therapy_sessions(
        [
            f"2026-{d}"
            for d in (
                "08-27",
                "09-03",
                "09-10",
                "09-17",
                "09-24",
                "10-01",
                "10-08",
                "10-15",
                "10-22",
                "10-29",
            )
        ]
    )
    chart.procedure("xr-lumbar", "2026-08-19", (f.CPT, "72100", ""), "X-ray lumbar spine 2-3 views")
    return strain


def complete() -> Scenario:
    chart = _chart("complete", ("Rafael", "Szymanski"), "1985-01-27", "10582937461")
    strain = _common(chart)
    chart.condition(
        "dx-work",
        ("Y99.0", "Civilian activity done for income or pay"),
        None,
        "2026-08-18",
        category="encounter-diagnosis",
    )
    chart.observation("lift", "2026-11-16", "exam", LIFT_TEST, value=20, unit="[lb_av]")
    visit = chart.visit("visit-occ", "2026-11-16", "99214", "Occupational medicine visit")
    chart.note("note-occ", "2026-11-16", "progress", INJURY_NOTE, visit)
    chart.order(
        WORK_HARDENING,
        "Work hardening program, initial 2 hours",
        [strain],
        visit,
        "2026-11-16",
        quantity=20,
    )
    return Scenario(
        "occ",
        "complete",
        WORK_HARDENING,
        "Work hardening after a documented lifting injury at work, claim and work status: complete",
        resources=chart.resources,
    )


def gapped() -> Scenario:
    chart = _chart("gapped", ("Dennis", "Abernathy"), "1990-10-05", "10693847502")
    strain = _common(chart)
    visit = chart.visit("visit-occ", "2026-11-16", "99213", "Office visit")
    chart.note("note-occ", "2026-11-16", "progress", GAPPED_NOTE, visit)
    chart.order(
        WORK_HARDENING,
        "Work hardening program, initial 2 hours",
        [strain],
        visit,
        "2026-11-16",
        quantity=20,
    )
    return Scenario(
        "occ",
        "gapped",
        WORK_HARDENING,
        "Work hardening referral with no injury details (date, mechanism, employer, claim), no "
        "function, and a plan with no hours, weeks or return-to-work goal",
        intended_gaps=["work-injury", "functional-deficits", "treatment-plan"],
        denial_reasons=["medical-necessity", "missing-clinical-notes"],
        resources=chart.resources,
    )
