"""An open order whose drug a later medication list marks "(not taking)" is no trial (s62-g).

The order alone ran from its day to the request; the list's own remark says the patient does not
take the drug, and nothing says it was ever begun, so a reviewer counts no trial. A remark of
another entry, of adherence, or of a course that ended keeps the order's course.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave17_stopped_orders import _order


def _mtx(text: str | None, when: str = "2026-12-01") -> str:
    order = _order("mtx", "Methotrexate 2.5 MG Oral Tablet", "2026-08-04", "15 mg PO weekly")
    notes = [_note("n1", when, text)] if text else []
    request = {"authoredOn": "2026-12-01", "occurrenceDateTime": "2026-12-17"}
    bundle = record("J1745", order, *notes, reason="M05.79", order=request)
    report = score_bundle(bundle, as_of=date(2026, 12, 4))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


def test_a_later_list_that_marks_the_ordered_drug_not_taken_is_no_trial():
    for text in (
        "Current Medications:\nmethotrexate 2.5 mg tab, take 6 tabs PO weekly (not taking)\n"
        "folic acid 1 mg daily",
        "Medications:\n- Methotrexate 15 mg PO weekly - pt not taking\n- prednisone 5 mg daily",
        "Meds: MTX 15 mg weekly (not taking); folic acid 1 mg",
        "Current Outpatient Medications\nmethotrexate 2.5 MG tablet Take 6 tablets by mouth once "
        "a week. (Patient not taking: Reported on 11/20/2026)",
        "Medication list:\nmethotrexate 2.5 mg tablet - 15 mg weekly [not currently taking]",
        "MEDS: methotrexate 15mg qwk -- NOT TAKING\nlisinopril 10 mg",
        "Medications:\nmethotrexate 2.5 mg tabs 6 tabs weekly (pt not taking)",
        "Meds:\nMethotrexate 15 mg weekly (pt not taking it)",
        "Med rec: methotrexate 15 mg q week - never filled",
    ):
        assert _mtx(text) != "met", text


def test_another_entry_adherence_or_an_ended_course_keeps_the_order():
    assert _mtx(None) == "met"
    for text in (
        "Meds: methotrexate 15 mg weekly; not taking folic acid",
        "Medications:\nmethotrexate 15 mg weekly\nlisinopril 10 mg (not taking)",
        "Medications: methotrexate 15 mg weekly, ibuprofen 800 mg TID (not taking)",
        "Meds: MTX 15 mg weekly (not taking regularly - misses a dose now and then)",
        "Meds: MTX 15 mg weekly (not taking since 11/20 - nausea)",
        "Meds: methotrexate 15 mg weekly (taking), folic acid 1 mg",
        "Pt not taking NSAIDs; continues methotrexate 15 mg weekly.",
        # A stop dated before the list's remark says the drug was taken until then (BJ/inf-02).
        "MTX 15 mg weekly from 8/4, pt stopped it herself 11/5 (nausea). (Med list still shows "
        "MTX active - pt not taking.)",
        # The list of the order's own day tells the history the order follows.
    ):
        assert _mtx(text) == "met", text
    assert _mtx("Meds: methotrexate 15 mg weekly (not taking)", "2026-08-04") == "met"
