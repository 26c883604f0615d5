"""The clinical vocabulary the generator draws from: conditions, medicines, labs, procedures.

Public code systems only (ICD-10-CM, SNOMED CT, LOINC, RxNorm, CPT, CVX); every value here is a
code and its display, never patient data. Each chronic condition names the medicine, labs,
procedures and note phrases that follow from it, so a history reads like one person's chart.
"""

from __future__ import annotations

from dataclasses import dataclass

CVX = "http://hl7.org/fhir/sid/cvx"


@dataclass(frozen=True)
class ConditionKind:
    """One chronic or episodic problem and what a clinic does about it."""

    icd: tuple[str, str]
    snomed: tuple[str, str]
    medicine: tuple[str, str, str] | None = None  # RxNorm code, name, sig
    labs: tuple[str, ...] = ()  # panel keys, drawn at follow-up visits
    procedures: tuple[str, ...] = ()  # procedure keys, now and then
    history: tuple[str, ...] = ()  # HPI sentences ({he}/{his} filled in)
    exam: tuple[str, ...] = ()
    plan: tuple[str, ...] = ()


CONDITIONS: dict[str, ConditionKind] = {
    "hypertension": ConditionKind(
        ("I10", "Essential (primary) hypertension"), ("38341003", "Hypertensive disorder"),
        ("29046", "lisinopril", "10 mg by mouth once daily"), ("bmp",), ("ecg",),
        ("Home blood pressure readings mostly in the 130s over 80s.",
         "{He} takes lisinopril daily and denies cough or lightheadedness.",
         "No chest pain, palpitations or shortness of breath."),
        ("Heart regular rate and rhythm, no murmur. No peripheral edema.",),
        ("Continue lisinopril; low-sodium diet reviewed.", "Recheck blood pressure in 3 months."),
    ),
    "diabetes": ConditionKind(
        ("E11.9", "Type 2 diabetes mellitus without complications"),
        ("44054006", "Diabetes mellitus type 2"),
        ("6809", "metformin", "1000 mg by mouth twice daily with meals"), ("a1c", "lipid"), (),
        ("{He} checks fasting glucose most mornings, readings 120 to 160.",
         "No hypoglycemic episodes. Tolerating metformin without GI upset.",
         "Diet has been harder to follow over the holidays."),
        ("Monofilament sensation intact both feet. No foot ulcers.",),
        ("Continue metformin; diabetes education referral offered.",
         "Annual retinal exam reminder given.", "Repeat hemoglobin A1c in 3 months."),
    ),
    "hyperlipidemia": ConditionKind(
        ("E78.5", "Hyperlipidemia, unspecified"), ("55822004", "Hyperlipidemia"),
        ("83367", "atorvastatin", "40 mg by mouth at bedtime"), ("lipid",), (),
        ("No muscle aches on atorvastatin.",),
        (),
        ("Continue atorvastatin; fasting lipid panel yearly.",),
    ),
    "ckd": ConditionKind(
        ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
        ("433144002", "Chronic kidney disease stage 3"),
        None, ("bmp", "cbc"), (),
        ("No change in urine output. Avoiding NSAIDs as advised.",),
        ("No edema.",),
        ("Monitor creatinine and potassium every 3 to 6 months.", "Nephrology follow-up yearly."),
    ),
    "knee_oa": ConditionKind(
        ("M17.11", "Unilateral primary osteoarthritis, right knee"),
        ("239873007", "Osteoarthritis of knee"),
        ("41493", "meloxicam", "7.5 mg by mouth once daily with food"), (),
        ("knee_xray", "knee_injection", "pt_exercise"),
        ("Right knee pain worse with stairs and after walking more than 20 minutes.",
         "Morning stiffness in the right knee lasting about 15 minutes.",
         "{He} uses a cane on longer walks."),
        ("Right knee: crepitus, small effusion, range of motion 5 to 110 degrees, medial joint "
         "line tenderness. Ligaments stable.",),
        ("Continue home exercise program and meloxicam as needed.",
         "Discussed weight loss and low-impact exercise.", "Consider corticosteroid injection."),
    ),
    "obesity": ConditionKind(
        ("E66.9", "Obesity, unspecified"), ("414916001", "Obesity"), None, (), (),
        ("Working on portion sizes; walking 2 to 3 times a week.",), (),
        ("Nutrition counseling provided; goal 5 percent weight loss.",),
    ),
    "sleep_apnea": ConditionKind(
        ("G47.33", "Obstructive sleep apnea (adult) (pediatric)"),
        ("78275009", "Obstructive sleep apnea syndrome"), None, (), ("sleep_study",),
        ("Loud snoring reported by partner, witnessed pauses in breathing.",
         "Daytime sleepiness; dozes off while reading. Epworth score 14."),
        ("Neck circumference 17.5 inches. Mallampati class III airway.",),
        ("CPAP therapy recommended after the sleep study.", "Sleep hygiene reviewed."),
    ),
    "low_back_pain": ConditionKind(
        ("M54.50", "Low back pain, unspecified"), ("278860009", "Chronic low back pain"),
        ("5640", "ibuprofen", "600 mg by mouth three times daily as needed with food"), (),
        ("lumbar_xray", "pt_exercise", "pt_manual"),
        ("Low back pain across the lumbar area, worse with prolonged sitting.",
         "Pain 5/10 today, 7/10 at worst. No leg weakness.",
         "{He} denies bowel or bladder changes, fever or weight loss."),
        ("Lumbar paraspinal tenderness. Straight leg raise negative bilaterally. Strength 5/5 "
         "in both legs, reflexes 2+ and symmetric.",),
        ("Continue home exercise program.", "Ibuprofen as needed with food.",
         "Physical therapy referral renewed."),
    ),
    "asthma": ConditionKind(
        ("J45.909", "Unspecified asthma, uncomplicated"), ("195967001", "Asthma"),
        ("435", "albuterol", "2 puffs inhaled every 4 hours as needed for wheeze"), (),
        ("spirometry",),
        ("Uses the rescue inhaler about twice a week, more with colds.",
         "No night-time waking from cough this month."),
        ("Lungs clear, no wheeze. No retractions.",),
        ("Continue controller inhaler; asthma action plan updated.",),
    ),
    "osteoporosis": ConditionKind(
        ("M81.0", "Age-related osteoporosis without current pathological fracture"),
        ("64859006", "Osteoporosis"), ("46041", "alendronate", "70 mg by mouth once weekly"),
        (), ("dexa",),
        ("Takes alendronate on Sunday mornings, upright for 30 minutes afterwards.",),
        ("Kyphosis noted. No spinal tenderness.",),
        ("Continue alendronate, calcium and vitamin D.", "Repeat bone density in 2 years."),
    ),
    "falls": ConditionKind(
        ("Z91.81", "History of falling"), ("1912002", "Fall"), None, (), ("pt_gait",),
        ("Two falls at home in the last 6 months, no injuries. Feels unsteady on turning.",),
        ("Timed up and go 16 seconds. Wide-based gait, needs a hand on the wall.",),
        ("Home safety review; physical therapy for gait and balance.",),
    ),
    "depression": ConditionKind(
        ("F32.A", "Depression, unspecified"), ("35489007", "Depressive disorder"),
        ("36437", "sertraline", "50 mg by mouth once daily"), (), (),
        ("Mood better since starting sertraline; sleeping 7 hours.",),
        ("Affect appropriate, thought process linear.",),
        ("Continue sertraline; PHQ-9 at each visit.",),
    ),
}

