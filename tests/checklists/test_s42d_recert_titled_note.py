"""A note titled as a recertification that only re-signs the plan is no progress report.

A physician's "PT plan of care recertification" whose text reads "Continue PT 2x/wk through
9/30/2026. Goals unchanged from evaluation: LEFS >60, knee flex >=120" measures nothing again and
grades no goal, so it resets neither the 10-visit progress report clock (PT-004, MBPM ch. 15
§220.3) nor the 60-day re-evaluation one (PT-007, OAC 5160-8-32), though its title says
"recertification". A note so titled that measures again still is one, and a title that also
says "re-evaluation" is one by that word.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_s41e_recert_care_plan import _visit

_ORDER = {"authoredOn": "2026-08-10", "occurrenceDateTime": "2026-08-14",
          "quantityQuantity": {"value": 8, "unit": "visits"}}  # fmt: skip
_EVAL = _note(
    "eval",
    "2026-04-06",
    (
        "PT EVALUATION: R TKA 3/20/26. LEFS 24. Knee flex 80. Unable to do stairs.\n"
        "POC 4/6-7/3/26, 2x/wk x 12 wks. Goals LEFS >60, knee flex >=120. Signed MD 4/7/26."
    ),
)
_REEVAL = _note("reeval", "2026-05-11", "PT RE-EVAL (visit 9): LEFS 24 -> 38. Flex 80 -> 104.")


_VISITS = [_visit(f"2026-{m:02d}-{d:02d}") for m in (5, 6, 7) for d in (14, 18, 21, 25, 28)]


def _items(title: str, text: str) -> dict[str, str]:
    recert = _note("recert", "2026-07-01", text, extra={"description": title})
    recert["type"] = {"text": title}
    bundle = record("97110", _EVAL, _REEVAL, recert, *_VISITS, reason="Z96.651", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 8, 11))
    return {i["id"]: i["status"] for i in report["items"]}


_BARE = (
    "PHYSICIAN RECERTIFICATION 7/1/2026. Continue PT 2x/wk through 9/30/2026. Goals unchanged "
    "from evaluation: LEFS >60, knee flex >=120. Electronically signed A. Moreau, MD 7/1/2026"
)


def test_a_recertification_titled_note_re_signing_the_plan_is_no_progress_report() -> None:
    items = _items("PT plan of care recertification", _BARE)
    assert items["PT-004"] == "missing"
    assert items["PT-007"] == "missing"


def test_a_recertification_titled_note_that_measures_again_is_one() -> None:
    text = "PT recertification 7/1/2026: LEFS 51, knee flex 115. Continue 2x/wk through 9/30/2026."
    items = _items("PT plan of care recertification", text)
    assert items["PT-004"] == "met"
    assert items["PT-007"] == "met"


def test_a_title_naming_a_re_evaluation_as_well_still_counts() -> None:
    items = _items("PT re-evaluation and recertification", _BARE)
    assert items["PT-007"] == "met"
