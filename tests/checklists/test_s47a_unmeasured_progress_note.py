"""A note called a progress note that only says the patient is "making progress towards goals"
is no re-evaluation or progress report (blind wave 52, GP/slp-02): OAC 5160-8-32 asks a
re-evaluation every 60 days of rehabilitative therapy, and MBPM ch. 15 section 220.3 a report
that measures progress toward each goal. "PROGRESS NOTE 3/2/26: Pt making progress towards goals.
Wife pleased. Continue plan of care." measured nothing, yet it restarted SLP-005's 60-day clock
(and SLP-006's visit count), since the bare phrase was read as a grading of the goals.

The phrase still counts where the note measures again (visits.py: goals-progressing); for
speech-language therapy that measure is a standardized test scored again ("WAB-R AQ 71.5").
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_REEVALUATION = {
    "resourceType": "Procedure",
    "id": "reeval",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "92523"}]},
    "performedDateTime": "2026-01-05",
}
_ORDER = {"authoredOn": "2026-03-20", "occurrenceDateTime": "2026-04-01"}


def _reevaluation_status(text: str) -> str:
    note = _note("pn", "2026-03-16", text)
    bundle = record("92508", _REEVALUATION, note, reason="R47.01", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 3, 23))
    return {i["id"]: i for i in report["items"]}["SLP-005"]["status"]


def test_progress_towards_goals_with_nothing_measured_is_no_re_evaluation() -> None:
    for text in (
        "PROGRESS NOTE 3/16/26: Pt making progress towards goals. Son pleased. Continue POC.",
        "Progress note. Pt is showing progress toward goals; continue current plan.",
    ):
        assert _reevaluation_status(text) != "met", text


def test_progress_towards_goals_measured_again_still_is_a_report() -> None:
    text = ("SLP PROGRESS NOTE 3/16/26: BNT 34/60 (was 21/60). WAB-R AQ 71.5. Pt making "
            "progress towards goals; goal 1 met.")  # fmt: skip
    assert _reevaluation_status(text) == "met"


def test_a_speech_test_scored_again_is_the_measure_beside_the_phrase() -> None:
    # The SLP's measure of the goals is a standardized test given again, as QuickDASH is the OT's.
    text = "SLP PROGRESS NOTE 3/16/26: WAB-R AQ 71.5. Pt making progress towards goals."
    assert _reevaluation_status(text) == "met"


def test_a_speech_test_only_named_measures_nothing() -> None:
    for text in (
        "SLP PROGRESS NOTE 3/16/26: see WAB-R from eval. Pt making progress towards goals.",
        "SLP PROGRESS NOTE 3/16/26: CELF-5 next month. Pt making progress towards goals.",
    ):
        assert _reevaluation_status(text) != "met", text
