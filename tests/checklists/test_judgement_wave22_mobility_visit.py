"""Blind wave 22 (CB/whc-03): a visit for another problem is no mobility examination.

A power wheelchair ordered 2026-06-05 rested on the mobility exam of 2025-11-20, 197 days
before it; the ordering physician's in-person visit of 4/08 was for dysuria ("OFFICE VISIT
04/08/2026 - dysuria x 3 days ... Exam: abd soft, no CVAT"), and it stood in for the face-to-face
examination the PMD rule asks for (42 CFR 410.38(c): the practitioner evaluates the beneficiary
for the condition that supports the device). WHC-001 now keeps a visit whose day's notes say
something of the mobility limitation, or a visit with no note of its day on record.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_CYSTITIS = (
    "OFFICE VISIT 04/08/2026 - dysuria x 3 days. UA + LE/nitrite. No fever.\n"
    "Exam: abd soft, no CVAT.\n"
    "A/P: Acute cystitis - nitrofurantoin 100 BID x 5d. Wheelchair paperwork still pending."
)
_MOBILITY = (
    "OFFICE VISIT 04/08/2026 - mobility follow-up.\n"
    "Walks 20 ft with rollator then must sit; cannot walk from bedroom to bathroom without"
    " resting.\n"
    "Exam: shoulders flexion 80 deg bilat with pain, strength 4-/5."
)


def _visit(day: str, text: str = "Office Visit") -> dict:
    return {
        "resourceType": "Encounter",
        "id": f"enc-{day}",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        "type": [{"text": text}],
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        "period": {"start": day, "end": day},
    }


def _f2f(*resources: dict) -> str:
    order = {"authoredOn": "2026-06-05", "occurrenceDateTime": "2026-06-26"}
    bundle = record("K0823", *resources, reason="M17.0", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 6, 10))
    return {i["id"]: i for i in report["items"]}["WHC-001"]["status"]


def test_a_visit_for_another_problem_is_no_mobility_exam():
    visit = _visit("2026-04-08", "Office Visit - acute (dysuria)")
    assert _f2f(visit, _note("n1", "2026-04-08", _CYSTITIS)) != "met"


def test_a_visit_whose_note_speaks_of_the_mobility_limitation_is_one():
    visit = _visit("2026-04-08")
    assert _f2f(visit, _note("n1", "2026-04-08", _MOBILITY)) == "met"
    # Its note alone, the encounter not charted, is one too.
    assert _f2f(_note("n1", "2026-04-08", _MOBILITY)) == "met"


def test_a_visit_with_no_note_of_its_day_still_stands():
    assert _f2f(_visit("2026-04-08", "Face to face mobility examination")) == "met"


def test_a_mobility_note_of_another_day_does_not_make_the_dysuria_visit_an_exam():
    old = _MOBILITY.replace("04/08/2026", "11/20/2025")
    notes = (_note("n0", "2025-11-20", old), _note("n1", "2026-04-08", _CYSTITIS))
    assert _f2f(_visit("2026-04-08"), *notes) != "met"


def test_the_report_says_why_the_other_visit_does_not_count():
    visit = _visit("2026-04-08", "Office Visit - acute (dysuria)")
    order = {"authoredOn": "2026-06-05", "occurrenceDateTime": "2026-06-26"}
    resources = (visit, _note("n1", "2026-04-08", _CYSTITIS))
    bundle = record("K0823", *resources, reason="M17.0", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 6, 10))
    item = {i["id"]: i for i in report["items"]}["WHC-001"]
    assert "visit for another problem" in item["searched"]
