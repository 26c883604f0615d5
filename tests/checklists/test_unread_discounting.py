"""Honesty when a note cannot be read (bench/unread.py, stop 39): evidence that a note the app
could not read may discount is "could not check", naming the note, never met; and a gap the
unread note may close is never missing or partial. With every note read nothing changes.

- a form's ticked box, which a clinician's narrative can deny (unread_ticks.py);
- care or a drug in notes, which a newer note can take back ("has not started it"), and a
  medication list naming a drug whose open order a later note can call never taken
  (unread_denials.py, unread_stops.py);
- an episode of care that rests on notes' statements a newer note can take back;
- a follow-up exam with no trial dated, whose first exam or trial an unread note may hold
  (sequence._follow_up);
- an item whose exception (applies_when) an unread note may hold (unread.unless_exempt).
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _order, _unread

# -- a ticked box (WLK-002) ------------------------------------------------------------------

_FORM = _note(
    "form", "2026-05-20",
    "DME PRIOR AUTHORIZATION - WALKER (filled by the supplier)\n"
    "[X] Patient has a mobility limitation that impairs MRADLs in the home\n"
    "[X] Patient can safely use the walker\n"
    "Prepared by R. Okafor, supplier 05/20/2026",
)  # fmt: skip
_DENIES = (
    "S: 71M here for BP check. Walks 2 miles daily. Independent with all ADLs at home, no "
    "falls. O: Gait normal, no device. TUG 8 s. A/P: HTN, controlled. Walker per pt request."
)
_STATES = (
    "S: 71M with Parkinson disease. Shuffling gait, two falls at home this spring; cannot walk "
    "from bed to bathroom without holding furniture. A/P: front-wheeled walker for the home."
)


def _walker(*notes: dict) -> dict:
    return _item(record("E0143", _FORM, *notes, reason="G20.A1"), "WLK-002", date(2026, 6, 1))


def test_a_tick_whose_narrative_is_unread_is_not_judged() -> None:
    item = _walker(_unread("visit", "2026-05-12"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/visit" in item["searched"]


def test_a_tick_the_read_narrative_denies_is_missing_as_before() -> None:
    assert _walker(_note("visit", "2026-05-12", _DENIES))["status"] == "missing"


def test_a_tick_the_read_narrative_states_stands_beside_an_unread_note() -> None:
    item = _walker(_note("visit", "2026-05-12", _STATES), _unread("other", "2026-05-14"))
    assert item["status"] == "met", item["searched"]


# -- care or a drug a newer note takes back (INF-001) ----------------------------------------

_STARTED = _note(
    "gi1", "2026-01-12",
    "GI visit: ileocolonic Crohn's, steroid dependent. Started azathioprine 50 mg daily today.",
)  # fmt: skip
_DECLINED = (
    "GI visit: has not started azathioprine - declined after reading about lymphoma. "
    "Plan: request infliximab."
)


def _infliximab(*resources: dict) -> dict:
    bundle = record("J1745", *resources, reason="K50.80")
    return _item(bundle, "INF-001", date(2026, 3, 20))


def test_a_drug_a_newer_unread_note_may_take_back_is_not_judged() -> None:
    item = _infliximab(_STARTED, _unread("gi2", "2026-03-02"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/gi2" in item["searched"]


def test_the_newer_read_note_takes_it_back_as_before() -> None:
    assert _infliximab(_STARTED, _note("gi2", "2026-03-02", _DECLINED))["status"] == "missing"


def test_an_unread_note_older_than_the_mention_takes_nothing_back() -> None:
    assert _infliximab(_STARTED, _unread("gi0", "2025-12-01"))["status"] == "met"


_AZA = _order("aza", "1256", "azathioprine 50 MG Oral Tablet", "2026-01-12")


def test_an_open_order_a_later_unread_note_may_call_never_taken_is_not_judged() -> None:
    item = _infliximab(_AZA, _unread("call", "2026-02-05"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/call" in item["searched"]


def test_an_open_order_read_notes_say_nothing_of_stands() -> None:
    quiet = _note("call", "2026-02-05", "Phone note: labs reviewed, CBC normal.")
    assert _infliximab(_AZA, quiet)["status"] == "met"


def test_a_listed_drug_a_later_unread_note_may_call_never_taken_is_not_judged() -> None:
    listed = _note(
        "list", "2026-03-01",
        "GI visit.\nCurrent Outpatient Medications:\n  azathioprine 50 mg tab - 1 tab daily\n"
        "  budesonide 9 mg daily",
    )  # fmt: skip
    ordered = _order("aza", "1256", "azathioprine 50 MG Oral Tablet", "2026-01-12")
    ordered["status"] = "cancelled"  # the coded order no longer counts: only the list does
    read = _infliximab(ordered, listed)
    assert read["status"] == "met", read["searched"]
    item = _infliximab(_AZA | {"id": "aza2"}, listed, _unread("call", "2026-02-05"))
    assert item["status"] == "unknown", item["searched"]


# -- an episode of care a newer note takes back (OCC-002) ------------------------------------

# The care is stated as had ("PT 2x/wk x 6 wks, no better"): "Plan PT 2x/wk x 6 wks" is a plan,
# to come, no care a newer note could take back (planned_weeks.py).
_INJURY = _note(
    "occ1", "2026-07-20",
    "Occ med: DOI 5/28/26 lifting boxes at the warehouse (claim 26-1188), L shoulder pain. Job: "
    "loader, lifts 50 lb. Work status: light duty R arm only. PT 2x/wk x 6 wks, no better.",
)  # fmt: skip
_NEVER_WENT = (
    "Occ med f/u: L shoulder still painful. Did not start PT - no transportation. Cannot lift "
    "over 15 lb (job needs 50). Plan: work hardening 3 h/day x 4 wks."
)


def _occ(*notes: dict) -> dict:
    bundle = record("97545", _INJURY, *notes, reason="S43.402A")
    return _item(bundle, "OCC-002", date(2026, 8, 20))


def test_care_a_newer_unread_note_may_take_back_is_not_judged() -> None:
    item = _occ(_unread("occ2", "2026-08-15"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/occ2" in item["searched"]


def test_care_the_read_notes_keep_or_take_back_as_before() -> None:
    assert _occ()["status"] == "met"
    assert _occ(_note("occ2", "2026-08-15", _NEVER_WENT))["status"] != "met"
    assert _occ(_unread("occ0", "2026-04-01"))["status"] == "met"  # older than the care


# -- a follow-up exam with no trial dated (LMRI-004) -----------------------------------------

_EXAM = _note(
    "exam", "2026-02-20",
    "Low back pain radiating to the L leg. Exam: SLR positive on the left at 40 degrees, "
    "L EHL strength 4/5, ankle reflex diminished on the left.",
)  # fmt: skip


def test_a_first_exam_an_unread_note_may_hold_is_not_blamed_on_it() -> None:
    item = _item(record("72148", _EXAM, _unread("old", "2025-12-20")), "LMRI-004", date(2026, 3, 1))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/old" in item["searched"]


def test_the_only_exam_with_every_note_read_is_partial_as_before() -> None:
    quiet = _note("old", "2025-12-20", "Flu shot given. No complaints.")
    assert _item(record("72148", _EXAM, quiet), "LMRI-004", date(2026, 3, 1))["status"] == "partial"


# -- an exception an unread note may hold (BAR-002) ------------------------------------------

_WEIGHED = "Bariatric consult. Wt 131 kg, Ht 172 cm, BMI 44.3. Class 3 obesity. No comorbidities."


def _bariatric(*notes: dict) -> dict:
    return _item(record("43775", *notes, reason="E66.813"), "BAR-002", date(2026, 3, 1))


def test_an_item_whose_exception_an_unread_note_may_hold_is_not_a_gap() -> None:
    item = _bariatric(_unread("consult", "2026-02-10"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/consult" in item["searched"]


def test_the_read_bmi_makes_it_not_apply_as_before() -> None:
    assert _bariatric(_note("consult", "2026-02-10", _WEIGHED))["status"] == "not_applicable"


# -- the latest reading (OXY-001) and the event's date (CPAP-003) ----------------------------

_ROOM_AIR = _note(
    "ed", "2026-02-21",
    "ED NOTE: COPD flare. At rest on room air SpO2 85% RA; 93% on 2 L NC. Discharged home.",
)  # fmt: skip


def _oxygen(*notes: dict) -> dict:
    order = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-16"}
    bundle = record("E1390", _ROOM_AIR, *notes, reason="J44.1", order_type="DeviceRequest",
                    order=order)  # fmt: skip
    return _item(bundle, "OXY-001", date(2026, 3, 10))


def test_a_later_reading_an_unread_note_may_report_is_not_judged() -> None:
    item = _oxygen(_unread("clinic", "2026-03-02"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/clinic" in item["searched"]


def test_the_read_notes_decide_the_latest_reading_as_before() -> None:
    assert _oxygen()["status"] == "met"
    later = _note("clinic", "2026-03-02", "O: SpO2 95% on RA at rest. Lungs clear.")
    assert _oxygen(later)["status"] == "partial"


def test_an_unread_note_older_than_the_qualifying_reading_changes_nothing() -> None:
    assert _oxygen(_unread("old", "2026-02-01"))["status"] == "met"


_SLEEP_VISIT = {
    "resourceType": "Encounter",
    "id": "sleepvisit",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    "period": {"start": "2026-01-20", "end": "2026-01-20"},
    "type": [{"text": "Sleep medicine new patient visit"}],
}
_AHI = {
    "resourceType": "Observation",
    "id": "ahi",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "69990-0"}], "text": "AHI"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-02-02",
    "valueQuantity": {"value": 31.0, "unit": "/h"},
}


def _cpap(*notes: dict) -> dict:
    order = {"authoredOn": "2026-02-10", "occurrenceDateTime": "2026-02-20"}
    bundle = record("E0601", _SLEEP_VISIT, _AHI, *notes, reason="G47.33",
                    order_type="DeviceRequest", order=order)  # fmt: skip
    return _item(bundle, "CPAP-003", date(2026, 2, 12))


def test_an_unread_note_before_the_evaluation_may_date_the_test_earlier() -> None:
    item = _cpap(_unread("intake", "2026-01-09"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/intake" in item["searched"]


def test_the_evaluation_before_the_test_stands_when_read_or_after_it() -> None:
    assert _cpap()["status"] == "met"
    assert _cpap(_note("intake", "2026-01-09", "Flu shot given."))["status"] == "met"
    assert _cpap(_unread("later", "2026-01-25"))["status"] == "met"
