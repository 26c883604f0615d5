"""A physician's recertification of a therapy plan: "OT plan of care for L wrist fx extended
through 11/20/26, 2x/wk, goals unchanged".

- It is the plan in force to that day (PT-001): a plan "extended" or "renewed" through a date
  states its duration, however many words stand between the plan and the date.
- It is no progress report or re-evaluation (PT-004, PT-007): it measures nothing again and
  grades no goal (MBPM ch. 15 §220.3; OAC 5160-8-32), so the clocks run from the last re-eval.
  A recertification note that measures again still is one.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-01", "occurrenceDateTime": "2026-09-04",
          "quantityQuantity": {"value": 8, "unit": "visits"}}  # fmt: skip
_EVAL = _note(
    "eval",
    "2026-05-04",
    (
        "OT EVALUATION: L distal radius fx, ORIF 4/10. QuickDASH 72. Can't open jars.\n"
        "POC 5/4-8/2/26, 2x/wk x 12 wks, goals QuickDASH <30, meal prep. Signed MD 5/5/26."
    ),
)
_REEVAL = _note("reeval", "2026-06-15", "OT re-eval: QuickDASH 55. Continue POC.")
_DAILY = _note("daily", "2026-08-31", "OT daily note visit 22: ther ex, grip putty. Continue.")


def _items(recert: str) -> dict[str, str]:
    note = _note("recert", "2026-08-01", recert)
    bundle = record("97168", _EVAL, _REEVAL, note, _DAILY, reason="S52.502D", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 2))
    return {i["id"]: i["status"] for i in report["items"]}


_BARE = ("Physician recertification: OT plan of care for L wrist fx extended through 11/20/26, "
         "2x/wk, goals unchanged. Signed R. Castillo MD 8/1/26.")  # fmt: skip


def test_a_plan_extended_through_a_date_is_the_plan_in_force() -> None:
    assert _items(_BARE)["PT-001"] == "met"


def test_a_recertification_that_only_re_signs_the_plan_is_no_re_evaluation() -> None:
    assert _items(_BARE)["PT-007"] == "missing"


def test_a_recertification_that_measures_again_still_is_one() -> None:
    text = "OT recertification: QuickDASH 38, wrist ext 55 deg. POC extended through 11/20/26."
    assert _items(text)["PT-007"] == "met"
