"""A therapist's progress note headed only "Progress note", numbered as a visit of the course,
measuring again what the goals name and setting the next frequency and duration, is the
re-evaluation PT-007's 60-day clock restarts from (blind wave 43 leftover, HI/pt-03: "Progress
note 6/5/26 (visit 22). ... QuickDASH 36, grip L 16 kg ... Recommend continue 2x/wk x 5 wks"
after the evaluation's QuickDASH 52). "Progress note" alone is every EHR visit note's name; the
visit number is the therapy course's (a physician's note numbers no visit), the measures taken
again are the comparison the report owes, and the course re-planned is what a re-evaluation
adds. A numbered note that measures nothing, an unnumbered one, or one that only continues the
plan ("Progress note visit 6: ODI 34%. Cont POC": blind wave 56, GS/pt-ot-chiro-03) is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 7, 20)
EVAL = _note(
    "ev", "2026-04-06", "OT EVAL: R hand crush injury. QuickDASH 57. Grip R 9 kg / L 33 kg. "
    "POC 2x/wk x 16 wks; goals grip 22 kg, QuickDASH < 25. Signed by MD 4/8/26.",
)  # fmt: skip


def _pt007(text: str) -> str:
    order = {"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-22",
             "note": [{"text": "8 visits"}]}  # fmt: skip
    bundle = record("97530", EVAL, _note("pn", "2026-07-08", text), reason="S67.21XD",
                    order=order)  # fmt: skip
    return status(bundle, "PT-007", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Progress note 7/8/26 (visit 24). Still drops cups. QuickDASH 38, grip R 17 kg. Recommend"
        " continue 2x/wk x 4 wks.",
        "PROGRESS NOTE - visit #24 of 32: QuickDASH 38, grip R 17 kg. Plan: 1x/wk x 6 wks.",
        "Progress Note, Visit 24\nGrip R 17 kg. QuickDASH 38. Continue 2x/wk x 3 wks.",
    ],
)
def test_a_numbered_progress_note_that_measures_again_is_a_report(text: str) -> None:
    assert _pt007(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Progress note 7/8/26 (visit 24). Tol tx well. Putty, wrist AROM. Cont 2x/wk x 4 wks.",
        "Progress note visit 24: QuickDASH 38. Grip R 17 kg. Cont POC.",
        "Progress note 7/8/26. Seen for hand f/u. QuickDASH 38, grip R 17 kg. Cont 2x/wk x 4 wks.",
        "Hand f/u. Pt asked how many visits are left (visit 24). Progress note: QuickDASH 38.",
    ],
)
def test_a_note_unnumbered_or_measuring_nothing_is_not(text: str) -> None:
    assert _pt007(text) != "met"
