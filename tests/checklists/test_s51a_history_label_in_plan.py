"""A line labelled "Hx:" under an "Assessment and Plan:" heading recounts care had (blind wave
55, GX/tka-03).

"Assessment and Plan: / 68M, R knee OA. Hx: PT 2024 x 8 wks, then HEP; naproxen BID >1 yr; three
steroid injections (3/2025, 7/2025, 11/2025) ..." read every clause as planned care, since every
statement under a plan heading is a plan unless its own words report care done. An inline
history label opens the rest of its line as history, until another label ("Plan:").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.statement_kinds import under_history_label
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_s51a_ticked_care_box import _condition


def _tka(text: str) -> str:
    request = {"authoredOn": "2026-02-18", "occurrenceDateTime": "2026-03-20"}
    bundle = record(
        "27447",
        _condition("M17.12", "2024-06-01"),
        _note("n1", "2026-02-18", text),
        reason="M17.12",
        order=request,
    )
    report = score_bundle(bundle, as_of=date(2026, 2, 20))
    return {i["id"]: i for i in report["items"]}["TKA-002"]["status"]


def test_care_on_a_history_line_under_assessment_and_plan_was_had() -> None:
    note = (
        "Assessment and Plan:\n71F, L knee OA. Hx: celecoxib 200 daily; two cortisone "
        "injections L knee (5/2025, 10/2025).\nPlan: L TKA."
    )
    assert _tka(note) == "met"


def test_care_on_a_plan_line_stays_planned() -> None:
    note = (
        "Assessment and Plan:\n71F, L knee OA. Plan: celecoxib 200 daily; two cortisone "
        "injections L knee (5/2026, 10/2026).\nRecheck after."
    )
    assert _tka(note) != "met"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("68M, R knee OA. Hx: PT x 8 wks; naproxen", True),
        ("History: PT x 8 wks; naproxen", True),
        ("Hx: failed PT. Plan: naproxen", False),
        ("Family history: knee OA; naproxen", False),
        ("Start naproxen at 10:30", False),
    ],
)
def test_a_history_label_opens_only_the_rest_of_its_line(line: str, expected: bool) -> None:
    text = f"Assessment and Plan:\n{line}\n"
    start = text.index("naproxen")
    assert under_history_label(text, start, text[start:].splitlines()[0]) is expected
