"""A physician's recertification charted as a CarePlan is no progress report or re-evaluation
unless it measures again or grades the goals (PT-004, PT-007; MBPM ch. 15 §220.3, OAC 5160-8-32).

"PT plan recert (physician): continue plan as written ... goals per initial eval (LEFS 60, knee
flex 120). Progress: see PT progress note 3/2" re-signs the plan and points back at the report it
rests on; the goals' targets it repeats are where the patient is to get, not a measure taken
again. Counted by its words ("recert", "initial eval") it reset both clocks to its own date.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-06-20", "occurrenceDateTime": "2026-06-25",
          "quantityQuantity": {"value": 8, "unit": "visits"}}  # fmt: skip
_EVAL = _note(
    "eval",
    "2026-02-02",
    (
        "PT EVALUATION: R TKA 1/20. LEFS 28. Knee flex 85. Can't climb stairs.\n"
        "POC 2/2-5/1/26, 2x/wk x 12 wks, goals LEFS 60, knee flex 120. Signed MD 2/3/26."
    ),
)
_REPORT = _note("report", "2026-03-02", "PT PROGRESS NOTE visit 8. LEFS 28->41. Flex 100.")


def _visit(day: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": f"v{day}",
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97110"}]},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": day,
    }


_VISITS = [_visit(f"2026-{m:02d}-{d:02d}") for m in (3, 4, 5) for d in (5, 12, 19, 26)]


def _plan(description: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "recert",
        "status": "active",
        "intent": "plan",
        "title": "PT plan R knee - recert",
        "description": description,
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-05-01", "end": "2026-06-30"},
        "created": "2026-05-01",
    }


def _items(description: str) -> dict[str, str]:
    bundle = record(
        "97110", _EVAL, _REPORT, *_VISITS, _plan(description), reason="Z96.651", order=_ORDER
    )
    report = score_bundle(bundle, as_of=date(2026, 6, 22))
    return {i["id"]: i["status"] for i in report["items"]}


_BARE = (
    "Recertification (physician): continue plan as written, 2x/wk x 8 wks; goals per initial "
    "eval (LEFS 60, knee flex 120). Progress: see PT progress note 3/2. Signed MD 5/2/26."
)


def test_a_re_signed_care_plan_is_no_progress_report() -> None:
    assert _items(_BARE)["PT-004"] == "missing"


def test_a_re_signed_care_plan_is_no_re_evaluation() -> None:
    assert _items(_BARE)["PT-007"] == "missing"


def test_a_recertification_plan_that_measures_again_still_is_one() -> None:
    text = "Recertification: LEFS 49, knee flex 112 today. Continue 2x/wk x 8 wks. Signed MD."
    items = _items(text)
    assert items["PT-004"] == "met" and items["PT-007"] == "met"
