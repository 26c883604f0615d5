"""PT beyond the initial evaluation (97110 after 97161), walker (E0143) and CPAP (E0601) scenarios."""

from __future__ import annotations

from . import factories as f
from .common import Chart, Scenario

PT = ("cpt", "97110")
WALKER = ("hcpcs", "E0143")
CPAP = ("hcpcs", "E0601")
LEFS = ("http://loinc.org", "75575-5", "Lower Extremity Functional Scale (LEFS)")
AHI = ("http://loinc.org", "90562-0", "Apnea hypopnea index")
EPWORTH = ("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", "ESS", "Epworth sleepiness scale")

PT_EVAL_NOTE = """Physical therapy initial evaluation. Referral for right knee pain after arthroscopic partial meniscectomy on August 20.

Function: LEFS 38/80. Difficulty with stairs, unable to squat, walking tolerance 15 minutes.

Exam: Right knee range of motion 5 to 110 degrees, quadriceps strength 4-/5, mild effusion, antalgic gait.

Plan of care: Goals: LEFS above 60 in 8 weeks, independent stair climbing reciprocally in 6 weeks, walk 45 minutes without pain in 8 weeks. Frequency 2x/week for 8 weeks: therapeutic exercise, neuromuscular re-education, manual therapy, home exercise program. Plan of care signed and certified by the referring physician on October 3."""

PT_PROGRESS_NOTE = """Physical therapy progress report and re-evaluation after 12 visits.

Progress: LEFS improved from 38 to 54/80. Range of motion 0 to 125 degrees. Quadriceps strength 4+/5. Goals progressing: stair climbing reciprocal with rail, walking 30 minutes.

Plan: Continue physical therapy 2x/week for 6 more weeks to reach goals; request authorization for 12 additional visits of therapeutic exercise."""

PT_GAPPED_NOTE = """Physical therapy daily note, visit 12. Patient performed therapeutic exercise for the right knee. Tolerated well.

Plan: Continue."""

WALKER_NOTE = """Face-to-face visit for mobility. 78 year old woman with Parkinson disease and two falls in the past 3 months. She was seen in person today for evaluation of a walker.

Function: Unsteady gait, cannot walk safely within her home without holding furniture, difficulty with toileting and bathing.

Exam: Timed Up and Go 19 seconds, shuffling gait, retropulsion on pull test. Upper body strength adequate to use a walker.

Plan: Order a folding wheeled walker (E0143), quantity 1, for daily use in the home; physical therapy for gait training."""

WALKER_OLD_NOTE = """Office visit. 81 year old man with osteoarthritis of both knees and an unsteady gait. Uses a cane.

Exam: Antalgic gait.

Plan: Continue acetaminophen."""

WALKER_PHONE_NOTE = """Telephone encounter. Patient's daughter calls requesting a walker because he is unsteady at home and nearly fell last week. Order placed for a wheeled walker per request; he was not seen today."""

CPAP_NOTE = """Sleep medicine follow-up. 49 year old man with loud snoring, witnessed apneas and daytime sleepiness. Epworth sleepiness scale 15. Hypertension on two agents.

Exam: BMI 36, neck circumference 18 inches, Mallampati class IV, crowded oropharynx.

Results: In-lab polysomnography on October 15 showed an apnea hypopnea index of 32 events per hour with oxygen nadir 81 percent.

Assessment: Severe obstructive sleep apnea.

Plan: Start CPAP at auto 5-15 cm H2O with heated humidifier and mask; follow up in 31-90 days to document adherence and benefit."""


def _chart(
    prefix: str,
    name: tuple[str, str],
    birth: str,
    gender: str,
    member: str | None,
    clinician: tuple[str, str, str | None, str] = (
        "Helen",
        "Marchetti",
        "118273645",
        "Family medicine",
    ),
) -> Chart:
    return Chart(
        prefix,
        name,
        birth,
        gender,
        "OH",
        member_id=member,
        plan="Ohio Medicaid",
        clinician=clinician,
    )


