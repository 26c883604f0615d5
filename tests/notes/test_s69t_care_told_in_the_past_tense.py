"""Care a plan-section statement tells in the past tense of its doing was had, not planned
(brief s69-t, blind wave 76 KC/kneescope-01): a note opening "A/P (Sports Med f/u):" put its
"Did formal PT 2x/wk x 8 wks (3/23-5/12) + naproxen BID" under the plan heading, and the PT
course's frequency kept the dated span from reading as past (plan_dated_past), so the knee's
trial of PT and NSAIDs (KAS-003) was "none found". An order's "attend", "go to", "take" and a
"did not" stay planned.
"""

from __future__ import annotations

import pytest

from smartapp.notes.statement_kinds import reports_done


@pytest.mark.parametrize(
    "text",
    [
        "Did formal PT 2x/wk x 8 wks (3/23-5/12) + naproxen BID, quit pickup games",
        "did PT 2x/wk x 6 wks",
        "Pt did 8 wks of PT 2x/wk",
        "Attended PT 2x/wk x 6 wks (1/5-2/16)",
        "attended 12 PT sessions 2x/wk",
        "Went to PT 2x/wk for 6 weeks",
        "went to the chiropractor 3x/wk x 4 wks",
        "Took naproxen 500 BID x 6 wks",
        "took ibuprofen 600 TID for 2 months",
    ],
)
def test_care_told_in_the_past_tense_is_care_had(text: str) -> None:
    assert reports_done(text, None), text


@pytest.mark.parametrize(
    "text",
    [
        "PT 2x/wk x 8 wks",
        "did not start PT; PT 2x/wk x 6 wks",
        "Will attend PT 2x/wk x 6 wks",
        "to attend PT 2x/wk",
        "go to PT 2x/wk x 6 wks",
        "take naproxen 500 BID x 6 wks",
        "Pt to take ibuprofen 600 TID",
        "didn't start PT yet, PT 2x/wk",
        "attendance at PT 2x/wk required",
    ],
)
def test_an_order_or_care_not_had_is_planned(text: str) -> None:
    assert not reports_done(text, None), text
