"""Gaps called met by a note that does not carry the evidence (whole-corpus false "met", blind
waves DB and DC), one reading rule each:

- a counselor's verdict on the *family* history ("Family history does not meet NCCN testing
  criteria") is the verdict GEN-001 excludes, though ConText marks the statement FAMILY;
- a nurse's triage call that repeats the symptom and signs off by credential alone ("-- LPN") is
  no practitioner's evaluation of it (CARD-001);
- a test a plan line points at its order for ("ECG today - see order") is ordered, not done
  (CARD-004);
- a surgery weighed against an injection or activity change ("reverse TSA vs repeat
  injection") is a choice still open, not the surgical plan (TSA-005).
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record


def _item(bundle: dict, item: str, as_of: date) -> str:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item]["status"]


# -- GEN-001: the counselor's verdict on the family history --------------------------------------

_FAMILY_CODE = {
    "resourceType": "Condition",
    "id": "fh",
    "subject": {"reference": "Patient/p"},
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": ICD10, "code": "Z80.3"}]},
}


def _gen001(text: str) -> str:
    note = _note("gc", "2026-02-10", text)
    bundle = record("81432", _FAMILY_CODE, note, reason="Z80.3")
    return _item(bundle, "GEN-001", date(2026, 2, 20))


def test_a_verdict_on_the_family_history_is_the_verdict() -> None:
    text = (
        "Genetic counseling visit.\nPedigree: aunt (maternal) with breast cancer at 71.\n"
        "Assessment: Family history does not meet NCCN criteria for germline testing.\n"
        "Plan: panel per patient wish."
    )
    assert _gen001(text) == "missing"


def test_the_family_history_alone_still_meets_it() -> None:
    text = (
        "Genetic counseling visit.\nPedigree: sister with breast cancer at 38, mother ovarian "
        "cancer at 52.\nAssessment: meets NCCN criteria.\nPlan: multigene panel."
    )
    assert _gen001(text) == "met"


# -- CARD-001: a nurse's triage call is no evaluation ---------------------------------------------


def _card001(*notes: dict) -> str:
    bundle = record("75574", *notes, reason="R07.89")
    return _item(bundle, "CARD-001", date(2026, 6, 30))


_OLD_VISIT = _note(
    "visit", "2026-03-20",
    "Office visit. S: 61M chest pressure with exertion x 3 wks. A: chest pain, possible angina. "
    "P: CCTA.",
)  # fmt: skip


def test_a_nurse_triage_call_is_no_evaluation_of_the_chest_pain() -> None:
    call = _note(
        "call", "2026-06-20",
        "Phone triage: pt called about the CT date; reports the chest pressure is unchanged. "
        "Told PA is pending. -- RN",
    )  # fmt: skip
    assert _card001(_OLD_VISIT, call) == "missing"


def test_a_practitioner_or_an_unsigned_note_still_counts() -> None:
    signed = _note(
        "seen", "2026-06-20",
        "Follow-up. Chest pressure with exertion persists. Plan: CCTA.\nR. Ames, MD",
    )  # fmt: skip
    unsigned = _note("seen2", "2026-06-20", "Follow-up. Chest pressure with exertion persists.")
    assert _card001(_OLD_VISIT, signed) == "met"
    assert _card001(_OLD_VISIT, unsigned) == "met"


# -- CARD-004: an ECG that points at its order is ordered ----------------------------------------


def _card004(text: str) -> str:
    note = _note("cards", "2026-06-10", text)
    bundle = record("93351", note, reason="R07.89")
    return _item(bundle, "CARD-004", date(2026, 6, 30))


def test_an_ecg_that_points_at_its_order_is_not_done() -> None:
    text = "A: exertional dyspnea.\nP: exercise stress echo. ECG today - see order. F/u after."
    assert _card004(text) == "missing"


def test_an_ecg_read_is_still_an_ecg() -> None:
    text = "A: exertional dyspnea.\nECG today: sinus rhythm, no ST changes.\nP: stress echo."
    assert _card004(text) == "met"


# -- TSA-005: a surgery weighed against an injection is no plan ----------------------------------


def _tsa005(plan: str) -> str:
    text = f"A: right shoulder glenohumeral OA, end stage.\nP: {plan}"
    note = _note("ortho", "2026-06-10", text)
    bundle = record("23472", note, reason="M19.011")
    return _item(bundle, "TSA-005", date(2026, 6, 30))


def test_a_surgery_weighed_against_another_injection_is_no_plan() -> None:
    plan = "Reviewed anatomic TSA vs repeat injection. Pt unsure, will call back."
    assert _tsa005(plan) == "missing"


def test_a_chosen_surgery_is_the_plan() -> None:
    plan = "Right anatomic TSA; expect pain relief and better reach. Pt agrees."
    assert _tsa005(plan) == "met"
