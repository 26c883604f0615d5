"""A recertification's own period, stated after a lapse, continues its episode (brief s67-d,
class 6; the shape of GH/home-health-02). An order that calls itself a recertification continues
the run of certification periods up to one period (60 days) after the last ended (blind wave 24,
CH/hh-02), but when the agency's papers also state the recertified period ("CERT PERIOD
05/04/2026 - 07/02/2026" after a plan that ended 3/31), that period was read as the first of a
new run: the episode's start moved to 5/04 and the face-to-face of the original start of care
was called missing. 42 CFR 424.22(a)(1)(v) asks the encounter of the initial certification only.
An order that does not call itself a recertification, or a period that begins more than a
period after the last ended, still opens its own episode."""

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
_FIRST = _note(
    "poc1",
    "2026-04-03",
    "HOME HEALTH PLAN OF CARE - Cert 04/06/2026-06/04/2026. PT 3w4, 2w4. Signed: C. Vasquez DO",
    extra={"description": "Plan of care note"},
)


def _face_to_face(order_note: str, period_text: str, written: str = "2026-07-06") -> str:
    period = _note("poc2", written, period_text, extra={"description": "Plan of care note"})
    order = {"authoredOn": written, "occurrenceDateTime": written, "note": [{"text": order_note}]}
    bundle = record("G0151", _VISIT, _FIRST, period, reason="I69.351", order=order)
    report = score_bundle(bundle, as_of=date.fromisoformat(written))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    ("order_note", "period_text"),
    [
        ("HH PT 2w8 recert (16 visits).", "CERT PERIOD 07/06/2026 - 09/03/2026\nPT 2w8"),
        ("Recert: PT 2w4 for gait.", "HH POC cert period 7/6/26-9/3/26. PT 2w4."),
        ("PT 2w4, 2nd cert period.", "Plan of care 07/06/2026 - 09/03/2026 (pending signature)"),
        ("Recertification HH PT 2w4.", "Certification period: 7/6/2026 to 9/3/2026"),
    ],
)
def test_a_late_recertification_s_period_continues_the_episode(
    order_note: str, period_text: str
) -> None:
    # The first period ended 6/04; the recertified one starts 7/06, 32 days later.
    assert _face_to_face(order_note, period_text) == "met"


def test_an_order_that_does_not_call_itself_a_recertification_opens_its_own_episode() -> None:
    text = "CERT PERIOD 07/06/2026 - 09/03/2026\nPT 2w8"
    assert _face_to_face("HH PT 2w8 for gait/balance.", text) == "missing"


def test_a_period_more_than_a_period_after_the_last_opens_its_own_episode() -> None:
    # The next period would have ended 8/03: one from 8/20 continues nothing.
    text = "CERT PERIOD 08/20/2026 - 10/18/2026\nPT 2w8"
    assert _face_to_face("Recert: PT 2w8.", text, written="2026-08-20") == "missing"