def _pt_chart(variant: str, name: tuple[str, str], member: str) -> tuple[Chart, dict]:
    chart = _chart(
        f"ptc-{variant}",
        name,
        "1985-06-21",
        "female",
        member,
        ("Owen", "Brightwater", "128374659", "Physical therapy"),
    )
    dx = chart.condition(
        "dx-meniscus", ("Z47.89", "Encounter for other orthopedic aftercare"), None, "2026-08-20"
    )
    chart.condition("dx-knee-pain", ("M25.561", "Pain in right knee"), None, "2026-08-20")
    chart.procedure("pt-eval", "2026-10-01", (f.CPT, "97161", ""), "Physical therapy evaluation")
    visits = [
        "10-06",
        "10-08",
        "10-13",
        "10-15",
        "10-20",
        "10-22",
        "10-27",
        "10-29",
        "11-03",
        "11-05",
        "11-10",
        "11-12",
    ]
    chart.therapy_sessions([f"2026-{d}" for d in visits])
    return chart, dx


def ptc_complete() -> Scenario:
    chart, dx = _pt_chart("complete", ("Tamsin", "Okonkwo"), "10847362951")
    evaluation = chart.visit("visit-eval", "2026-10-01", "97161", "PT evaluation")
    chart.note("note-eval", "2026-10-01", "therapy", PT_EVAL_NOTE, evaluation)
    chart.careplan(
        "poc",
        "2026-10-01",
        "Physical therapy plan of care",
        ("91251008", "Physical therapy procedure"),
        "Goals: LEFS > 60, reciprocal stairs, 45 min walking; 2x/week for 8 weeks",
    )
    chart.observation("lefs-eval", "2026-10-01", "survey", LEFS, value=38, unit="{score}")
    chart.observation("lefs-progress", "2026-11-12", "survey", LEFS, value=54, unit="{score}")
    chart.procedure("re-eval", "2026-11-12", (f.CPT, "97164", ""), "Physical therapy re-evaluation")
    progress = chart.visit("visit-re-eval", "2026-11-12", "97164", "PT re-evaluation")
    chart.note("note-progress", "2026-11-12", "therapy", PT_PROGRESS_NOTE, progress)
    chart.order(
        PT,
        "Therapeutic exercise, additional visits",
        [dx],
        progress,
        "2026-11-12",
        quantity=12,
        status="active",
    )
    return Scenario(
        "ptc",
        "complete",
        PT,
        "12 more PT visits after the evaluation: signed plan of care, re-evaluation: complete",
        resources=chart.resources,
    )


def ptc_gapped() -> Scenario:
    chart, dx = _pt_chart("gapped", ("Bernard", "Fairweather"), "10958473062")
    visit = chart.visit("visit-12", "2026-11-12", "97110", "PT treatment visit")
    chart.note("note-daily", "2026-11-12", "daily", PT_GAPPED_NOTE, visit)
    chart.observation("lefs-eval", "2026-10-01", "survey", LEFS, value=40, unit="{score}")
    chart.order(
        PT,
        "Therapeutic exercise, additional visits",
        [dx],
        visit,
        "2026-11-12",
        quantity=12,
        status="active",
    )
    return Scenario(
        "ptc",
        "gapped",
        PT,
        "12 more PT visits: no plan of care on file, no progress report after 12 visits",
        intended_gaps=["plan-of-care", "progress-report"],
        denial_reasons=["missing-clinical-notes", "medical-necessity"],
        resources=chart.resources,
    )


def walker_complete() -> Scenario:
    chart = _chart(
        "walker-complete", ("Dorothea", "Lindqvist"), "1948-01-09", "female", "10736482915"
    )
    pd = chart.condition(
        "dx-parkinson",
        ("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"),
        ("49049000", "Parkinson's disease"),
        "2021-05-01",
    )
    unsteady = chart.condition(
        "dx-unsteady", ("R26.81", "Unsteadiness on feet"), None, "2026-08-15"
    )
    visit = chart.visit("visit-f2f", "2026-11-05", "99214", "Face-to-face mobility evaluation")
    chart.note("note-f2f", "2026-11-05", "progress", WALKER_NOTE, visit)
    chart.observation(
        "tug",
        "2026-11-05",
        "exam",
        ("http://loinc.org", "89047-5", "Timed up and go test"),
        value=19,
        unit="s",
    )
    chart.order(WALKER, "Walker, folding, wheeled", [unsteady, pd], visit, "2026-11-05", quantity=1)
    return Scenario(
        "walker",
        "complete",
        WALKER,
        "Wheeled walker: face-to-face 5 weeks ago, falls, TUG 19 s, written order: complete",
        resources=chart.resources,
    )


