"""The drugs a plan named were taken up to a later note that says how "the meds" work (blind
wave 29, CU/lmri-03): a first visit's "Plan: PT 2x/wk x 6 wks, cyclobenzaprine 5 mg qhs,
meloxicam 15 mg daily" and, seven weeks later, the patient's "Finished PT last week ... meds
not helping" were only the 39 coded days of PT, short of a lumbar MRI's six weeks; the
reviewer counted the drugs from the plan to that message. A word on how the meds work ("meds
aren't helping", "medications have not helped") says they were taken; "meds reviewed", a stop
("stopped the meds") or a condition ("if the meds are not helping") does not."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_PT = {
    "resourceType": "Procedure",
    "id": "pt1",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97110"}]},
    "performedPeriod": {"start": "2026-01-12", "end": "2026-02-13"},
}


def _lumbar_mri(message: str) -> str:
    plan = _note(
        "n1",
        "2026-01-05",
        "A/P: L5 radicular pain after lifting. Plan: PT 2x/wk, naproxen 500 mg BID, "
        "tizanidine 2 mg qhs. RTC 6 wks.",
    )
    later = _note("n2", "2026-02-20", f"Portal message from patient: {message}")
    request = {"authoredOn": "2026-02-20", "occurrenceDateTime": "2026-03-02"}
    bundle = record("72148", _PT, plan, later, order=request)
    report = score_bundle(bundle, as_of=date(2026, 2, 23))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    "message",
    [
        "PT is done, the meds aren't helping, leg still burns.",
        "Done with therapy. Medications have not helped at all.",
    ],
)
def test_a_word_on_how_the_meds_work_says_they_were_taken(message: str) -> None:
    assert _lumbar_mri(message) == "met"


@pytest.mark.parametrize(
    "message",
    [
        "PT is done. Meds reviewed, no changes. Leg still burns.",
        "PT is done. I stopped the meds, they made me dizzy, not helping anyway.",
        "PT is done. Leg still burns.",
    ],
)
def test_no_word_that_the_meds_were_taken_leaves_the_pt_alone(message: str) -> None:
    assert _lumbar_mri(message) == "partial"
