"""The generated patients: who they are, how long their history runs, how their notes are stored.

Every name, date of birth, member id and resource id here is invented. Ids are fixed (``gen-…``)
so a saved worklist row still points at the same patient after the sandbox restarts. Each patient
stresses something different: ``gen-heavy`` is the large record the benchmarks and paging tests
use (≥ 2,000 resources, ≥ 40 notes, every attachment style); ``gen-backpain`` codes diagnoses in
SNOMED CT only and has no orders (the app must ask for the service); the others store their
notes the way one EHR does (Epic HTML+RTF pairs, Oracle Health PDF+C-CDA pairs, inline text).
"""

from __future__ import annotations

from dataclasses import dataclass

#: How a note's content is stored (sandbox/synthetic/notes.py renders each).
STYLES = (
    "plain-inline",  # text/plain in attachment.data (Synthea's way)
    "plain-binary",  # text/plain Binary
    "epic-pair",  # text/html + text/rtf Binaries (Epic clinical notes)
    "oracle-pair",  # application/pdf + application/xml (C-CDA) Binaries (Oracle Health)
    "ccda",  # one C-CDA Binary with the IHE format code (Epic summary documents)
    "pdf-inline",  # application/pdf in attachment.data (scanned outside records)
    "html-inline",  # text/html in attachment.data
    "all-four",  # HTML, RTF, PDF and C-CDA Binaries (the scenario patients' way)
)


@dataclass(frozen=True)
class OrderSpec:
    """The draft order a prior authorization is needed for."""

    code: tuple[str, str]  # ("cpt" | "hcpcs", code)
    text: str
    reason: str  # a condition key of the patient
    clinician: str  # practitioner id of the ordering clinician


@dataclass(frozen=True)
class PatientSpec:
    """One generated patient: identity, history shape, note storage, order."""

    id: str
    seed: int
    name: tuple[str, str]
    birth: str
    gender: str
    state: str
    member_id: str
    plan: str
    years: int
    visits_per_year: int
    conditions: tuple[str, ...]
    notes: int
    styles: tuple[str, ...]
    pcp: str
    summary: str
    coding: str = "both"  # "both": ICD-10-CM + SNOMED (as Epic) | "snomed": SNOMED only
    therapy_per_year: int = 0
    admissions: int = 0
    order: OrderSpec | None = None


#: id -> (given, family, NPI first nine digits, specialty); ids as the scenario clinicians'.
CLINICIANS = {
    "md-kowalczyk": ("Nadia", "Kowalczyk", "182736450", "Family medicine"),
    "md-brandt": ("Elliot", "Brandt", "193847561", "Internal medicine"),
    "md-achterberg": ("Grace", "Achterberg", "104958672", "Orthopaedic surgery"),
    "md-haddad": ("Samir", "Haddad", "115069783", "Sleep medicine"),
    "md-fischer": ("Lena", "Fischer", "126170894", "Physical therapy"),
    "md-mbeki": ("Owen", "Mbeki", "137281905", "Emergency medicine"),
    "md-ruiz": ("Clara", "Ruiz", "148392016", "Pediatrics"),
}
#: Which specialist sees which condition (a consult at diagnosis, follow-ups now and then).
SPECIALISTS = {"knee_oa": "md-achterberg", "sleep_apnea": "md-haddad"}
THERAPIST, EMERGENCY = "md-fischer", "md-mbeki"

ROSTER: tuple[PatientSpec, ...] = (
    PatientSpec(
        "gen-heavy", 1101, ("Bernard", "Hollings"), "1953-04-19", "male", "OH",
        "10874512093", "Ohio Medicaid", years=16, visits_per_year=7,
        conditions=("hypertension", "diabetes", "hyperlipidemia", "ckd", "knee_oa", "obesity",
                    "sleep_apnea", "depression"),
        notes=48, styles=STYLES, pcp="md-brandt", therapy_per_year=6, admissions=1,
        order=OrderSpec(("hcpcs", "E0601"), "CPAP device", "sleep_apnea", "md-haddad"),
        summary="Generated large record: 16 years, 2,000+ resources, 48 notes in every format",
    ),
    PatientSpec(
        "gen-backpain", 2202, ("Rosalind", "Pike"), "1974-08-02", "female", "OH",
        "10985623104", "Ohio Medicaid", years=9, visits_per_year=4,
        conditions=("low_back_pain", "depression", "obesity"), notes=30,
        styles=("plain-inline", "plain-inline", "plain-inline", "plain-binary"),
        pcp="md-kowalczyk", coding="snomed", therapy_per_year=6,
        summary="Generated: chronic low back pain, SNOMED-only diagnoses, no open orders",
    ),
    PatientSpec(
        "gen-knee", 3303, ("Curtis", "Lindgren"), "1961-01-27", "male", "IN",
        "10196734215", "Indiana Medicaid", years=8, visits_per_year=4,
        conditions=("knee_oa", "hypertension", "hyperlipidemia"), notes=24,
        styles=("epic-pair", "epic-pair", "ccda"), pcp="md-kowalczyk", therapy_per_year=5,
        order=OrderSpec(("cpt", "29881"), "Arthroscopy, knee, with meniscectomy", "knee_oa",
                        "md-achterberg"),
        summary="Generated: knee osteoarthritis, Epic-style HTML+RTF notes, arthroscopy order",
    ),
    PatientSpec(
        "gen-apnea", 4404, ("Yvonne", "Marchetti"), "1968-05-30", "female", "GA",
        "10207845326", "Georgia Medicaid", years=7, visits_per_year=4,
        conditions=("sleep_apnea", "obesity", "hypertension", "diabetes"), notes=24,
        styles=("oracle-pair", "oracle-pair", "pdf-inline"), pcp="md-brandt",
        order=OrderSpec(("hcpcs", "E0601"), "CPAP device", "sleep_apnea", "md-haddad"),
        summary="Generated: sleep apnea, Oracle-style PDF+C-CDA notes, CPAP order",
    ),
    PatientSpec(
        "gen-asthma", 5505, ("Milo", "Brandvold"), "2016-02-11", "male", "OH",
        "10318956437", "Ohio Medicaid", years=8, visits_per_year=3,
        conditions=("asthma",), notes=14, styles=("html-inline", "ccda"), pcp="md-ruiz",
        summary="Generated: a child with asthma, inline HTML and C-CDA notes",
    ),
    PatientSpec(
        "gen-elder", 6606, ("Agnes", "Thornbury"), "1939-10-05", "female", "OH",
        "10429067548", "Ohio Medicaid", years=8, visits_per_year=4,
        conditions=("osteoporosis", "falls", "hypertension", "hyperlipidemia"), notes=26,
        styles=("all-four", "plain-binary", "pdf-inline"), pcp="md-kowalczyk",
        therapy_per_year=3,
        order=OrderSpec(("hcpcs", "E0143"), "Walker, folding, wheeled", "falls", "md-kowalczyk"),
        summary="Generated: falls and osteoporosis, mixed note formats, walker order",
    ),
)  # fmt: skip


def spec(patient_id: str) -> PatientSpec:
    """The roster entry for ``patient_id`` (KeyError when there is none)."""
    for entry in ROSTER:
        if entry.id == patient_id:
            return entry
    raise KeyError(patient_id)
