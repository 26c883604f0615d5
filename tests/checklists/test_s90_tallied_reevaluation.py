"""PT-007 counts the 60 days from a re-evaluation headed with its visit tally (blind wave 106,
OL/therapy-pt-ot-chiro-01: "PT progress note / re-eval visit 10 of authorized (14 scheduled, 4
no-shows/cxl)" four days before the request was read as still to come, so the evaluation 69
days old was the last). A reminder that one is due, or a re-eval planned, is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_EVAL = (
    "PT eval (97163): s/p R TKA 1/13. ROM 15-75, quad 3/5, LEFS 18/80, walker. POC: dx Z47.1; "
    "goals ROM 0-115, LEFS >55; 2-3x/wk x 12 wks, through 4/13/2026. Signed B. Calloway MD "
    "1/22/26. -- A. Lindgren PT"
)


def _pt007(second: str) -> str:
    notes = [_note("eval", "2026-01-20T15:00:00Z", _EVAL),
             _note("second", "2026-03-26T15:00:00Z", second)]  # fmt: skip
    order = {"authoredOn": "2026-03-30", "occurrenceDateTime": "2026-04-02",
             "quantityQuantity": {"value": 12, "unit": "visits"}}  # fmt: skip
    evaluation = {"resourceType": "Procedure", "id": "p4", "status": "completed",
                  "subject": {"reference": "Patient/p"}, "performedDateTime": "2026-01-20",
                  "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt",
                                       "code": "97163"}]}}  # fmt: skip
    bundle = record("97110", evaluation, *notes, reason="Z47.1", order=order)
    report = score_bundle(bundle, service="97110", as_of=date(2026, 3, 30))
    return {i["id"]: i for i in report["items"]}["PT-007"]["status"]


@pytest.mark.parametrize(
    "second",
    [
        "PT progress note / re-eval visit 10 of authorized (14 scheduled, 4 no-shows/cxl). ROM "
        "5-105, LEFS 46/80, cane only, stairs step-to. Goals partially met. Cont 2x/wk x 6 wk. "
        "-- A. Lindgren PT",
        "PT re-evaluation (10 visits attended, 2 cancelled). LEFS 46/80. Goals partially met.",
    ],
)
def test_a_tallied_re_evaluation_restarts_the_60_days(second: str) -> None:
    assert _pt007(second) == "met"


@pytest.mark.parametrize(
    "second",
    [
        "PT daily note (10 attended, 1 no-show). Ther ex. Progress note due next visit.",
        "PT daily note visit 10. Progressing toward goals. Re-eval scheduled 4/2.",
    ],
)
def test_a_report_due_or_planned_does_not(second: str) -> None:
    assert _pt007(second) == "missing"
