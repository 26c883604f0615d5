"""A re-evaluation or progress report another setting wrote does not renew the treating clinic's
(blind wave 91, MJ/speech-language-02): "IEP Progress Report (Lincoln Elementary, spring term)
I. Castro CCC-SLP ... Progress 'emerging' on school IEP goals" met SLP-005's re-evaluation and
SLP-006's progress report while the clinic's own group notes said only "see prior note for
goals" seven months after its last re-evaluation. A school's or early-intervention program's
report, a former provider's, and for speech therapy another discipline's evaluation are none;
nor is a re-evaluation only planned. The treating SLP's own report still counts in any format,
and so does one that mentions the school.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.checklists.report_settings import elsewhere, named_elsewhere
from smartapp.evidence.record import Note
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

#: The clinic's evaluation, 77 days before the check: past the 60 days of rehabilitative therapy
#: (no age on record), so SLP-005 is met only by a later report.
_EVALUATION = {
    "resourceType": "Procedure",
    "id": "eval",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "92523"}]},
    "performedDateTime": "2026-01-05",
}
_ORDER = {"authoredOn": "2026-03-20", "occurrenceDateTime": "2026-04-01"}


def _status(text: str, kind: str = "text/plain", extra: dict[str, Any] | None = None) -> str:
    note = _note("later", "2026-03-16", text, kind, extra)
    bundle = record("92508", _EVALUATION, note, reason="R47.01", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 3, 23))
    return {i["id"]: i for i in report["items"]}["SLP-005"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        # The blind case's school report, and the other ways a school's or program's reads.
        "IEP Progress Report (Lincoln Elementary, spring term) I. Castro CCC-SLP\nStudent "
        "receives 30 min/wk school speech. Progress 'emerging' on school IEP goals.",
        "Westbrook City Schools - Speech-Language Re-evaluation Report (shared by parent)\n"
        "CELF-5 Core Language SS 70. Continue IEP services.",
        "SCHOOL SLP PROGRESS REPORT (IEP) - spring term\nGoal 1 met; goal 2 progressing.",
        "OLENTANGY SCHOOLS - SPEECH SERVICES NOTE (IEP related service)\nRe-evaluation: "
        "articulation 60% -> 75%.",
        "Help Me Grow Early Intervention - IFSP six-month review\nProgress report: now uses "
        "10 signs, was 2.",
        "Progress report from the school SLP (faxed by mom): uses device in class 5x/day.",
        "School-based SLP re-evaluation 3/16/26: GFTA-3 SS 72.",
        "Discharge summary from prior provider (Kids Speak Therapy): goals 1-3 met, "
        "progress report attached.",
        # Another discipline's own document is no speech re-evaluation.
        "PT RE-EVALUATION 3/16/26: gait 0.6 m/s -> 0.9 m/s. Goals updated.",
        "Occupational therapy progress report 3/16/26: grip 12 -> 18 lb; goal 1 met.",
        "Neuropsychological evaluation 3/16/26: WAIS-IV FSIQ 88.",
        # A school's or another discipline's report named inside a daily note.
        "Group tx daily note 3/16/26. IEP progress report 3/2026 reviewed: emerging on "
        "articulation goals. Cont POC.",
        "Daily note 3/16/26: mom says PT re-eval done today. Targets per POC. Cont POC.",
        # A re-evaluation still to come.
        "Daily note 3/16/26: targets per POC. Re-evaluation scheduled 3/30/26.",
        "Daily note 3/16/26: see prior note for goals. Re-eval due next visit; SLP to update.",
    ],
)
def test_another_setting_s_or_a_planned_report_renews_nothing(text: str) -> None:
    assert _status(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "SLP RE-EVALUATION 3/16/26: WAB-R AQ 61.4 (was 48.2). Goals updated; continue 2x/wk.",
        "SLP Progress Report 3/16/26 (visits 11-20): Goal 1 45% -> 70%; goal 2 met.",
        "Speech-Language Re-evaluation 3/16/2026 (school-age, outpatient)\nCELF-5 Core "
        "Language SS 74 (was 66). Goals updated.",
        "SLP progress report - shared with school IEP team\nGoal 1: 40% -> 75%. Goal 2 met.",
        "SLP PROGRESS REPORT 3/16/26: Goal 1: 40% -> 75%. School SLP (IEP) reports similar "
        "gains in class.",
        "Re-evaluation 3/16/26: 5 y/o in K with IEP, CELF-P3 Core 72 (was 65). Goals updated.",
    ],
)
def test_the_treating_slp_s_own_report_still_counts(text: str) -> None:
    assert _status(text) == "met", text


def test_the_treating_slp_s_report_as_an_html_table_still_counts() -> None:
    html = (
        "<html><body><p><b>Progress Report / Re-evaluation</b> 3/16/2026</p><table>"
        "<tr><th>Goal</th><th>Baseline</th><th>Now</th></tr>"
        "<tr><td>Naming</td><td>40%</td><td>72%</td></tr>"
        "<tr><td>WAB-R AQ</td><td>48.2</td><td>61.4</td></tr></table></body></html>"
    )
    assert _status(html, "text/html") == "met"


def test_a_school_report_known_by_its_title_alone() -> None:
    extra = {"type": {"text": "School IEP progress report (faxed)"}}
    assert _status("Speech: 30 min/wk. Goal 1 met. Goal 2 progressing.", extra=extra) != "met"


def _headed(title: str, text: str, discipline: str | None = None) -> bool:
    note = Note("DocumentReference/n", date(2026, 3, 16), (), "current", lambda: text, title)
    return elsewhere(note, discipline)


@pytest.mark.parametrize(
    "title, text",
    [
        ("outside school slp report", "Student: E. Grade 1."),
        ("Progress note", "[scanned] MIAMI VALLEY SCHOOLS - IEP PROGRESS REPORT (speech)"),
        ("Progress note", "Lakeside Elementary - Letter from school SLP (faxed)"),
    ],
)
def test_a_heading_that_names_another_setting(title: str, text: str) -> None:
    assert _headed(title, text)


@pytest.mark.parametrize(
    "title, text",
    [
        ("slp re-evaluation progress note", "SLP RE-EVALUATION 1/06/2026 (visit 19)"),
        ("Progress note", "SLP AAC RE-EVALUATION 03/02/2026 (school-age, outpatient)"),
        ("Progress note", "Speech-language evaluation - referred from school SLP"),
        ("Progress note", "Pt re-evaluated today: WAB-R AQ 61."),  # the patient, not a PT
    ],
)
def test_a_clinic_heading_stays_the_clinic_s(title: str, text: str) -> None:
    assert not _headed(title, text, "slp")


def test_another_discipline_only_where_the_checklist_names_its_own() -> None:
    # The PT/OT checklist names none: its PT re-evaluation is its own report.
    assert _headed("Progress note", "PT RE-EVALUATION 3/16/26", "slp")
    assert not _headed("Progress note", "PT RE-EVALUATION 3/16/26")


@pytest.mark.parametrize(
    "text, words, away",
    [
        ("IEP progress report reviewed.", "progress report", True),
        ("School SLP (IEP) progress summary: emerging.", "progress summary", True),
        ("In K with IEP, re-evaluated today.", "re-evaluated", False),
        ("SLP progress report: goal 1 met.", "progress report", False),
    ],
)
def test_a_report_named_in_a_statement(text: str, words: str, away: bool) -> None:
    assert named_elsewhere(text, text.index(words)) is away
