"""The fixed element vocabulary (../shared/domain/elements.md) and the denial reasons.

Add an element here only when elements.md adds it; never rename or reuse one.
"""

from __future__ import annotations

ELEMENTS: frozenset[str] = frozenset(
    {
        "member-coverage",
        "ordering-provider",
        "service-code",
        "diagnosis-code",
        "code-pairing",
        "clinical-notes",
        "diagnostic-results",
        "conservative-treatment",
        "treatment-plan",
        "date-of-service",
        "symptom-duration",
        "exam-findings",
        "functional-deficits",
        "red-flags",
        "face-to-face",
        "plan-of-care",
        "progress-report",
        "medication-history",
        "work-injury",
    }
)

#: Seed 003's "Critical Documentation Elements": every checklist covers each one (or says why not).
UNIVERSAL_ELEMENTS: tuple[str, ...] = (
    "member-coverage",
    "ordering-provider",
    "service-code",
    "diagnosis-code",
    "code-pairing",
    "clinical-notes",
    "diagnostic-results",
    "conservative-treatment",
    "treatment-plan",
    "date-of-service",
)

DENIAL_REASONS: frozenset[str] = frozenset(
    {"missing-clinical-notes", "incorrect-cpt", "medical-necessity"}
)

STATUSES: tuple[str, ...] = ("met", "partial", "missing", "not_applicable", "unknown")

#: Each element in words, for pages people read (the coordinator dashboard's charts).
ELEMENT_LABELS: dict[str, str] = {
    "member-coverage": "Member coverage",
    "ordering-provider": "Ordering provider",
    "service-code": "Service code (CPT/HCPCS)",
    "diagnosis-code": "Diagnosis code",
    "code-pairing": "Diagnosis supports the service",
    "clinical-notes": "Clinical notes",
    "diagnostic-results": "Diagnostic results",
    "conservative-treatment": "Conservative treatment",
    "treatment-plan": "Treatment plan",
    "date-of-service": "Date of service",
    "symptom-duration": "Symptom duration",
    "exam-findings": "Exam findings",
    "functional-deficits": "Functional limits",
    "red-flags": "Red-flag findings",
    "face-to-face": "Face-to-face visit",
    "plan-of-care": "Plan of care",
    "progress-report": "Progress report",
    "medication-history": "Medication history",
    "work-injury": "Work injury details",
}
