"""Text that restates a payer's criteria is no evidence (blind wave 15): a coordinator's note
pasting the policy ("CareSource requires ... genetic counseling by a qualified provider prior to
testing", AZ/gen-02), a pasted policy naming the knee arthroscopy waiver ("unless locked knee or
acute bucket-handle tear", AW/kas-04), a worksheet's "Policy (copied)" and "Letter template" for
two blocks (AY/inj-03). Evidence before the cue, or further down the same note, still counts; a
form field answered "No" denies what it names."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "restated",
    [
        "PA coordinator note: CareSource requires personal/family history meeting criteria AND"
        " genetic counseling by a qualified provider prior to testing.",
        "Reminder: CareSource / Medicare require genetic counseling before the panel.",
        "Per payer policy, testing requires pre-test genetic counseling by a geneticist.",
        'Policy text (copied): "Genetic counseling by a qualified provider before testing."',
        "Letter template: Patient has completed genetic counseling and meets all criteria.",
    ],
)
def test_a_pasted_policy_is_no_counseling(restated: str) -> None:
    assert not _asserted(restated, "genetic-counseling"), restated


@pytest.mark.parametrize(
    "evidence",
    [
        # Evidence further down the same note, or before the cue, is evidence.
        "PA coordinator note: CareSource requires genetic counseling before testing.\n"
        "Genetic counseling completed 2/10/26 with J. Park, CGC.",
        "Genetic counseling completed 2/10/26 with J. Park, CGC, as CareSource requires.",
    ],
)
def test_evidence_beside_a_pasted_policy_still_counts(evidence: str) -> None:
    assert _asserted(evidence, "genetic-counseling"), evidence


def test_an_adjective_is_no_requirement() -> None:
    text = "Completed CareSource-required 6-mo medically supervised diet program 11/2025-4/2026."
    assert _asserted(text, "weight-loss")


def _knee(text: str) -> dict:
    tear = {
        "resourceType": "Condition",
        "id": "tear",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "S83.282A"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": "2026-02-01",
    }
    return record("29881", tear, _note("n1", "2026-02-25", text), reason="S83.282A")


@pytest.mark.parametrize(
    "text",
    [
        "L knee pain since misstep 2/1. Denies locking. Not yet tried PT.\n"
        "Coordinator note: CareSource requires documentation of failed conservative therapy"
        " (PT, NSAIDs, activity modification) unless locked knee or acute bucket-handle tear.",
        "L knee pain since misstep 2/1. Not yet tried PT.\nLocked knee: No",
        "L knee pain since misstep 2/1. Not yet tried PT.\nLocked knee? [ ] Yes [X] No",
    ],
)
def test_the_waiver_named_by_a_policy_or_a_field_answered_no_waives_nothing(text: str) -> None:
    assert status(_knee(text), "KAS-003")["status"] != "not_applicable", text


def test_a_locked_knee_still_waives_the_trial() -> None:
    text = "L knee locked since misstep 2/1, lacks 20 deg extension.\nLocked knee: Yes"
    assert status(_knee(text), "KAS-003")["status"] == "not_applicable"


def test_a_pasted_policy_and_template_are_no_second_block() -> None:
    text = (
        "s/p R L4-5/L5-S1 MBB #1 09/22/26 with 85% relief x 5 h (diary). MBB #2 was scheduled"
        " 10/6 - cancelled (pt sick), rescheduled 10/27/26.\n"
        'Policy (copied): "Two medically necessary diagnostic MBBs with each producing >=80%'
        ' relief are required before RFA." Letter template: "Patient has completed two'
        ' diagnostic blocks with >=80% relief."'
    )
    found = find_findings([NoteInput("D/1", text)])
    relief = [f.value for f in found if f.concept == "block-relief" and f.asserted]
    assert relief and all(v == 85 for v in relief)


def test_a_letter_claiming_the_criteria_met_is_no_evidence_of_what_it_claims() -> None:
    letter = (
        "Dear reviewer: Ms. Haverford has failed medically supervised weight loss and meets all"
        " CareSource criteria for bariatric surgery."
    )
    assert not _asserted(letter, "weight-loss")
    dated = (
        "Ms. Haverford completed a 6-month medically supervised weight loss program"
        " 1/2025-6/2025 and meets all CareSource criteria."
    )
    assert _asserted(dated, "weight-loss")