#: Episodic problems of acute visits: (ICD-10-CM, SNOMED, medicine or None, days to resolve).
ACUTE = [
    (("J06.9", "Acute upper respiratory infection, unspecified"),
     ("54150009", "Upper respiratory infection"), None, 10),
    (("J20.9", "Acute bronchitis, unspecified"), ("10509002", "Acute bronchitis"), None, 21),
    (("N39.0", "Urinary tract infection, site not specified"),
     ("68566005", "Urinary tract infectious disease"),
     ("10831", "sulfamethoxazole / trimethoprim", "1 tablet by mouth twice daily for 3 days"), 7),
    (("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter"),
     ("44465007", "Sprain of ankle"),
     ("161", "acetaminophen", "650 mg by mouth every 6 hours"), 28),
    (("J02.9", "Acute pharyngitis, unspecified"), ("363746003", "Acute pharyngitis"),
     ("723", "amoxicillin", "500 mg by mouth twice daily for 10 days"), 10),
]  # fmt: skip

#: Vital signs: key -> (LOINC, display, unit). Blood pressure is a panel with two components.
VITALS = {
    "heart_rate": ("8867-4", "Heart rate", "/min"),
    "resp_rate": ("9279-1", "Respiratory rate", "/min"),
    "temperature": ("8310-5", "Body temperature", "[degF]"),
    "weight": ("29463-7", "Body weight", "[lb_av]"),
    "height": ("8302-2", "Body height", "[in_i]"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
}
BP_PANEL = ("85354-9", "Blood pressure panel with all children optional")
BP_PARTS = (("8480-6", "Systolic blood pressure"), ("8462-4", "Diastolic blood pressure"))

#: Lab panels: key -> (panel LOINC, panel name, [(LOINC, name, unit, low, high, typical)]).
LABS = {
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", [
        ("4548-4", "Hemoglobin A1c", "%", 4.0, 5.6, 7.2),
    ]),
    "bmp": ("51990-0", "Basic metabolic panel - Blood", [
        ("2345-7", "Glucose", "mg/dL", 70, 99, 112),
        ("3094-0", "Urea nitrogen", "mg/dL", 7, 20, 18),
        ("2160-0", "Creatinine", "mg/dL", 0.6, 1.2, 1.1),
        ("2951-2", "Sodium", "mmol/L", 135, 145, 139),
        ("2823-3", "Potassium", "mmol/L", 3.5, 5.1, 4.3),
        ("2075-0", "Chloride", "mmol/L", 98, 107, 102),
        ("2028-9", "Carbon dioxide, total", "mmol/L", 22, 29, 25),
        ("17861-6", "Calcium", "mg/dL", 8.6, 10.3, 9.4),
        ("33914-3", "Glomerular filtration rate/1.73 sq M.predicted", "mL/min/{1.73_m2}",
         60, 120, 78),
    ]),
    "lipid": ("57698-3", "Lipid panel with direct LDL - Serum or Plasma", [
        ("2093-3", "Cholesterol", "mg/dL", 0, 200, 188),
        ("2571-8", "Triglyceride", "mg/dL", 0, 150, 160),
        ("2085-9", "HDL Cholesterol", "mg/dL", 40, 90, 46),
        ("18262-6", "LDL Cholesterol (direct)", "mg/dL", 0, 100, 112),
    ]),
    "cbc": ("58410-2", "CBC panel - Blood by Automated count", [
        ("6690-2", "Leukocytes", "10*3/uL", 4.0, 11.0, 7.1),
        ("718-7", "Hemoglobin", "g/dL", 12.0, 17.5, 13.8),
        ("4544-3", "Hematocrit", "%", 36, 50, 41),
        ("777-3", "Platelets", "10*3/uL", 150, 400, 245),
    ]),
}  # fmt: skip

