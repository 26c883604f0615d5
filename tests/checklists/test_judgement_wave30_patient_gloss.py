""" "PT" that the note itself spells out as the patient, found by blind wave 30
(DG/work-rehab-02): "DOI 4/22/26: PT (patient) is a CNA", then "PT (physical therapy) started
5/14, attended 3 visits so far". The first "PT" was read as therapy on the injury date, which made
five weeks of acute therapy of what was two weeks and three visits."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, concepts_found, record, status


def test_pt_glossed_as_the_patient_is_no_therapy():
    day = date(2026, 5, 28)
    assert "physical-therapy" not in concepts_found("DOI 4/20/26: PT (patient) is a welder.", day)
    assert "physical-therapy" in concepts_found("PT (physical therapy) started 5/12.", day)


def test_acute_therapy_begun_two_weeks_ago_is_not_completed():
    text = (
        "Work injury f/u 05/28/2026\nDOI 4/20/26: PT (patient) is a welder; hurt L shoulder "
        "lifting a beam.\nPT (physical therapy) started 5/12, attended 3 visits so far.\n"
        "Plan: continue PT, FCE."
    )
    order = {"authoredOn": "2026-05-28", "occurrenceDateTime": "2026-06-08"}
    bundle = record("97750", _note("n1", "2026-05-28", text), reason="S46.012A", order=order)
    assert status(bundle, "OCC-002", as_of=date(2026, 6, 1))["status"] != "met"
