"""Home-health recertifications and plan-of-care goals, found by blind wave 36 (EE).

- HHC-001 (EE/home-health-03): the plan of care ran 9/10-11/8 and a recertification plan for
  11/9-1/7 was drafted the day of the order. The order falls in the period that follows the
  certified one back to back, so it is a recertification, and the certifying physician's video
  visit held for it (40 days after the start of care, 36 before the order) is its encounter.
- HHC-002 (same case): the plan's "SN 1x/mo cath/skin check" names the nurse's visits and the
  skilled care they are for (42 CFR 409.33: catheter care, skin and wound assessment); a bare
  "SN 1x/mo" or visits to draw labs do not (42 CFR 409.42(c)(1)).
- SLP-004 (EE/speech-03): daily notes "progressing toward goals" after the plan lapsed refer to
  goals set elsewhere; they set none.
- PT-001 (EE/pt-02): the order's "new POC through 6/30: ODI <20%, sitting 60 min" sets the
  plan's measurable goal without the word "goal".
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_face_to_face_after_soc import _encounter as _visit


def _item(bundle: dict, item: str, as_of: str) -> str:
    report = score_bundle(bundle, as_of=date.fromisoformat(as_of))
    return {i["id"]: i for i in report["items"]}[item]["status"]


_AIDE = "Aide 3x/wk bathing. Signed Dr. Q 2026-05-30."


def _hh_plan(start: str, end: str, text: str = _AIDE) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": "Home Health Plan of Care",
        "description": f"Dx G35. {text}",
        "period": {"start": start, "end": end},
        "author": {"reference": "Practitioner/dr"},
    }


# --- HHC-001: the order's period follows the certified one back to back ----------------------


def _f2f(*resources: dict) -> str:
    order = {"authoredOn": "2026-08-12", "occurrenceDateTime": "2026-08-20",
             "note": [{"text": "Aide 3x/wk x 8 wks"}]}  # fmt: skip
    bundle = record("T1021", *resources, reason="G35", order=order)
    return _item(bundle, "HHC-001", "2026-08-20")


def test_a_visit_for_the_period_after_the_certified_one_is_its_encounter() -> None:
    visit = _visit("2026-08-04", "Video visit - MS, needs aide for ADLs")  # 66 days after SOC
    draft = _note("d", "2026-08-12", "Home health plan of care (draft) 07/29/2026 - 09/26/2026\n"
                  "Aide ***x/wk. Physician signature: ____")  # fmt: skip
    assert _f2f(_hh_plan("2026-05-30", "2026-07-28"), draft, visit) == "met"


def test_the_same_visit_does_not_serve_an_order_inside_the_certified_period() -> None:
    visit = _visit("2026-08-04", "Video visit - MS, needs aide for ADLs")
    assert _f2f(_hh_plan("2026-05-30", "2026-09-27"), visit) == "missing"


# --- HHC-002: the nurse's visits with what they are for ---------------------------------------


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "Aide 5x/wk for ADLs; SN 1x/mo foley/skin check.",
        "RN q2wk wound assessment.",
        "Nursing weekly for medication setup and teaching.",
        "Bladder: straight cath q6h by RN.",
    ],
)
def test_nurse_visits_named_with_their_skilled_care_are_the_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "SN 1x/mo.",
        "SN 2x/mo for lab draw.",
        "Bladder: does intermittent cath independently.",
        "Aide 5x/wk for bathing and dressing.",
    ],
)
def test_bare_nurse_visits_labs_or_self_care_are_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text


def test_the_plan_s_nurse_visits_meet_the_skilled_need_item() -> None:
    plan = _hh_plan("2026-07-29", "2026-09-26", "Aide 5x/wk bathing; SN 1x/mo cath/skin check.")
    order = {"authoredOn": "2026-08-12", "occurrenceDateTime": "2026-08-20"}
    bundle = record("T1021", plan, reason="G35", order=order)
    assert _item(bundle, "HHC-002", "2026-08-20") == "met"


# --- SLP-004: "progressing toward goals" sets no goal -----------------------------------------


def _slp(daily: str) -> str:
    notes = [_note(f"n{i}", day, daily) for i, day in enumerate(("2026-02-09", "2026-02-23"))]
    order = {"authoredOn": "2026-03-04", "occurrenceDateTime": "2026-03-16",
             "note": [{"text": "Continue group tx 2x/wk x 8 wks"}]}  # fmt: skip
    bundle = record("92508", *notes, reason="I69.328", order=order)
    return _item(bundle, "SLP-004", "2026-03-10")


def test_progress_toward_goals_set_elsewhere_is_no_goal() -> None:
    assert _slp("Group tx: pt attended, progressing well toward her goals.") != "met"


def test_goals_the_note_sets_still_count() -> None:
    daily = "Group tx today. Goals: sentence intelligibility 85% with unfamiliar listener."
    assert _slp(daily) == "met"


def test_goals_after_a_heading_that_addresses_them_still_count() -> None:
    daily = "Group tx today. Will address goals: intelligibility 85% with unfamiliar listener."
    assert _slp(daily) == "met"


# --- PT-001: a plan's outcome-score target is its goal ----------------------------------------


def _chiro(order_words: str) -> str:
    order = {"authoredOn": "2026-04-28", "occurrenceDateTime": "2026-05-07",
             "note": [{"text": order_words}]}  # fmt: skip
    bundle = record("98941", reason="M99.03", order=order)
    return _item(bundle, "PT-001", "2026-05-05")


def test_the_plan_s_outcome_score_target_is_a_measurable_goal() -> None:
    assert _chiro("CMT 1x/wk x 8 wks; updated POC to 6/30/26: NDI < 15%, desk work 4 h.") == "met"


def test_an_outcome_score_result_is_no_goal() -> None:
    assert _chiro("CMT 1x/wk x 8 wks; POC to 6/30/26. NDI 32% today.") != "met"
