"""A hospital bed's only visit too old for the face-to-face is one gap, not three (BED-002).

Blind wave 90, MG/bed-03: an E0260 ordered 2026-09-01 for a paraplegic patient with a stage 4
sacral pressure injury whose only note is the wound clinic visit of 2026-02-26 ("Needs
positioning off sacrum ... Plan: semi-electric bed + group 1 overlay; turn q2h"). The label: the
face-to-face is missing (more than 6 months before the order), the recent notes (CSU-006) and the
plan for the bed (BED-004) are there. The need is a lasting condition read over the year (BED-001,
blind waves 48-49), and so are the notes and the plan the visit that found it wrote; the visit's
age is BED-002's question. Near misses stay: a note more than a year old, no note at all, a bed
only considered, and the 90 days of CSU-006 for a service whose checklist states no other window.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

AS_OF = date(2026, 9, 2)
BED = "E0260"
VISIT = (
    "Wound clinic. Sacral PI stage 4, 4x3x2 cm. Braden 11. Paraplegic since MVC 2019. Needs "
    "positioning off sacrum, HOB <30 w/ knee gatch, turning q2h not possible in reg bed "
    "w/o rails.\n"
    "Plan: semi-electric bed + group 1 overlay; turn q2h."
)


def _bed(*notes: dict) -> dict:
    order = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-10"}
    return record(BED, *notes, reason="L89.154", order_type="DeviceRequest", order=order)


def _statuses(bundle: dict, *items: str) -> dict[str, str]:
    return {item: status(bundle, item, service=BED, as_of=AS_OF)["status"] for item in items}


def test_a_visit_too_old_for_the_face_to_face_still_gives_the_notes_and_the_plan() -> None:
    found = _statuses(_bed(_note("n1", "2026-02-26", VISIT)), "CSU-006", "BED-004", "BED-002")
    assert found == {"CSU-006": "met", "BED-004": "met", "BED-002": "missing"}


def test_a_visit_more_than_a_year_old_is_no_recent_note_or_plan() -> None:
    found = _statuses(_bed(_note("n1", "2025-08-15", VISIT)), "CSU-006", "BED-004")
    assert found == {"CSU-006": "missing", "BED-004": "missing"}


def test_no_note_is_no_recent_note() -> None:
    assert _statuses(_bed(), "CSU-006") == {"CSU-006": "missing"}


def test_a_bed_only_considered_at_the_old_visit_is_no_plan() -> None:
    text = VISIT.split("\n")[0] + "\nPlan: consider hospital bed if wound worsens."
    assert _statuses(_bed(_note("n1", "2026-02-26", text)), "BED-004") == {"BED-004": "missing"}


def test_other_services_keep_the_ninety_days_of_recent_notes() -> None:
    note = _note("n1", "2026-02-26", "LBP x 6 months, radiating to L leg. Exam: +SLR L. Plan: MRI.")
    bundle = record("72148", note, reason="M54.16")
    assert status(bundle, "CSU-006", service="72148", as_of=AS_OF)["status"] == "missing"
