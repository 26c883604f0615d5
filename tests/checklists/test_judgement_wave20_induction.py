"""'Induction' names the phase, not its dose (blind wave 20, BR/inf-03): 'Plan infliximab
induction with AZA as combination therapy. Dose/schedule to be finalized by infusion pharmacy'
met INF-004's dosing plan, while the order read 'Remicade *** mg/kg IV at weeks *** then every
*** weeks. Weight: ***'. The dose a note points to on the infliximab medication order ('see
medication order for dosing', P/infl-04) is read from that order's dosage instructions: a text of
its own kind, which nothing but a criterion listing it reads (a dose is a plan, not the drug
taken)."""

from __future__ import annotations

from smartapp.evidence import build_record
from smartapp.evidence.dosages import DOSAGE_KIND

from .test_judgement import _note, record, status

PLACEHOLDERS = {"note": [{"text": "Remicade *** mg/kg IV at weeks *** then every *** weeks."}]}


def _medication_order(drug: str, dosage: str, authored: str = "2026-02-20") -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "mr",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": drug},
        "authoredOn": authored,
        "requester": {"reference": "Practitioner/dr"},
        "dosageInstruction": [{"text": dosage}],
    }


def _infliximab(*resources: dict) -> str:
    bundle = record("J1745", *resources, reason="K51.011", order=PLACEHOLDERS)
    return status(bundle, "INF-004")["status"]


def test_induction_alone_names_no_dose():
    for text in (
        "Plan infliximab induction with AZA as combination therapy. Dose/schedule to be "
        "finalized by infusion pharmacy.",
        "Start Remicade induction next week.",
        "Infliximab induction (see medication order for dosing).",
    ):
        assert _infliximab(_note("n1", "2026-02-20", text)) != "met", text


def test_the_medication_orders_dose_is_the_dosing_plan():
    note = _note("n1", "2026-02-20", "Infliximab induction (see medication order for dosing).")
    dosed = _medication_order(
        "Infliximab 100 MG Injection",
        "5 mg/kg IV (61.2 kg = 306 mg; give 300 mg) at weeks 0, 2 and 6, then every 8 weeks",
    )
    assert _infliximab(note, dosed) == "met"
    # The dose written in the note still counts on its own.
    written = _note("n2", "2026-02-20", "Infliximab 5 mg/kg (61 kg) IV weeks 0, 2, 6 then q8 wk.")
    assert _infliximab(written) == "met"


def test_another_drugs_dose_or_an_old_order_is_no_dosing_plan():
    # The azathioprine's "mg/kg" would pass the note criterion's words: dosages are not read
    # there, only by the criterion that lists their kind and asks for infliximab by name.
    note = _note("n1", "2026-02-20", "Infliximab induction.")
    for other in (
        _medication_order("Azathioprine 50 MG Oral Tablet", "2.5 mg/kg = 150 mg PO daily"),
        _medication_order("Infliximab 100 MG Injection", "*** mg/kg IV at weeks ***"),
        _medication_order("Infliximab 100 MG Injection", "5 mg/kg IV q8 weeks", "2024-05-01"),
    ):
        assert _infliximab(note, other) != "met", other["dosageInstruction"]


def test_a_dosage_text_is_led_by_its_drug():
    naproxen = _medication_order("naproxen 500 MG Oral Tablet", "500 mg PO BID x 6 weeks")
    built = build_record(record("72148", naproxen))
    dosages = [t for t in built.all_texts() if t.kind == DOSAGE_KIND]
    assert [t.text for t in dosages] == ["naproxen 500 mg oral tablet: 500 mg PO BID x 6 weeks"]
