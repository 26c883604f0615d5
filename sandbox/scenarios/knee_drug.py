"""Total knee arthroplasty (CPT 27447) and in-clinic infliximab (HCPCS J1745) scenarios."""

from __future__ import annotations

from . import factories as f
from .common import Chart, Scenario

TKA = ("cpt", "27447")
INFLIXIMAB = ("hcpcs", "J1745")
KNEE_OA = (
    ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    ("239873007", "Osteoarthritis of knee"),
)
MELOXICAM = ("41493", "meloxicam")
METHOTREXATE = ("6851", "methotrexate")
BMI = (f.LOINC, "39156-5", "Body mass index (BMI) [Ratio]")
KOOS = ("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", "KOOS-JR", "KOOS JR knee score")

TKA_NOTE = """HPI: 67 year old woman with right knee pain for 3 years, worse over the past 12 months. She has completed 14 weeks of physical therapy, took meloxicam for 6 months, and had a corticosteroid injection in August with only 2 weeks of relief. She has lost 15 pounds with a supervised diet. She uses a cane.

Function: Unable to walk more than one block, difficulty with stairs, cannot kneel, wakes at night from knee pain. KOOS JR score 38.

Exam: Right knee varus deformity, medial joint line tenderness, small effusion, crepitus, range of motion 5 to 100 degrees. Antalgic gait. Neurovascularly intact.

Imaging: Weight-bearing x-ray of the right knee shows Kellgren-Lawrence grade 4 osteoarthritis with bone-on-bone medial joint space narrowing and osteophytes.

Assessment: End-stage primary osteoarthritis of the right knee after failed conservative care.

Plan: Schedule right total knee arthroplasty. Preoperative medical clearance. Post-operative physical therapy plan reviewed."""

TKA_GAPPED_NOTE = """HPI: 59 year old man with right knee pain for 4 weeks after a long hike. He has taken ibuprofen for 3 weeks. He has not tried physical therapy and has not had an injection.

Exam: Mild right knee tenderness, no effusion, full range of motion.

Assessment: Right knee pain.

Plan: Patient asks about knee replacement. Schedule total knee arthroplasty."""

INF_NOTE = """HPI: 52 year old woman with seropositive rheumatoid arthritis diagnosed in 2023. She has taken methotrexate 20 mg weekly for 10 months with inadequate response and continues to have 8 swollen joints. Hydroxychloroquine was stopped in 2025 due to intolerance. QuantiFERON-TB Gold was negative on October 20. Hepatitis B screening negative.

Function: Morning stiffness for 2 hours, difficulty gripping, unable to open jars.

Exam: Synovitis of bilateral MCP and wrist joints, 8 swollen and 11 tender joints.

Assessment: Rheumatoid arthritis with high disease activity despite methotrexate (step therapy failed).

Plan: Start infliximab 3 mg/kg IV infusion in clinic at weeks 0, 2 and 6, then every 8 weeks, continue methotrexate."""

INF_GAPPED_NOTE = """HPI: 47 year old man with rheumatoid arthritis. Methotrexate was started 6 weeks ago. He still has joint swelling in both hands.

Exam: Synovitis of the MCP joints.

Assessment: Rheumatoid arthritis, active.

Plan: Start infliximab infusion in clinic."""


def _ortho(
    prefix: str, name: tuple[str, str], birth: str, gender: str, member: str | None
) -> Chart:
    return Chart(
        prefix,
        name,
        birth,
        gender,
        "GA",
        member_id=member,
        plan="Georgia Medicaid",
        clinician=("Samuel", "Okafor", "152938471", "Orthopaedic surgery"),
    )


def tka_complete() -> Scenario:
    chart = _ortho("tka-complete", ("Loretta", "Pembrook"), "1959-05-30", "female", "20384756102")
    oa = chart.condition("dx-knee-oa", *KNEE_OA, "2023-10-01")
    visit = chart.visit("visit-ortho", "2026-11-10", "99214", "Orthopaedic office visit")
    chart.note("note-ortho", "2026-11-10", "consult", TKA_NOTE, visit)
    chart.procedure("xr-knee", "2026-10-06", (f.CPT, "73562", ""), "X-ray right knee 3 views")
    chart.procedure(
        "injection", "2026-08-12", (f.CPT, "20610", ""), "Corticosteroid injection right knee"
    )
    chart.medication("meloxicam", MELOXICAM, "2026-04-01", "2026-10-01", "completed", "15 mg daily")
    chart.therapy_sessions(
        [
            f"2026-{m:02d}-{d:02d}"
            for m, d in ((5, 4), (5, 18), (6, 1), (6, 15), (6, 29), (7, 13), (7, 27), (8, 10))
        ]
    )
    chart.observation("koos", "2026-11-10", "survey", KOOS, value=38, unit="{score}")
    # BMI before a joint replacement (TKA-006, the musculoskeletal reviewer's criteria).
    chart.observation("bmi", "2026-11-10", "vital-signs", BMI, value=31.4, unit="kg/m2")
    chart.careplan(
        "plan-tka",
        "2026-11-10",
        "Right total knee arthroplasty plan",
        ("91251008", "Physical therapy procedure"),
        "Right knee replacement with post-operative physical therapy",
    )
    chart.order(TKA, "Right total knee arthroplasty", [oa], visit, "2026-11-10", quantity=1)
    return Scenario(
        "tka",
        "complete",
        TKA,
        "Right TKA: KL grade 4 x-ray, 14 weeks PT, NSAIDs, injection failed: complete",
        resources=chart.resources,
    )


