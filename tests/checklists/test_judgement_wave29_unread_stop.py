"""Honesty when a note cannot be read (bench/unread.py, invariant a). An open medication order
counts, and runs to as_of, until a later note says the drug was stopped (stopped_orders.py). When
a note written after the order began cannot be read, the stop it may state is unseen: an item met
only through such an order is "could not check", naming the note, never met. So is a procedure
met on its coded side while the note of its day, which gives the side treated, is unread
(laterality.py). With every note read nothing changes."""

from __future__ import annotations

import base64
from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_bilateral_reason import _injection

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def _order(ident: str, code: str, label: str, authored: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": ident,
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": code}], "text": label},
        "authoredOn": authored,
    }


def _unread(ident: str, when: str) -> dict:
    """A note whose only rendition is a scanned image: it cannot be read."""
    tiff = base64.b64encode(b"II*\x00\x08\x00\x00\x00" + bytes(range(64))).decode()
    note = _note(ident, when, "")
    note["content"] = [{"attachment": {"contentType": "image/tiff", "data": tiff}}]
    return note


def _item(bundle: dict, item: str, as_of: date) -> dict:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item]


# -- has_medication: CGM-001's insulin on an open order ------------------------------------------

_INSULIN = _order("ins", "2563976", "insulin glargine 100 UNT/ML Injectable Solution [Lantus]",
                  "2024-03-01")  # fmt: skip
_VISIT = _note("v1", "2026-04-20", "Diabetes visit. A1c 8.9. Continue current regimen.")


def _cgm001(*notes: dict) -> dict:
    bundle = record("A4239", _INSULIN, *notes, reason="E11.65")
    return _item(bundle, "CGM-001", date(2026, 5, 1))


def test_an_open_insulin_order_with_a_later_note_unread_is_not_judged() -> None:
    item = _cgm001(_VISIT, _unread("scan", "2025-09-10"))
    assert item["status"] == "unknown"
    assert "DocumentReference/scan" in item["searched"]


def test_read_notes_decide_as_before() -> None:
    assert _cgm001(_VISIT)["status"] == "met"
    stopped = _note("v0", "2025-09-10", "Stopped Lantus in the summer on his own; not on any "
                    "insulin now.")  # fmt: skip
    assert _cgm001(_VISIT, stopped)["status"] == "missing"


def test_an_unread_note_before_the_order_doubts_nothing() -> None:
    assert _cgm001(_VISIT, _unread("old", "2024-01-15"))["status"] == "met"


# -- care_episode: INF-002's twelve weeks on an open methotrexate order --------------------------

_MTX = _order("mtx", "105586", "Methotrexate 2.5 MG Oral Tablet", "2026-01-05")
_RA = {
    "resourceType": "Condition",
    "id": "ra",
    "subject": {"reference": "Patient/p"},
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M05.79"}]},
}


def _inf002(*notes: dict) -> dict:
    bundle = record("J1745", _MTX, _RA, *notes, reason="M05.79")
    return _item(bundle, "INF-002", date(2026, 6, 1))


def test_twelve_weeks_carried_by_an_open_order_with_a_note_unread_are_not_judged() -> None:
    item = _inf002(_unread("scan", "2026-03-02"))
    assert item["status"] == "unknown"
    assert "DocumentReference/scan" in item["searched"]


def test_the_course_read_in_full_stands_or_ends_where_the_note_says() -> None:
    assert _inf002(_note("r1", "2026-03-02", "RA follow-up, joints tender."))["status"] == "met"
    stopped = _note("r1", "2026-03-02", "Methotrexate stopped on 02/01/2026 (nausea).")
    assert _inf002(stopped)["status"] == "partial"


# -- care_episode: a stop the unread note may state leaves a pause that splits the care ---------

_MELOXICAM = _order("mel", "152695", "meloxicam 15 MG Oral Tablet", "2026-07-01")
_NECK_PT = {
    "resourceType": "Procedure",
    "id": "pt",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}],
             "text": "Physical therapy evaluation, cervical"},
    "performedDateTime": "2026-08-28",
}  # fmt: skip


_RADICULOPATHY = {**_RA, "id": "neck", "code": {"coding": [
    {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.12"}]}}  # fmt: skip


def _aim003(*notes: dict) -> dict:
    order = {"authoredOn": "2026-09-20", "occurrenceDateTime": "2026-10-01"}
    bundle = record("72141", _MELOXICAM, _NECK_PT, _RADICULOPATHY, *notes, reason="M54.12",
                    order=order)  # fmt: skip
    return _item(bundle, "AIM-003", date(2026, 9, 25))


def test_an_unread_note_could_split_the_care_where_the_drug_stopped() -> None:
    # Stopped the day it began, then 58 days with no care before PT: two tries, not six weeks.
    item = _aim003(_unread("scan", "2026-07-20"))
    assert item["status"] == "unknown"
    assert "DocumentReference/scan" in item["searched"]


def test_the_same_care_read_in_full_is_one_episode() -> None:
    read = _note("n1", "2026-07-20", "Neck pain, taking meloxicam daily.")
    assert _aim003(read)["status"] == "met"


# -- has_procedure, same_region: the note of the procedure's day gives the side treated ----------


def _hya003(*notes: dict) -> dict:
    order = {"authoredOn": "2026-03-02", "occurrenceDateTime": "2026-03-16",
             "bodySite": [{"text": "Left knee"}]}  # fmt: skip
    bundle = record("J7321", _injection("left"), *notes, reason="M17.12", order=order)
    return _item(bundle, "HYA-003", date(2026, 3, 9))


def test_a_sided_procedure_whose_days_note_is_unread_is_not_judged() -> None:
    item = _hya003(_unread("proc", "2025-12-03"))
    assert item["status"] == "unknown"
    assert "DocumentReference/proc" in item["searched"]


def test_the_procedure_notes_side_read_decides_as_before() -> None:
    same = _note("proc", "2025-12-03", "Procedure: left knee intra-articular steroid injection.")
    other = _note("proc", "2025-12-03", "Procedure: right knee intra-articular steroid injection.")
    assert _hya003(same)["status"] == "met"
    assert _hya003(other)["status"] == "missing"
    assert _hya003(_unread("later", "2026-01-10"))["status"] == "met"
