"""Lumbar-spine MRI (CPT 72148) scenarios: complete, gapped, and a 45-note bulk patient."""

from __future__ import annotations

import datetime as dt

from . import factories as f
from .common import Chart, Scenario

SERVICE = ("cpt", "72148")
ORDER_TEXT = "MRI lumbar spine without contrast"
RADICULOPATHY = (
    ("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region"),
    ("23056005", "Sciatica"),
)
NAPROXEN = ("7258", "naproxen")
OSWESTRY = ("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", "OSW-ODI", "Oswestry Disability Index")

INITIAL_NOTE = """HPI: 46 year old woman with low back pain radiating down the left leg to the lateral foot since early September, now for 10 weeks. Pain began after moving furniture. She reports numbness in the left lateral foot. She denies bowel or bladder dysfunction and denies saddle anesthesia. No fever, no weight loss, no history of cancer.

Function: Difficulty walking more than one block and unable to sit through a work shift. Oswestry Disability Index 46 percent.

Exam: Positive straight leg raise on the left at 40 degrees. Left ankle reflex diminished. Strength 5/5 except left great toe extension 4/5. Decreased sensation to light touch over the left lateral foot.

Imaging: Lumbar spine x-ray today shows mild degenerative disc disease at L5-S1, no fracture.

Assessment: Lumbar radiculopathy, L5-S1 disc herniation suspected.

Plan: Start physical therapy 1-2 times per week and naproxen 500 mg twice daily with food. Home exercise program. Return in 6-8 weeks."""

FOLLOW_UP_NOTE = """HPI: Follow-up for left lumbar radiculopathy. She completed 8 weeks of physical therapy and took naproxen for 8 weeks with only minimal improvement. Leg pain persists at 7/10. She continues a home exercise program. She denies bowel or bladder dysfunction.

Function: Still unable to work full shifts and has difficulty walking more than two blocks. Oswestry Disability Index 44 percent.

Exam: Positive straight leg raise on the left at 45 degrees. Left ankle reflex diminished. Left great toe extension weakness 4/5, unchanged. Sensation decreased over the left lateral foot. Gait antalgic.

Assessment: Lumbar radiculopathy with persistent deficits after 8 weeks of failed conservative care.

Plan: Order MRI lumbar spine without contrast to evaluate for disc herniation and nerve root compression; results will determine referral for epidural steroid injection or spine surgery consultation."""

GAPPED_NOTE = """HPI: 38 year old man with low back pain for 2 weeks after shoveling. Pain is across the low back without radiation. He has not tried physical therapy. He has not taken anti-inflammatories. He denies bowel or bladder dysfunction. No fever.

Assessment: Acute low back pain.

Plan: Patient requests imaging. Order MRI lumbar spine."""


def _chart(prefix: str, name: tuple[str, str], birth: str, gender: str, member: str) -> Chart:
    return Chart(
        prefix,
        name,
        birth,
        gender,
        "OH",
        member_id=member,
        plan="Ohio Medicaid",
        clinician=("Ana", "Whitfield", "174382910", "Physical medicine and rehabilitation"),
    )


def complete() -> Scenario:
    chart = _chart("lmri-complete", ("Marisol", "Quintero"), "1980-03-14", "female", "10483726591")
    radic = chart.condition("dx-radiculopathy", *RADICULOPATHY, "2026-09-08")
    first = chart.visit("visit-initial", "2026-09-15", "99204", "New patient office visit")
    chart.note("note-initial", "2026-09-15", "hp", INITIAL_NOTE, first)
    chart.procedure("xr-lumbar", "2026-09-15", (f.CPT, "72100", ""), "X-ray lumbar spine 2-3 views")
    chart.medication(
        "naproxen",
        NAPROXEN,
        "2026-09-15",
        "2026-11-15",
        "completed",
        "500 mg by mouth twice daily with food",
    )
    chart.therapy_sessions(
        [
            f"2026-{d}"
            for d in ("09-22", "09-29", "10-06", "10-13", "10-20", "10-27", "11-03", "11-10")
        ]
    )
    chart.observation("oswestry", "2026-11-17", "survey", OSWESTRY, value=44, unit="%")
    follow = chart.visit("visit-follow-up", "2026-11-17", "99214", "Follow-up office visit")
    chart.note("note-follow-up", "2026-11-17", "progress", FOLLOW_UP_NOTE, follow)
    chart.order(SERVICE, ORDER_TEXT, [radic], follow, "2026-11-17", quantity=1)
    return Scenario(
        "lmri",
        "complete",
        SERVICE,
        "Lumbar MRI after 8 weeks of failed PT + NSAIDs, follow-up neuro exam: complete",
        resources=chart.resources,
    )


