"""A medication list writes how long each drug was taken after a dash or a comma: "azathioprine
125 mg daily - 10/2024 to 07/2026 (d/c'd: ongoing bleeding)", "mesalamine 4.8 g/day - 05/2022 to
present - partial response" (blind wave 71, JL/inf-03; the reviewer: "azathioprine ~21 months").
The list's dash and comma cut its items apart (statement_cuts.LIST_SPLIT), and cut there the drug
stood without its dates and the dates without their drug: INF-002 counted no day of either. The
drug's own dates or stated time after the dash ("- since 03/2025", "- x 21 months"), or a span of
dates after the comma (", 10/2024 to 07/2026", ", since 3/2025"), stay with the drug.

What is no course of twelve weeks stays none: weeks too few, a start still to come, a plan, a
relative's drug, a drug planned with no dates at all.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE_DAY = "2026-08-25"


def _step_therapy(text: str) -> str:
    """INF-002 (twelve weeks of one conventional agent) for infliximab in ulcerative colitis."""
    request = {"authoredOn": "2026-08-26", "occurrenceDateTime": "2026-09-21"}
    bundle = record("Q5103", _note("n1", _NOTE_DAY, text), reason="K51.011", order=request)
    report = score_bundle(bundle, as_of=dt.date(2026, 9, 14))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Current Outpatient Medications (reconciled 8/25/26):\n"
        "azathioprine 125 mg daily - 10/2024 to 07/2026 (d/c'd: ongoing bleeding, Mayo 9)",
        "Meds:\n- azathioprine 125 mg PO daily - 10/2024 - 07/2026 - stopped, ineffective",
        "Medications: azathioprine 2 mg/kg - since 03/2025",
        "MEDS:\nAZA 125mg qd - Oct 2024 to Jul 2026",
        "Meds:\nazathioprine 125 mg daily - 2024 to present",
        "Medication list:\nImuran 125 mg - 1/15/2025 - 6/30/2026",
        "Meds:\nazathioprine 100 mg daily - 10/2024 to present, folic acid 1 mg",
        "Meds:\nmesalamine 4.8 g/day - 05/2022 to present - partial response",
        "Meds:\nazathioprine 125 mg daily, 10/2024 to 07/2026",
        "Meds:\nazathioprine 125 mg daily, since 10/2024",
        "Meds:\nazathioprine 125 mg daily - x 21 months",
        "Meds:\nazathioprine 125 mg daily - for ~21 months",
    ],
)
def test_a_drugs_dates_after_its_dash_or_comma_are_its_course(text: str) -> None:
    assert _step_therapy(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Meds:\nazathioprine 125 mg daily - started 08/2026",
        "Meds:\nazathioprine 125 mg daily - 06/2026 to 07/2026 (stopped: nausea)",
        "Meds:\nazathioprine 125 mg daily, 7/2026 to present",
        "Meds:\nazathioprine 125 mg daily - x 3 wks, stopped (nausea)",
        "Plan:\nazathioprine 125 mg daily - start 09/2026 pending TPMT",
        "Family history: mother - azathioprine 2019 to 2024 for Crohn's",
        "Meds:\nazathioprine 125 mg daily - planned, TPMT pending",
    ],
)
def test_too_few_weeks_a_plan_or_a_relatives_drug_is_no_course(text: str) -> None:
    assert _step_therapy(text) != "met", text


def test_the_dates_stay_with_their_drug_not_the_next_item() -> None:
    text = (
        "Current Outpatient Medications:\nmesalamine 4.8 g/day - 05/2022 to present - partial "
        "response\nazathioprine 125 mg daily - 10/2024 to 07/2026 (d/c'd: ongoing bleeding)"
    )
    notes = [NoteInput("DocumentReference/n1", text, dt.date(2026, 8, 25))]
    dated = {
        f.concept: (min(f.dates), max(f.dates)) if f.dates else None
        for f in find_findings(notes)
        if f.concept in ("mesalamine", "azathioprine")
    }
    assert dated["azathioprine"] == (dt.date(2024, 10, 1), dt.date(2026, 7, 1))
    assert dated["mesalamine"] is not None and dated["mesalamine"][0] == dt.date(2022, 5, 1)
