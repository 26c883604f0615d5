"""A note headed as the therapist's progress note that measures the goals' scores again is the
re-evaluation or progress report the 60-day clock counts from (PT-007; OAC 5160-8-32(A)(3)).

"OT PROGRESS NOTE (visit 17): QuickDASH 41. Grip R 30 lb" takes again the measures the
evaluation's goals name, which is how it compares progress with them; read as any visit's
"progress note" it left the evaluation months old (blind wave 45, FN/pt-03). The EHR's bare
"Progress note" over the same line, or a therapist's progress note that measures nothing again,
stays no report.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-10", "occurrenceDateTime": "2026-08-14",
          "quantityQuantity": {"value": 12, "unit": "visits"}}  # fmt: skip
_EVAL = _note(
    "eval",
    "2026-04-06",
    (
        "OT EVALUATION: L wrist fx 3/20, s/p ORIF. QuickDASH 70. Grip L 12 lb.\n"
        "POC: 2x/wk x 12 wks. Goals: QuickDASH <30, grip 35 lb. Signed MD 4/8/26."
    ),
)


def _status(text: str) -> str:
    report = _note("pn", "2026-07-27", text)
    bundle = record("97530", _EVAL, report, reason="S62.102D", order=_ORDER)
    items = score_bundle(bundle, as_of=date(2026, 8, 10))["items"]
    return {i["id"]: i["status"] for i in items}["PT-007"]


def test_a_therapist_s_progress_note_that_measures_again() -> None:
    assert _status("OT PROGRESS NOTE (visit 17): QuickDASH 41. Grip L 30 lb.") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Progress note: QuickDASH 41. Grip L 30 lb. Continue POC.",
        "OT progress note (visit 17): tolerated session well, continue POC.",
    ],
)
def test_no_report_without_both(text: str) -> None:
    assert _status(text) != "met"