def tka_gapped() -> Scenario:
    chart = _ortho("tka-gapped", ("Raymond", "Tuttle"), "1967-02-11", "male", "20495867213")
    pain = chart.condition(
        "dx-knee-pain", ("M25.561", "Pain in right knee"), ("57676002", "Joint pain"), "2026-10-20"
    )
    visit = chart.visit("visit-ortho", "2026-11-16", "99213", "Orthopaedic office visit")
    chart.note("note-ortho", "2026-11-16", "consult", TKA_GAPPED_NOTE, visit)
    chart.medication(
        "ibuprofen",
        ("5640", "ibuprofen"),
        "2026-10-25",
        "2026-11-16",
        "active",
        "600 mg three times daily",
    )
    chart.order(TKA, "Right total knee arthroplasty", [pain], visit, "2026-11-16", quantity=1)
    return Scenario(
        "tka",
        "gapped",
        TKA,
        "TKA ordered for 4 weeks of knee pain: no OA diagnosis, no x-ray, no conservative trial",
        intended_gaps=[
            "code-pairing",
            "diagnostic-results",
            "conservative-treatment",
            "functional-deficits",
        ],
        denial_reasons=["incorrect-cpt", "medical-necessity"],
        resources=chart.resources,
    )


def _rheum(
    prefix: str, name: tuple[str, str], birth: str, gender: str, member: str | None
) -> Chart:
    return Chart(
        prefix,
        name,
        birth,
        gender,
        "IN",
        member_id=member,
        plan="Indiana Hoosier Healthwise",
        clinician=("Priya", "Ramaswamy", "163048295", "Rheumatology"),
    )


def inj_complete() -> Scenario:
    chart = _rheum("inj-complete", ("Gwendolyn", "Ashby"), "1974-08-19", "female", "30485769213")
    ra = chart.condition(
        "dx-ra",
        (
            "M05.79",
            "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement",
        ),
        ("69896004", "Rheumatoid arthritis"),
        "2023-03-01",
    )
    chart.medication(
        "methotrexate",
        METHOTREXATE,
        "2026-01-05",
        "2026-11-30",
        "active",
        "20 mg by mouth once weekly",
    )
    chart.medication(
        "hcq",
        ("5521", "hydroxychloroquine"),
        "2024-02-01",
        "2025-03-01",
        "stopped",
        "200 mg twice daily",
    )
    chart.observation(
        "quantiferon",
        "2026-10-20",
        "laboratory",
        ("http://loinc.org", "71774-4", "QuantiFERON-TB Gold Plus"),
        text_value="Negative",
    )
    chart.procedure(
        "tb-test", "2026-10-20", (f.CPT, "86480", ""), "Tuberculosis test, cell mediated immunity"
    )
    visit = chart.visit("visit-rheum", "2026-11-12", "99215", "Rheumatology office visit")
    chart.note("note-rheum", "2026-11-12", "consult", INF_NOTE, visit)
    chart.order(
        INFLIXIMAB,
        "Infliximab infusion in clinic (per 10 mg)",
        [ra],
        visit,
        "2026-11-12",
        quantity=30,
        status="active",
    )
    return Scenario(
        "inj",
        "complete",
        INFLIXIMAB,
        "Infliximab for RA after 10 months of methotrexate, negative QuantiFERON: complete",
        resources=chart.resources,
    )


def inj_gapped() -> Scenario:
    chart = _rheum("inj-gapped", ("Curtis", "Vandermeer"), "1979-12-03", "male", None)
    ra = chart.condition(
        "dx-ra",
        ("M06.9", "Rheumatoid arthritis, unspecified"),
        ("69896004", "Rheumatoid arthritis"),
        "2026-06-01",
    )
    chart.medication(
        "methotrexate",
        METHOTREXATE,
        "2026-10-08",
        "2026-11-19",
        "active",
        "15 mg by mouth once weekly",
    )
    visit = chart.visit("visit-rheum", "2026-11-19", "99214", "Rheumatology office visit")
    chart.note("note-rheum", "2026-11-19", "consult", INF_GAPPED_NOTE, visit)
    chart.order(
        INFLIXIMAB,
        "Infliximab infusion in clinic (per 10 mg)",
        [ra],
        visit,
        "2026-11-19",
        quantity=30,
        status="active",
    )
    return Scenario(
        "inj",
        "gapped",
        INFLIXIMAB,
        "Infliximab after 6 weeks of methotrexate, no TB screening, member ID missing on coverage, "
        "no dose or schedule in the plan",
        intended_gaps=["member-coverage", "conservative-treatment", "diagnostic-results",
                       "treatment-plan"],
        denial_reasons=["medical-necessity"],
        resources=chart.resources,
    )
