"""A busy clinic's one-line progress note records the in-person visit of its day (brief s85-f2f,
blind wave 100): a note opening as any clinic's or problem's follow-up, with or without its day
("ILD f/u.", "Sleep f/u 10/6/26.": NT/oxy-03, NT/sleep-03), and a practitioner's "F2F for HH
done today" (NT/homehealth-02). The same words later in a note, a follow-up to come, a contact
by telephone, video or portal, a nurse's, therapist's, agency's or lab follow-up, and a
face-to-face only asked for or not done are no visit (targets.yaml, specialty_titles.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _visit_held(text: str, when: date = date(2026, 10, 6)) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, when)])
    return any(
        f.concept == "in-person-visit" and not (f.negated or f.planned or f.hypothetical)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # the cases' wordings
        "ILD f/u. IPF dx 2024 on nintedanib. DOE walking to mailbox. Rest SpO2 94% RA (nl)."
        " 6MWT today by RT - see report.\nA/P: exertional hypoxemia, qualifies.",
        "Sleep f/u 10/6/26. OSA severe on HSAT 8/11 (AHI 38). APAP x 6 wk: AHI on device 19."
        "\nA/P: in-lab titration given COPD/hypoventilation and failed APAP.",
        # other wordings of the same fact
        "COPD follow-up 10/06/2026\nSpO2 87% RA at rest.",
        "DM f/u 10/6. A1c 9.1, 2 level 2 hypos.",
        "HF f/u.\nEF 25%, orthopnea.",
        "OSA follow-up visit 10/6/26. ESS 15.",
        "Post-op f/u 10/6/26. Incision healing.",
        # the specialties' names, as before
        "Pulm f/u. IPF. c/o DOE. SpO2 89% RA rest.",
        "Neurology f/u\nMS, EDSS 7.0.",
    ],
)
def test_a_note_opening_as_a_follow_up_records_its_visit(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: O2. ILD f/u.",  # a follow-up to come, later in a note
        "HPI: SOB. Sleep f/u 10/6/26.",  # not the note's first words
        "Sleep f/u 11/20/26. OSA.",  # a day after the note's: to come
        "ILD f/u in 3 mo.",
        "ILD f/u - video. IPF.",
        "Phone f/u. Pt doing well on APAP.",
        "Telephone f/u 10/6/26. OSA.",
        "Video f/u. IPF.",
        "RN f/u 10/6/26. BP ok.",
        "RT f/u. 6MWT.",
        "HH f/u. SN visit.",
        "Wound f/u 10/6/26. Vac changed.",
        "Lab f/u. K 5.1.",
        "Missed f/u.",
        "Pt to f/u.",
        "Needs f/u.",
        "Recommend f/u.",
        "Appointment for f/u.",
        "Referral: Sleep f/u.",
    ],
)
def test_the_same_words_otherwise_are_no_visit(text: str) -> None:
    assert not _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "12/18/25 PCP: sacral stage 3 PI 4x3 cm after rehab stay. Bedbound mostly. Needs HH RN"
        " wound vac. F2F for HH done today.",
        "F2F completed 10/6/26. Wound stage 3.",
        "Face-to-face encounter performed today for home health.",
        "F2F for home health was done today.",
    ],
)
def test_a_face_to_face_told_as_done_is_the_visit(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "F2F for HH not done.",
        "F2F not yet done.",
        "F2F to be done.",
        "F2F needed for HH.",
        "F2F for HH will be done next wk.",
        "F2F for HH pending.",
        "Needs F2F done before SOC.",
        "Please have F2F completed.",
        "Pt needs a F2F done.",
        "F2F done?",
        "F2F done: [ ]",
        "F2F done by phone.",
        "F2F for HH done via telephone today.",
    ],
)
def test_a_face_to_face_asked_for_or_not_done_is_none(text: str) -> None:
    assert not _visit_held(text)


def _status(item: str, bundle: dict, as_of: date) -> str:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i["status"] for i in report["items"]}[item]


def _oxy_002(text: str) -> str:
    note = _note("n1", "2026-09-02T15:00:00Z", text)
    order = {"authoredOn": "2026-09-02", "occurrenceDateTime": "2026-09-12"}
    bundle = record("E1390", note, reason="J84.10", order_type="DeviceRequest", order=order)
    return _status("OXY-002", bundle, date(2026, 9, 9))


def _sleep_004(text: str) -> str:
    note = _note("n1", "2026-10-06T15:00:00Z", text)
    order = {"authoredOn": "2026-10-06", "occurrenceDateTime": "2026-10-20"}
    bundle = record("95811", note, reason="G47.33", order=order)
    return _status("SLEEP-004", bundle, date(2026, 10, 8))


_ILD = (
    "ILD f/u. IPF dx 2024 on nintedanib. DOE walking to mailbox. Rest SpO2 94% RA (nl). 6MWT"
    " today by RT - see report.\nA/P: exertional hypoxemia, qualifies. Portable O2 2L w/ exertion."
)
_SLEEP = (
    "Sleep f/u 10/6/26. OSA severe on HSAT 8/11 (AHI 38). APAP x 6 wk: AHI on device 19, still"
    " sleepy (ESS 15), gasping. COPD, ABG PaCO2 52.\nA/P: in-lab titration (CPAP->BPAP) given"
    " COPD/hypoventilation and failed APAP."
)


def test_the_ordering_physician_s_terse_notes_meet_the_face_to_face() -> None:
    assert _oxy_002(_ILD) == "met"
    assert _sleep_004(_SLEEP) == "met"


@pytest.mark.parametrize(
    "first",
    ["Phone f/u.", "Video f/u.", "Telephone f/u 10/6/26.", "Portal message."],
)
def test_a_remote_contact_so_opened_does_not(first: str) -> None:
    assert _oxy_002(_ILD.replace("ILD f/u.", first)) != "met"
    assert _sleep_004(_SLEEP.replace("Sleep f/u 10/6/26.", first)) != "met"


def _hhc_001(text: str, when: str = "2025-12-18T15:00:00Z") -> str:
    note = _note("n1", when, text)
    order = {"authoredOn": "2026-01-03", "occurrenceDateTime": "2026-01-05"}
    bundle = record("G0299", note, reason="L89.153", order=order)
    return _status("HHC-001", bundle, date(2026, 1, 4))


_HH = (
    "12/18/25 PCP: sacral stage 3 PI 4x3 cm after rehab stay. Bedbound mostly. Needs HH RN wound"
    " vac. F2F for HH done today."
)


def test_the_pcp_s_face_to_face_done_meets_the_home_health_encounter() -> None:
    assert _hhc_001(_HH) == "met"


@pytest.mark.parametrize(
    "last", ["F2F for HH not done.", "F2F for HH to be scheduled.", "Needs F2F done before SOC."]
)
def test_a_face_to_face_not_held_does_not(last: str) -> None:
    assert _hhc_001(_HH.replace("F2F for HH done today.", last)) != "met"


def test_a_face_to_face_out_of_the_window_does_not() -> None:
    # 90 days before the start of care 2026-01-05 is 2025-10-07
    assert _hhc_001(_HH.replace("12/18/25", "9/18/25"), "2025-09-18T15:00:00Z") != "met"