def walker_gapped() -> Scenario:
    chart = _chart(
        "walker-gapped",
        ("Clarence", "Odegaard"),
        "1945-09-17",
        "male",
        "10847593026",
        ("Glen", "Ostrowski", None, "Family medicine"),
    )
    oa = chart.condition(
        "dx-knee-oa",
        ("M17.0", "Bilateral primary osteoarthritis of knee"),
        ("239873007", "Osteoarthritis of knee"),
        "2019-04-01",
    )
    old = chart.visit("visit-old", "2026-02-10", "99213", "Office visit")
    chart.note("note-old", "2026-02-10", "progress", WALKER_OLD_NOTE, old)
    phone = chart.visit("visit-phone", "2026-11-18", "99441", "Telephone encounter")
    chart.note("note-phone", "2026-11-18", "progress", WALKER_PHONE_NOTE, phone)
    chart.order(WALKER, "Walker, folding, wheeled", [oa], phone, "2026-11-18", quantity=1)
    return Scenario(
        "walker",
        "gapped",
        WALKER,
        # Walkers are not on CMS's face-to-face list: the 10-month-old visit is an advisory
        # gap (WLK-001), not a required one.
        "Walker ordered by phone: last visit 10 months ago (advisory for a walker), ordering "
        "clinician has no NPI",
        intended_gaps=["ordering-provider"],
        denial_reasons=["missing-clinical-notes"],
        resources=chart.resources,
    )


def _cpap_chart(variant: str, name: tuple[str, str], member: str) -> tuple[Chart, dict]:
    chart = _chart(
        f"cpap-{variant}",
        name,
        "1977-04-04",
        "male",
        member,
        ("Nadia", "Farouk", "139485726", "Sleep medicine"),
    )
    osa = chart.condition(
        "dx-osa",
        ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
        ("78275009", "Obstructive sleep apnea syndrome"),
        "2026-10-15",
    )
    chart.condition(
        "dx-htn",
        ("I10", "Essential (primary) hypertension"),
        ("59621000", "Essential hypertension"),
        "2019-01-01",
    )
    chart.careplan(
        "plan-cpap",
        "2026-11-09",
        "CPAP therapy plan",
        ("47545007", "Continuous positive airway pressure ventilation treatment"),
        "Auto CPAP 5-15 cm H2O with humidifier; adherence check at 31-90 days",
    )
    return chart, osa


def cpap_complete() -> Scenario:
    chart, osa = _cpap_chart("complete", ("Augustin", "Beaulieu"), "10627384951")
    # LCD L33718: the in-person evaluation comes before the sleep test.
    chart.visit("visit-consult", "2026-09-28", "99204", "Sleep medicine consultation")
    chart.procedure("psg", "2026-10-15", (f.CPT, "95810", ""), "Polysomnography, attended")
    chart.observation("ahi", "2026-10-15", "procedure", AHI, value=32, unit="/h")
    chart.observation("epworth", "2026-11-09", "survey", EPWORTH, value=15, unit="{score}")
    visit = chart.visit("visit-sleep", "2026-11-09", "99214", "Sleep medicine visit")
    chart.note("note-sleep", "2026-11-09", "consult", CPAP_NOTE, visit)
    chart.order(CPAP, "CPAP device", [osa], visit, "2026-11-09", quantity=1)
    return Scenario(
        "cpap",
        "complete",
        CPAP,
        "CPAP for severe OSA: sleep consultation, then in-lab PSG with AHI 32, follow-up visit: complete",
        resources=chart.resources,
    )


def cpap_gapped() -> Scenario:
    chart, osa = _cpap_chart("gapped", ("Thaddeus", "Kowalczyk"), "10738495062")
    visit = chart.visit("visit-sleep", "2026-11-09", "99213", "Office visit")
    chart.order(CPAP, "CPAP device", [osa], visit, "2026-11-09", quantity=1)
    return Scenario(
        "cpap",
        "gapped",
        CPAP,
        "CPAP ordered without the sleep study results and without a visit note",
        # An office visit with no note shows no evaluation for sleep apnea (LCD L33718).
        intended_gaps=["diagnostic-results", "clinical-notes", "face-to-face"],
        denial_reasons=["missing-clinical-notes", "medical-necessity"],
        resources=chart.resources,
    )
