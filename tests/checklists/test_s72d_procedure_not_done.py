"""A coded Procedure the EHR marks not done ("not-done": ordered, never performed) or withdrawn
("entered-in-error") is no test or visit done; a note that reports it done still is (brief
s72-d, a risk the lead found on stop 72's engine, no blind case yet: an ECG Procedure
"not-done" beside a note's "ECG today: NSR").

``has_procedure`` counted only completed or in-progress Procedures, so CARD-004's ECG was right
in both directions. The therapy report and visit counters read Procedures by their codes alone
(visits._report_dates, treatment_days.visit_days): a re-evaluation 97164 the patient never came
for was the last re-evaluation (PT-007 met, a gap called met), and missed treatment sessions
97110 counted as treatment days (PT-004's report called overdue).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

CPT = "http://www.ama-assn.org/go/cpt"
_VISIT = (
    "Progress Note - Internal Medicine\nHPI: 54 yo M, exertional chest pressure since June. "
    "HTN, obesity.\nExam: BP 148/94, heart regular.\n"
)


def _procedure(code: str, day: str, state: str, ident: str = "proc", text: str = "") -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": state,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": CPT, "code": code}], "text": text},
        "performedDateTime": day,
    }


def _card004(said: str, state: str) -> str:
    ecg = _procedure("93000", "2026-07-21", state, text="12-lead ECG")
    note = _VISIT + said + "\nAssessment/Plan:\n- Exercise SPECT MPI to evaluate for ischemia\n"
    bundle = record("78452", _note("n1", "2026-07-21", note), ecg, reason="R07.89")
    return status(bundle, "CARD-004", as_of=date(2026, 7, 30))["status"]


@pytest.mark.parametrize("state", ["not-done", "entered-in-error", "preparation", "on-hold"])
def test_an_ecg_procedure_not_done_is_no_ecg(state: str) -> None:
    assert _card004("", state) != "met", state


@pytest.mark.parametrize(
    "said",
    ["ECG today: NSR, no ST changes.", "EKG 7/21 - sinus rhythm 72, normal axis.",
     "12-lead ECG done in clinic: LBBB."],
)  # fmt: skip
@pytest.mark.parametrize("state", ["not-done", "entered-in-error"])
def test_a_note_that_reads_the_ecg_still_counts(said: str, state: str) -> None:
    assert _card004(said, state) == "met", (said, state)


def test_an_ecg_procedure_done_counts() -> None:
    assert _card004("", "completed") == "met"


_EVAL = "PT initial evaluation: low back pain, LEFS 38/80. Goals: LEFS 60 in 8 wks."


def _pt007(state: str, said: str = "Pt tolerated tx.") -> str:
    # The evaluation 12/1 is 90 days old on 3/1; the re-evaluation 97164 on 2/20 is the one
    # asked of the last 60 days.
    bundle = record(
        "97110",
        _note("ev", "2025-12-01", _EVAL),
        _procedure("97161", "2025-12-01", "completed", "ev-proc"),
        _procedure("97164", "2026-02-20", state, "reeval"),
        _note("n2", "2026-02-20", said),
        reason="M54.50",
    )
    return status(bundle, "PT-007", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize("state", ["not-done", "entered-in-error", "preparation"])
def test_a_re_evaluation_not_done_is_no_re_evaluation(state: str) -> None:
    assert _pt007(state) != "met", state


def test_a_re_evaluation_done_counts() -> None:
    assert _pt007("completed") == "met"


def test_a_note_of_the_re_evaluation_still_counts_beside_its_procedure_not_done() -> None:
    said = "PT re-evaluation: LEFS 38 -> 55/80, goals updated. Progressing toward goals."
    assert _pt007("not-done", said) == "met"


def _pt004(missed: int) -> str:
    # The progress report on 1/5, then eleven treatment sessions 97110, the last ``missed`` of
    # them charted "not-done" (no-shows).
    report = _note("pr", "2026-01-05", "PT progress report: goals progressing, LEFS 41 -> 50.")
    days = [f"2026-01-{d:02d}" for d in (8, 12, 15, 19, 22, 26, 29)]
    days += [f"2026-02-{d:02d}" for d in (2, 5, 9, 12)]
    sessions = [
        _procedure("97110", day, "not-done" if n >= len(days) - missed else "completed", f"s{n}")
        for n, day in enumerate(days)
    ]
    return status(record("97110", report, *sessions), "PT-004")["status"]


def test_sessions_not_done_are_no_treatment_days() -> None:
    assert _pt004(missed=0) == "missing"  # eleven visits since the report: one is overdue
    assert _pt004(missed=3) == "met"  # eight held, three missed


_BACK = (
    "Low back pain radiating to L leg since 10/2025. L5 radiculopathy, +SLR L. Plan: MRI L-spine."
)


def _lmri003(state: str, comment: str, said: str = "") -> str:
    therapy = _procedure("97110", "2025-12-01", state, "pt", text="Physical therapy")
    therapy["performedPeriod"] = {"start": "2025-12-01", "end": "2026-01-20"}
    therapy["note"] = [{"text": comment}]
    bundle = record("72148", _note("n1", "2026-02-20", f"{said} {_BACK}"), therapy, reason="M54.16")
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    "comment",
    ["PT 2x/wk x 6 wks", "PT eval and treat 2x/wk x 6 wks",
     "Physical therapy 6 weeks for lumbar radiculopathy", "Home PT 12 visits over 6 wks"],
)  # fmt: skip
def test_a_not_done_procedures_comment_is_no_course_had(comment: str) -> None:
    assert _lmri003("not-done", comment) != "met", comment


def test_the_same_comment_on_a_course_done_counts() -> None:
    assert _lmri003("completed", "PT 2x/wk x 6 wks") == "met"


def test_a_note_of_the_course_still_counts_beside_its_procedure_not_done() -> None:
    said = "Completed PT 2x/wk x 6 wks 12/2025-1/2026 without relief."
    assert _lmri003("not-done", "PT 2x/wk x 6 wks", said) == "met"