def gapped() -> Scenario:
    chart = _chart("lmri-gapped", ("Derek", "Halloran"), "1988-07-02", "male", "10592837465")
    lbp = chart.condition(
        "dx-low-back-pain",
        ("M54.50", "Low back pain, unspecified"),
        ("279039007", "Low back pain"),
        "2026-10-29",
    )
    visit = chart.visit("visit-acute", "2026-11-02", "99213", "Office visit")
    chart.note("note-acute", "2026-11-02", "progress", GAPPED_NOTE, visit)
    chart.medication(
        "naproxen",
        NAPROXEN,
        "2026-11-02",
        "2026-11-09",
        "active",
        "500 mg by mouth twice daily as needed",
    )
    chart.order(SERVICE, ORDER_TEXT, [lbp], visit, "2026-11-02", quantity=1)
    return Scenario(
        "lmri",
        "gapped",
        SERVICE,
        "Lumbar MRI ordered at the first visit: 2 weeks of pain, no PT tried, no follow-up exam",
        intended_gaps=[
            "symptom-duration",
            "conservative-treatment",
            "exam-findings",
            "treatment-plan",
        ],
        denial_reasons=["medical-necessity", "missing-clinical-notes"],
        resources=chart.resources,
    )


def bulk() -> Scenario:
    """A documentation-complete lumbar MRI patient with 45 notes over two years (benchmarks)."""
    chart = _chart("lmri-bulk", ("Walter", "Brennick"), "1969-11-23", "male", "10673829104")
    radic = chart.condition("dx-radiculopathy", *RADICULOPATHY, "2026-09-08")
    start = dt.date(2024, 12, 10)
    for index in range(43):  # every ~17 days for two years, before the current episode
        day = (start + dt.timedelta(days=index * 15)).isoformat()
        visit = chart.visit(f"visit-{index:02d}", day, "99213", "Office visit")
        text = (
            f"HPI: Routine follow-up visit {index + 1} for hypertension and knee pain. "
            "Blood pressure controlled on lisinopril. No back pain at this visit.\n\n"
            "Plan: Continue current medications. Return in 2-3 weeks."
        )
        # The hostile note is inside the lookback windows: older notes are not fetched (issue 19).
        chart.note(f"note-{index:02d}", day, "progress", text, visit, hostile=(index == 40))
    first = chart.visit("visit-initial", "2026-09-15", "99204", "New patient office visit")
    chart.note(
        "note-initial",
        "2026-09-15",
        "hp",
        INITIAL_NOTE.replace("46 year old woman", "56 year old man")
        .replace("She ", "He ")
        .replace("she ", "he "),
        first,
    )
    chart.medication(
        "naproxen",
        NAPROXEN,
        "2026-09-15",
        "2026-11-15",
        "completed",
        "500 mg by mouth twice daily with food",
    )
    chart.therapy_sessions(
        [
            f"2026-{d}"
            for d in ("09-22", "09-29", "10-06", "10-13", "10-20", "10-27", "11-03", "11-10")
        ]
    )
    follow = chart.visit("visit-follow-up", "2026-11-17", "99214", "Follow-up office visit")
    chart.note(
        "note-follow-up",
        "2026-11-17",
        "progress",
        FOLLOW_UP_NOTE.replace("She ", "He ").replace("she ", "he "),
        follow,
    )
    chart.order(SERVICE, ORDER_TEXT, [radic], follow, "2026-11-17", quantity=1)
    return Scenario(
        "lmri",
        "complete",
        SERVICE,
        "Lumbar MRI, complete, with 45 notes over two years (one with hostile HTML)",
        resources=chart.resources,
    )
