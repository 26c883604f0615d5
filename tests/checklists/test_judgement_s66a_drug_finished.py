"""A drug a plan set for ten days that a later note says was finished ("Finished the ibuprofen,
nothing since") ran those days, not from the plan to that note (brief s66-a, blind wave 69,
JD/advanced-imaging-lumbar-mri-03: 54 days of care read). A drug a later note says is still
taken runs from the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _lmri(later: str) -> str:
    first = _note(
        "n1", "2026-06-04",
        "S: LBP w/ L sciatica x 3 days.\nP: ibuprofen 800 tid x 10 days, HEP sheet. RTC 6 wks.",
    )  # fmt: skip
    second = _note("n2", "2026-07-28", f"Follow-up. Pain persists ~8 wks. {later}")
    bundle = record("72148", first, second, reason="M54.42", order={"authoredOn": "2026-07-28"})
    report = score_bundle(bundle, as_of=date(2026, 7, 30))
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    "later",
    [
        "Finished the ibuprofen, nothing since.",
        "finished ibuprofen course, no meds now",
        "Pt finished his ibuprofen in June, no relief.",
        "Done with the ibuprofen; nothing else tried.",
        "Used up the ibuprofen and did not refill.",
    ],
)
def test_a_drug_said_finished_ran_its_planned_days(later: str) -> None:
    assert _lmri(later) != "met"


def test_a_drug_still_taken_runs_from_the_plan() -> None:
    assert _lmri("Taking ibuprofen 800 tid daily, no relief. HEP daily.") == "met"
