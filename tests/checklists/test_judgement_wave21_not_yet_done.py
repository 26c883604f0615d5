"""Blind wave 21: what the record names but has not happened, or not in the form asked for.

- A home-health plan whose period stands on its own line under the plan's heading ("HOME HEALTH
  CERTIFICATION AND PLAN OF CARE - RECERTIFICATION" / "Period: 11/14/2025 - 01/12/2026") had
  lapsed before the visits asked for, yet counted for them (BU/hh-02).
- A 485 whose signature field says the signature is still to come ("Physician signature:
  (pending) - faxed 02/18/2026") is no signed plan, and the agency PT's evaluation "POC: PT 2w4"
  is the therapist's plan, not the certified one (BU/hh-03).
- A dysarthria test named as not given ("Frenchay Dysarthria Assessment-2 | not administered -
  fatigue") is no score: its edition's "2" read as a result (BW/slp-03).
- A pasted criteria list whose label opens the statement ('Criteria (pasted from policy):
  "Genetic counseling ... must be performed prior to testing"') is the payer's words, not
  counseling done (BX/gen-02).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_a_plan import left_blank
from smartapp.checklists.plan_periods import stated_periods
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_RECERT = (
    "HOME HEALTH CERTIFICATION AND PLAN OF CARE - RECERTIFICATION\n"
    "Period: 01/05/2026 - 03/05/2026. Dx L89.154. SN 3w9 NPWT changes, wound measurement weekly."
    " Goal: wound volume decrease 50%.\n"
    "Physician signature: Marguerite Olamide, MD   Date signed: 01/05/2026"
)


def _plan(ident: str, when: str, text: str) -> dict:
    return _note(ident, when, text, extra={"description": "Plan of care note"})


def test_a_period_on_its_own_line_under_the_plan_heading_dates_the_plan():
    plan = _plan("poc", "2026-01-05", _RECERT)
    # The SN visits asked for start 3/10: the plan ran to 3/05.
    lapsed = record("G0299", plan, reason="L89.154")
    assert status(lapsed, "HHC-004")["status"] != "met"
    # Asked for from 3/04, inside its period, the same plan covers them.
    inside = record("G0299", plan, reason="L89.154", order={"occurrenceDateTime": "2026-03-04"})
    assert status(inside, "HHC-004")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "HOME HEALTH PLAN OF CARE\nPeriod: 11/14/2025 - 01/12/2026",
        "Plan of care (recert 2)\nCertification period: 11/14/2025 to 01/12/2026",
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE\n  Recert period (60d): 11/14/2025-01/12/2026",
    ],
)
def test_a_labelled_period_line_in_a_plan_is_its_period(text: str) -> None:
    assert stated_periods(text) == [(date(2025, 11, 14), date(2026, 1, 12))], text


@pytest.mark.parametrize(
    "text",
    [
        # No plan named: a "Period:" line is anything's (a billing statement, a lab's range).
        "BILLING STATEMENT\nPeriod: 11/14/2025 - 01/12/2026",
        # A period mentioned mid-sentence is not a labelled line.
        "HOME HEALTH PLAN OF CARE\nPt was in rehab for a period 11/14/2025 - 01/12/2026.",
    ],
)
def test_a_period_line_outside_a_plan_dates_no_plan(text: str) -> None:
    assert stated_periods(text) == [], text


_PENDING = (
    "HOME HEALTH CERTIFICATION AND PLAN OF CARE\n"
    "SOC 03/10/2026  Cert period 03/10/2026-05/08/2026\n"
    "Dx: G20.B1, R29.6. PT 2w4; HHA 3w4 (1 hr each) bathing/dressing.\n"
    "Goals: Berg >=40, no falls, safe tub transfer with HHA.\n"
    "Physician signature: (pending) - faxed 02/26/2026"
)
_PT_EVAL = (
    "PT EVALUATION (home) 02/25/2026 - Samir Haddad, PT, DPT\n"
    "Berg 31/56, TUG 29 s with rollator. High fall risk. POC: PT 2w4 - gait/balance, transfer"
    " training, home safety; goals Berg >=40, TUG <20 s in 4 wk."
)


_ORDER = {"note": [{"text": "PT 2x/wk x 4 wks (8 visits)."}]}


def test_a_plan_whose_signature_is_still_to_come_is_no_signed_plan():
    pending = _plan("poc", "2026-02-26", _PENDING)
    pt_eval = _note("pt", "2026-02-25", _PT_EVAL)
    unsigned = record("G0151", pending, pt_eval, reason="G20.B1", order=_ORDER)
    assert status(unsigned, "HHC-004")["status"] != "met"
    signed = _PENDING.replace(
        "(pending) - faxed 02/26/2026", "C. Rutherford, MD  Date signed: 02/27/2026"
    )
    plan = _plan("poc", "2026-02-27", signed)
    both = record("G0151", plan, pt_eval, reason="G20.B1", order=_ORDER)
    assert status(both, "HHC-004")["status"] == "met"


def test_the_agency_therapists_own_plan_is_not_the_certified_plan():
    pt_eval = _note("pt", "2026-02-25", _PT_EVAL)
    alone = record("G0151", pt_eval, reason="G20.B1", order=_ORDER)
    assert status(alone, "HHC-004")["status"] != "met"
    # The practitioner's own note stating the plan still counts.
    md = _PT_EVAL.replace("PT EVALUATION (home) 02/25/2026 - Samir Haddad, PT, DPT", "HH visit")
    by_md = _note("md", "2026-02-25", md + "\nC. Rutherford, MD 02/25/2026")
    signed = record("G0151", by_md, reason="G20.B1", order=_ORDER)
    assert status(signed, "HHC-004")["status"] == "met"


@pytest.mark.parametrize(
    "field",
    [
        "Physician signature: (pending) - faxed 02/18/2026",
        "Signature: pending",
        "MD signature: awaiting",
        "Physician signature: not yet returned",
        "Signed: unsigned",
        "Physician signature: [sent for signature 2/3]",
        "Certifying physician signature: to be signed at next visit",
    ],
)
def test_a_signature_field_answered_still_to_come_is_blank(field: str) -> None:
    assert left_blank(f"PLAN OF CARE\nPT 2w4.\n{field}"), field


@pytest.mark.parametrize(
    "field",
    [
        "Physician signature: Marguerite Olamide, MD   Date signed: 11/14/2025",
        "Signed: J. Doe MD 2/28/26 (was pending, now signed)",
        "Signature: electronically signed by C. Rutherford, MD",
        # The pending word belongs to something else on the line.
        "Signature: C. Rutherford MD; labs pending",
    ],
)
def test_a_signed_field_is_not_blank(field: str) -> None:
    assert not left_blank(f"PLAN OF CARE\nPT 2w4.\n{field}"), field


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Frenchay Dysarthria Assessment-2 | not administered - fatigue |",
        "FDA-2 not administered (fatigue).",
        "VHI-10 deferred - pt fatigued.",
        "Speech Intelligibility Test (SIT) | *** % |",
        "SIT to be administered at next session, target 70%.",
        "Frenchay Dysarthria Assessment-2: unable to complete",
    ],
)
def test_a_speech_test_not_given_is_no_score(text: str) -> None:
    assert not _asserted(text, "standardized-scores"), text


@pytest.mark.parametrize(
    "text",
    [
        "FDA-2: 18/28 (moderate).",
        "Frenchay Dysarthria Assessment-2 total 96/116.",
        "SIT 62% single-word intelligibility.",
        "VHI-10 score 24.",
        "FDA-2 deferred to next visit; SIT 55% sentence intelligibility.",
    ],
)
def test_a_speech_test_scored_is_a_score(text: str) -> None:
    assert _asserted(text, "standardized-scores"), text


@pytest.mark.parametrize(
    "text",
    [
        'Criteria (pasted from policy): "Genetic counseling by a qualified provider must be'
        ' performed prior to testing and document..."',
        'Criteria (copied): "Pre-test genetic counseling with a genetic counselor"',
        "CareSource criteria: genetic counseling by a qualified provider prior to testing",
    ],
)
def test_a_pasted_criteria_list_opening_the_statement_is_no_counseling(text: str) -> None:
    assert not _asserted(text, "genetic-counseling"), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen by genetic counselor 4/2/26, pre-test counseling completed.",
        'Criteria (pasted): "counseling prior to testing";\nGenetic counseling completed 4/2/26'
        " with K. Brandt, MS, LCGC.",
        "Criteria met: genetic counseling completed 4/2/26 with K. Brandt, LCGC.",
    ],
)
def test_counseling_written_beside_a_criteria_label_still_counts(text: str) -> None:
    assert _asserted(text, "genetic-counseling"), text


@pytest.mark.parametrize(
    "text",
    [
        # Booked, referred or asked for: counseling still to come (BX/gen-02's appt of 5/27).
        "Genetic counseling appt 5/27/26.",
        "Genetic counseling scheduled 5/27/26 (after the blood draw).",
        "Cancer Genetics counseling appointment booked for 5/27.",
        "Genetic counseling: referred, appt 5/27.",
        "Pt to see genetic counselor 5/27.",
        "Genetic counseling by a qualified provider must be performed prior to testing.",
        "Pre-test genetic counseling is required before testing.",
    ],
)
def test_counseling_booked_or_required_is_not_counseling_done(text: str) -> None:
    assert not _asserted(text, "genetic-counseling"), text


@pytest.mark.parametrize(
    "text",
    [
        "Genetic counselor seen 4/2/26, results appt 5/27.",
        "Pre-test genetic counseling provided today (45 min); follow-up appt for results.",
        "Genetic counseling session with Kelsey Brandt on 4/2/26 - pedigree reviewed.",
        "Met with genetic counselor 4/2/26, who recommended panel testing.",
    ],
)
def test_counseling_done_before_a_later_appointment_still_counts(text: str) -> None:
    assert _asserted(text, "genetic-counseling"), text