#: Procedures: key -> (CPT, display, SNOMED, display, imaging conclusion or "").
PROCEDURES = {
    "ecg": ("93000", "Electrocardiogram, routine, with interpretation and report",
            "29303009", "Electrocardiographic procedure", ""),
    "knee_xray": ("73562", "X-ray knee, 3 views", "74016001", "Plain X-ray of knee",
                  "Moderate medial joint space narrowing with marginal osteophytes; no fracture."),
    "knee_injection": ("20610", "Arthrocentesis, aspiration and/or injection, major joint",
                       "91602002", "Injection of joint", ""),
    "pt_exercise": ("97110", "Therapeutic exercise", "229065009", "Exercise therapy", ""),
    "pt_manual": ("97140", "Manual therapy techniques", "229095001", "Manual therapy", ""),
    "pt_gait": ("97116", "Gait training therapy", "35425004", "Gait training", ""),
    "lumbar_xray": ("72100", "X-ray lumbar spine, 2-3 views", "241076009",
                    "Plain X-ray of lumbar spine",
                    "Mild degenerative disc narrowing at L4-L5; alignment normal; no fracture."),
    "sleep_study": ("95810", "Polysomnography, 4 or more parameters, attended", "60554003",
                    "Polysomnography", ""),
    "spirometry": ("94010", "Spirometry", "127783003", "Spirometry", ""),
    "dexa": ("77080", "DXA bone density study, axial skeleton", "312681000", "Bone density scan",
             "Lumbar spine T-score -2.7, femoral neck T-score -2.5: osteoporosis."),
    "colonoscopy": ("45378", "Colonoscopy, flexible, diagnostic", "73761001", "Colonoscopy", ""),
}

#: Immunizations: CVX code, display, every how many years (0 = once).
IMMUNIZATIONS = [
    ("150", "Influenza, injectable, quadrivalent, preservative free", 1),
    ("115", "Tdap", 10),
    ("33", "Pneumococcal polysaccharide PPV23", 0),
    ("187", "Zoster vaccine recombinant", 0),
]

#: Encounter kinds: key -> (class code, CPT, text, note LOINC, note title).
VISITS = {
    "wellness": ("AMB", "99397", "Periodic preventive visit", "11506-3", "Progress note"),
    "follow_up": ("AMB", "99214", "Follow-up office visit", "11506-3", "Progress note"),
    "acute": ("AMB", "99213", "Office visit, acute problem", "11506-3", "Progress note"),
    "telehealth": ("VR", "99442", "Telephone evaluation and management", "34748-7",
                   "Telephone encounter note"),
    "emergency": ("EMER", "99284", "Emergency department visit", "34111-5",
                  "Emergency department note"),
    "therapy": ("AMB", "97110", "Physical therapy visit", "11508-9",
                "Physical therapy Progress note"),
    "consult": ("AMB", "99244", "Specialist consultation", "11488-4", "Consult note"),
    "admission": ("IMP", "99223", "Hospital admission", "34117-2", "History and physical note"),
}

