"""Blind wave 22: face-to-face visits and plans of care named but not in force.

- A start of care the order's plan proposes after the order ("Proposed SOC: 09/14/2026" on a plan
  signed 9/06) times the face-to-face encounter: an office visit 96 days before it is none,
  though 88 days before the order; and an RN's "schedule video visit next week", "Video visit
  9/4 scheduled" is no visit (CB/hh-03).
- A physician's "Home health: reviewed HH RN summary and current POC", while the recertification
  plan for the visits asked for is still unsigned, is no plan of care for them (CB/hh-02).
- A speech plan of care whose goals point at the evaluation, whose frequency and duration are
  "***", beside an evaluation's "Goals to be established after device delivery" and a letter's
  "A plan of care with measurable goals has been established by her SLP", sets no goals
  (CB/slp-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_start import start_of_care
from smartapp.checklists.not_a_plan import points_at_plan
from smartapp.evidence import build_record
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record, status

_OFFICE = {
    "resourceType": "Encounter",
    "id": "office",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-06-10", "end": "2026-06-10"},
    "type": [{"text": "Office Visit"}],
}
_HH_ORDER = {"authoredOn": "2026-09-06", "occurrenceDateTime": "2026-09-14"}
_HH_PLAN = (
    "HOME HEALTH PT - REFERRAL INTAKE / PLAN OF CARE (physician-signed)\n"
    "Proposed SOC: {soc}   Cert period {soc} - 11/12/2026\n"
    "Frequency/duration: PT 2w4, 1w2 (10 visits).\n"
    "Signed: /es/ Colin Abernathy, DO   09/06/2026"
)


def _f2f(soc: str, *notes: dict) -> str:
    plan = _note("poc", "2026-09-06", _HH_PLAN.format(soc=soc))
    bundle = record("G0151", _OFFICE, plan, *notes, reason="G20.A1", order=_HH_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 9, 8))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_start_of_care_proposed_after_the_order_times_the_encounter():
    # 6/10 is 88 days before the 9/06 order, 96 days before the 9/14 start of care.
    assert _f2f("09/14/2026") != "met"
    # Proposed for 9/07, the 6/10 visit is 89 days before it.
    assert _f2f("09/07/2026") == "met"


def test_a_start_of_care_long_after_the_order_is_not_the_orders():
    plan = _note("poc", "2026-09-06", "HH PLAN OF CARE. Next episode SOC 12/20/2026.")
    bundle = record("G0151", plan, reason="G20.A1", order=_HH_ORDER)
    care = start_of_care(build_record(bundle), date(2026, 9, 6), date(2026, 9, 8))
    assert care is None


def test_a_video_visit_still_to_be_held_is_no_encounter():
    triage = _note(
        "rn",
        "2026-08-28",
        "TELEPHONE ENCOUNTER 08/28/2026 - J. Pruitt RN\nPer Dr. Abernathy (verbal): refer to home"
        " health PT; schedule video visit next week.\nVideo visit 9/4 scheduled.",
    )
    assert _f2f("09/14/2026", triage) != "met"
    held = _note("vv", "2026-09-04", "Video visit with Dr. Abernathy today: gait reviewed.")
    assert _f2f("09/14/2026", held) == "met"


def _telehealth(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.asserted for f in found if f.concept == "telehealth-visit"]


@pytest.mark.parametrize(
    "text",
    [
        "Schedule video visit next week.",
        "Will schedule a telehealth visit.",
        "Video visit scheduled for 9/4.",
        "Video visit 9/4 scheduled.",
    ],
)
def test_a_video_visit_to_come_is_not_asserted(text: str) -> None:
    assert not any(_telehealth(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen via video visit today; exam limited.",
        "Telehealth visit with Dr. Abernathy 9/1 (audio and video).",
    ],
)
def test_a_video_visit_held_is_asserted(text: str) -> None:
    assert any(_telehealth(text)), text


_LAPSING = (
    "PLAN OF CARE - Cert period 04/04/2026 - 06/02/2026 (recert #1)   SOC 02/03/2026\n"
    "SN: 1 visit q2wk x 9 wk. HHA: 3 visits/wk x 9 wk: bathing, dressing.\n"
    "Goals: no CAUTI; skin intact.\n"
    "Physician signature: /es/ Nisha Bhattacharya MD   Date: 03/30/2026"
)
_CLINIC = (
    "ALS MULTIDISCIPLINARY CLINIC 05/12/2026\n"
    "S: Home health aide 3x/wk a lifesaver for showers.\n"
    "A/P: Progressive ALS.\n"
    "- Home health: reviewed HH RN summary and current POC; goals partially met. Continue SN"
    " q2wk, continue HHA 3x/wk.\n"
    "N. Bhattacharya MD"
)
_RECERT_ORDER = {
    "authoredOn": "2026-05-26",
    "occurrenceDateTime": "2026-06-03",
    "note": [{"text": "Recert: HHA 3 visits/wk x 9 wks = 27 visits."}],
}


_PENDING = (
    "Gem City Home Care - RECERTIFICATION SUMMARY (OASIS follow-up 05/26/2026)\n"
    "Cert period requested: 06/03/2026 - 08/01/2026\n"
    "PLAN OF CARE 06/03/2026-08/01/2026 sent to physician for signature 05/26/2026.\n"
    "Physician signature: ***          Date: ***"
)


def test_a_plan_reviewed_in_a_clinic_note_is_no_plan_for_the_next_period():
    # As in CB/hh-02, the next period's plan is on record, sent for a signature not yet given:
    # that plan is the request's (a request made in the running plan's last days with no next
    # plan begun at all rests on the running one: test_s75b_recert_none_begun.py).
    lapsing = _note("poc", "2026-03-30", _LAPSING, extra={"description": "Plan of care"})
    clinic = _note("md", "2026-05-12", _CLINIC)
    pending = _note("recert", "2026-05-26", _PENDING)
    bundle = record("T1021", lapsing, clinic, pending, reason="G12.21", order=_RECERT_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 5, 28))
    assert {i["id"]: i for i in report["items"]}["HHC-004"]["status"] != "met"
    # The recertification plan signed for the period is one.
    signed = _LAPSING.replace("04/04/2026 - 06/02/2026 (recert #1)", "06/03/2026 - 08/01/2026")
    recert = _note("poc2", "2026-05-27", signed.replace("03/30/2026", "05/27/2026"))
    bundle = record("T1021", clinic, recert, reason="G12.21", order=_RECERT_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 5, 28))
    assert {i["id"]: i for i in report["items"]}["HHC-004"]["status"] == "met"


@pytest.mark.parametrize(
    "statement",
    [
        "Home health: reviewed HH RN summary and current POC",
        "Reviewed the agency plan of care",
        "A plan of care with measurable goals has been established by her SLP.",
        "Goals have been set by the therapist.",
        "Goals: see evaluation 03/03/2026.",
        "See initial eval",
    ],
)
def test_a_plan_only_reported_is_a_pointer(statement: str) -> None:
    assert points_at_plan(statement), statement


@pytest.mark.parametrize(
    "statement",
    [
        "Reviewed and signed POC",
        "Reviewed POC: PT 2w4, gait and balance",
        "Goals established with patient: walk 300 ft with cane",
        "Plan of care established: ST 2x/wk x 8 wks",
        "POC reviewed with patient and certified for 6/3-8/1",
        "Goals: see evaluation; add swallowing goal 90% accuracy",
    ],
)
def test_a_plan_stated_or_signed_is_not_a_pointer(statement: str) -> None:
    assert not points_at_plan(statement), statement


_SGD_EVAL = (
    "AAC / SPEECH-GENERATING DEVICE EVALUATION (92607)   02/10/2026   N. Whitfield CCC-SLP\n"
    "Sentence Intelligibility Test (SIT): 42% intelligible.\n"
    "Plan: SGD training. Goals to be established after device delivery. Frequency/duration TBD."
)
_SGD_POC = (
    "THERAPY PLAN OF CARE - SPEECH\n"
    "Start: 02/20/2026\n"
    "Goals: see evaluation 02/10/2026.\n"
    "Frequency: ***   Duration: ***\n"
    "Therapist: N. Whitfield CCC-SLP"
)
_LMN = (
    "LETTER OF MEDICAL NECESSITY  02/24/2026\n"
    "She requires speech therapy for use of her speech-generating device. A plan of care with"
    " measurable goals has been established by her SLP. Requested: 92609 weekly x 8 weeks."
)
_SGD_ORDER = {"note": [{"text": "92609 1x/wk x 8 wks = 8 visits."}]}


def test_a_speech_plan_pointing_at_goals_still_to_be_set_is_no_plan():
    notes = [
        _note("eval", "2026-02-10", _SGD_EVAL),
        _note("poc", "2026-02-20", _SGD_POC),
        _note("lmn", "2026-02-24", _LMN),
    ]
    bundle = record("92609", *notes, reason="G12.21", order=_SGD_ORDER)
    assert status(bundle, "SLP-004")["status"] != "met"
    # The plan filled in with its goals is one.
    filled = _SGD_POC.replace("see evaluation 02/10/2026.", "use SGD to order a meal, 90% acc.")
    filled = filled.replace("Frequency: ***   Duration: ***", "Frequency: 1x/wk  Duration: 8 wks")
    bundle = record("92609", notes[0], _note("poc", "2026-02-20", filled), reason="G12.21")
    assert status(bundle, "SLP-004")["status"] == "met"


def test_goals_still_to_be_established_are_not_set():
    found = find_findings([NoteInput("D/1", "Goals to be established after device delivery.")])
    goals = [f for f in found if f.concept == "goals"]
    assert goals and not any(f.asserted for f in goals)
