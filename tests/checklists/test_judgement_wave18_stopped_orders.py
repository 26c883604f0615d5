"""Stop statements wave 17's reading missed (blind wave 18). BK/cgm-02: an 'active' order
labelled by its generic name ('insulin glargine 100 UNT/ML Pen Injector') beside 'Pt stopped
Lantus on his own in Feb': the note names the drug by its brand, which the order's label does
not carry. BJ/aim-03: 'Stopped meloxicam after 5 days in July' beside a meloxicam order of
7/20: a month written without its day is a stop any day of that month, so a stop 'in July'
after a July 20 order is no earlier course."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.stopped_orders import drug_names, stopped_on
from smartapp.evidence.bundle import build_record

from .test_judgement import _note, record
from .test_judgement_wave17_stopped_orders import _order


def _stop(label: str, authored: str, when: str, text: str, as_of: str = "2026-10-05"):
    bundle = record("72141", _order("m", label, authored, "daily"), _note("n1", when, text))
    rec = build_record(bundle)
    item = next(i for i in rec.of("MedicationRequest"))
    return stopped_on(item, rec.all_texts(), date.fromisoformat(as_of))


def test_a_brand_name_in_the_note_names_the_generic_order():
    glargine = "insulin glargine 100 UNT/ML Pen Injector"
    for text in (
        "Pt stopped Lantus on his own in Feb after starting Ozempic.",
        "Basaglar discontinued 2/10/26 - no longer needed.",
        "No longer taking Toujeo since February.",
    ):
        assert _stop(glargine, "2025-06-02", "2026-04-30", text) is not None, text
    assert "lantus" in drug_names_of(glargine)
    assert _stop("meloxicam 15 MG Oral Tablet", "2026-07-20", "2026-09-29", "Stopped Mobic 8/1.")
    # Another drug's brand is not this drug: Humalog is no glargine.
    assert _stop(glargine, "2025-06-02", "2026-04-30", "Stopped Humalog in Feb.") is None


def drug_names_of(label: str) -> tuple[str, ...]:
    bundle = record("72141", _order("m", label, "2026-01-01", "daily"))
    return drug_names(next(i for i in build_record(bundle).of("MedicationRequest")))


def test_a_stop_in_the_month_the_order_was_written_ends_it():
    meloxicam = "meloxicam 15 MG Oral Tablet"
    text = "Stopped meloxicam after 5 days in July (stomach upset), not taking anything else."
    assert _stop(meloxicam, "2026-07-20", "2026-09-29", text) == date(2026, 7, 25)
    assert _stop(meloxicam, "2026-07-20", "2026-09-29", "Stopped meloxicam in July.") == date(
        2026, 7, 20
    )
    for text in (
        "Took meloxicam for 5 days in July then stopped d/t stomach upset.",
        "Quit taking meloxicam after a week.",
        "Meloxicam caused stomach upset so she stopped it after about a week.",
    ):
        assert _stop(meloxicam, "2026-07-20", "2026-09-29", text) in (
            date(2026, 7, 25),
            date(2026, 7, 27),
        ), text
    # A month wholly before the order is an earlier course; a dated day before it too.
    assert _stop(meloxicam, "2026-07-20", "2026-09-29", "Stopped meloxicam in June.") is None
    assert _stop(meloxicam, "2026-07-20", "2026-09-29", "Stopped meloxicam 7/14.") is None


def test_the_phone_note_stop_ends_the_course_conservative_care_counted():
    from smartapp.scoring.report import score_bundle

    from .test_judgement import ICD10

    radiculopathy = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": "M54.12"}]},
        "onsetDateTime": "2026-07-06",
    }
    order = _order("m", "meloxicam 15 MG Oral Tablet", "2026-07-20", "15 mg daily")
    note = _note(
        "n1",
        "2026-09-29",
        "Pt calling. Stopped meloxicam after 5 days in July (stomach upset), not taking "
        "anything else. Still R arm tingling.",
    )
    request = {"authoredOn": "2026-09-29", "occurrenceDateTime": "2026-10-12"}
    bundle = record("72141", radiculopathy, order, note, reason="M54.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 10, 5))
    assert {i["id"]: i for i in report["items"]}["AIM-003"]["status"] != "met"
