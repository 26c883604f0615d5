"""A recertification a note's plan names is still to come: it is no review of the plan of care.

Blind wave 31, DI/homehealth-02: the certifying physician's video-visit note of 8/27 ends "Plan:
continue home PT for gait/balance and stair training; recert." and HHC-006 took the word
"recert" for a plan review done 14 days before, though the plan was last signed on 6/30 (72
days). Care named in a plan section is read as planned only when nothing in the section reads as
done, and "continue" does; a re-evaluation, recertification or progress report is now judged by
its own clause: under the plan, with no word that it was done, written or sent, it is to come.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _reports(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, date=dt.date(2026, 8, 27))])
    return [f.text for f in found if f.category == "progress-report" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Seen by video.\nPlan: continue home PT for gait and stairs; recert.",
        "Seen by video.\nPlan: continue PT 2x/wk, re-eval in 4 weeks.",
    ],
)
def test_a_report_the_plan_names_is_to_come(text):
    assert _reports(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Seen by video.\nPlan: re-evaluation completed today, continue PT 2x/wk.",
        "Seen by video.\nPlan: recertification signed, continue PT 2x/wk.",
        "Recertification done today: goals updated, continue PT 2x/wk.",
    ],
)
def test_a_report_done_is_still_a_report(text):
    assert _reports(text)


def test_a_home_health_plan_signed_72_days_ago_is_not_reviewed_by_a_recert_to_come():
    plan = {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": "Home Health Plan of Care",
        "description": "PT 2w4, 1w4: gait, stairs. Signed R. Adeyemi MD 05/20/2026.",
        "period": {"start": "2026-05-20", "end": "2026-07-18"},
    }
    visit = _note("video", "2026-07-16", "Telehealth (video) visit - R. Adeyemi MD\nWalker, "
                  "SBA on stairs; homebound.\nPlan: continue home PT for gait and stair "
                  "training; recert.")  # fmt: skip
    order = {"authoredOn": "2026-07-18", "occurrenceDateTime": "2026-08-03",
             "note": [{"text": "Recert - PT 2w4 (8 visits)."}]}  # fmt: skip
    bundle = record("G0151", plan, visit, reason="S72.002D", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 31))
    assert {i["id"]: i for i in report["items"]}["HHC-006"]["status"] == "missing"
