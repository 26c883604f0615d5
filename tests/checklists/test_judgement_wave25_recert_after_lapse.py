"""A recertification asked for after its episode's last plan lapsed still continues that episode
(blind wave 24, CH/hh-02): the first certification ran 4/6-6/4 and the order of 7/6 says "Recert:
PT 2w4 ... Second cert period". Care ran unapproved for 32 days, past the 30 days a late-signed
recertification was allowed, so the order was taken to open a new episode and the face-to-face
(3/30, 7 days before the 4/6 start of care) was timed from the order, 98 days before. 42 CFR
424.22(a)(1)(v) asks the encounter of the initial certification only: an order that calls
itself a recertification continues the run of periods when it falls in the certification
period after the last one (60 days, 42 CFR 484.55(d)(1)). Without those words, or later than
that, the order still opens its own episode."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_VISIT = {
    "resourceType": "Encounter",
    "id": "visit",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-03-30", "end": "2026-03-30"},
    "type": [{"text": "Office visit - post-stroke follow up"}],
}
_PLAN = _note(
    "poc1",
    "2026-04-03",
    "HOME HEALTH PLAN OF CARE - Cert 04/06/2026-06/04/2026. PT 3w4, 2w4. Signed: C. Vasquez DO",
    extra={"description": "Plan of care note"},
)


def _face_to_face(note: str, authored: str = "2026-07-06") -> str:
    order = {"authoredOn": authored, "occurrenceDateTime": authored, "note": [{"text": note}]}
    bundle = record("G0151", _VISIT, _PLAN, reason="I69.351", order=order)
    report = score_bundle(bundle, as_of=date.fromisoformat(authored))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "note",
    [
        "Recert: PT 2w4 (8 visits) for gait/balance. Second cert period.",
        "Recertification HH PT 2w4.",
        "PT 2w4 for the 2nd certification period.",
    ],
)
def test_a_recertification_after_a_lapse_is_timed_from_the_original_start_of_care(note):
    assert _face_to_face(note) == "met"


def test_an_order_that_does_not_call_itself_a_recertification_opens_its_own_episode():
    assert _face_to_face("HH PT 2w4 for gait/balance.") == "missing"


def test_a_recertification_past_the_next_period_opens_its_own_episode():
    # The next period would have ended 8/3: an order of 8/20 continues nothing.
    assert _face_to_face("Recert: PT 2w4.", authored="2026-08-20") == "missing"


def _with_soc_note(text: str, written: str) -> str:
    note = _note("hh", written, text)
    order = {"authoredOn": "2026-07-06", "occurrenceDateTime": "2026-07-13",
             "note": [{"text": "HH PT 2w4 for gait/balance."}]}  # fmt: skip
    bundle = record("G0151", _VISIT, note, reason="I69.351", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 6))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_start_of_care_written_without_a_year_is_read_from_the_note_s_date():
    # "SOC 4/6" in an agency note of 6/20 is 4/6/2026: the 3/30 visit is 7 days before it.
    assert _with_soc_note("HH PT visit 12. SOC 4/6, F2F 3/30 Dr. Vasquez.", "2026-06-20") == "met"
    # With no start of care written (and no plan period), the window is the order's.
    assert _with_soc_note("HH PT visit 12. Gait 75 ft quad cane.", "2026-06-20") == "missing"


def test_a_yearless_start_of_care_ahead_of_the_note_is_the_one_proposed():
    # Written 3/1 "SOC 4/6": the start proposed five weeks on, not 4/6/2025.
    assert _with_soc_note("Referral to HH. SOC 4/6 planned.", "2026-03-01") == "met"
