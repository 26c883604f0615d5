"""Conservative care is not stretched past what was done (brief s74-j, blind wave 86).

LR/sps-02: "Ref PT 2x/wk x 6 wks, meloxicam. Pt declined PT at this time (cost)" on 1/20 was
read as six weeks of meloxicam counted back from the referral, and April's "Meloxicam started
4/28 (had not filled in Jan)" as meloxicam from January: a referral's weeks are the order's, a
date the note says the care was not had on is none of its days, and the January prescription
a later note says was never filled is no day of care. (The session's second class, LR/lmri-02's
discharged PT stretched to a later "did PT for a while", was taken out at the merge: its rule
dropped dated courses' later mentions in three labelled cases, EV/lumbar-mri-01,
FX/knee-arthroplasty-03 and DJ/lmri-04; s75-c closes only a course said left early:
test_judgement_s75c_left_course_restated.py.) Courses said done ("PT 2x/wk x 6 wks completed",
"Failed PT (7 wks)") count.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_had_then import not_had_dates
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE_DAY = date(2026, 4, 28)


def _lmri(*notes: tuple[str, str], as_of: date) -> str:
    """LMRI-003's status (six weeks of care in 90 days) for notes (day, text)."""
    resources = [_note(f"n{i}", day, text) for i, (day, text) in enumerate(notes, 1)]
    request = {"authoredOn": as_of.isoformat(), "occurrenceDateTime": as_of.isoformat()}
    bundle = record("72148", *resources, order=request)
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i for i in report["items"]}["LMRI-003"]["status"]


@pytest.mark.parametrize(
    ("words", "month"),
    [
        ("Meloxicam started 4/28 (had not filled in Jan).", 1),
        ("Did not take the naproxen in March, started it 4/1.", 3),
        ("Pt didn't start PT in February (cost).", 2),
        ("Never picked up the meloxicam in Feb.", 2),
        ("hasn't filled it in March", 3),
    ],
)
def test_a_date_the_care_was_not_had_on(words: str, month: int) -> None:
    assert date(2026, month, 1) in not_had_dates(words, _NOTE_DAY)


@pytest.mark.parametrize(
    "words",
    [
        "Meloxicam not started until 4/1.",  # had from then
        "Not taking naproxen since 2/1.",  # its stop, a day of the care
        "Naproxen since Jan, not helping.",
        "Pt did not do well after PT 3/1-4/15.",
        "Did PT 1/5-2/20, did not help.",
        "PT started 3/2; no relief.",
    ],
)
def test_a_date_of_care_had_is_kept(words: str) -> None:
    assert not not_had_dates(words, _NOTE_DAY)


def test_a_completed_course_dated_to_its_discharge_still_counts() -> None:
    discharge = (
        "2026-05-20",
        "PT Discharge summary: attended 12 visits 4/1-5/15, goals partially met. D/C from PT.",
    )
    follow_up = ("2026-06-16", "Pt 'did PT for a while', no lasting relief. P: MRI L-spine.")
    assert _lmri(discharge, follow_up, as_of=date(2026, 6, 19)) == "met"


_DECLINED = (
    "2026-03-20",
    "LBP + R leg pain. Ref PT 2x/wk x 6 wks, meloxicam. Pt declined PT at this time (cost).",
)


@pytest.mark.parametrize(
    "started",
    [
        "Started PT 5/10 after insurance approval. Meloxicam started 5/10 (had not filled in "
        "March).",
        "Started PT 5/10. Did not fill the meloxicam in March; started it 5/10.",
    ],
)
def test_a_declined_referral_and_an_unfilled_drug_are_no_weeks_of_care(started: str) -> None:
    assert _lmri(_DECLINED, ("2026-05-10", started), as_of=date(2026, 6, 1)) != "met"


@pytest.mark.parametrize(
    "done",
    [
        "LBP + R leg pain. PT 2x/wk x 6 wks completed, meloxicam - no relief.",
        "LBP + R leg pain. Failed PT (7 wks), meloxicam 8 wks.",
        "LBP + R leg pain. Did PT for 6 wks, no better.",
    ],
)
def test_a_course_said_done_still_counts(done: str) -> None:
    assert _lmri(("2026-03-20", done), as_of=date(2026, 4, 1)) == "met"
