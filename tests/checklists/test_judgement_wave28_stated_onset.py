"""A problem-list entry with no date of its own takes the onset the notes state (blind wave 27,
CU/lmri-03): the order's Condition "Intervertebral disc disorders with radiculopathy, lumbar
region" had no onset and no recorded date, the PCP note of 6/2 said "LBP + R leg pain to lateral
calf since late May", and the lumbar MRI was ordered 7/20 after six weeks of PT. The note's "since
late May" was 8 days on its own day, so LMRI-002 found no six weeks; the reviewer counted from
the onset the note gives: "~8 weeks by 7/20". An active Condition is the problem still there at
the order; the newest note that dates its beginning says when that was. A dated Condition keeps
its own onset rules (onsets.py), and a note's onset too recent is still too recent.

A month written with "early", "mid" or "late" and no day ("since late May", "early March",
"mid-Jan") is read at the latest day it can mean, the safe end for "at least N days"."""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.durations import find_durations
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _disc(onset: str | None = None) -> dict:
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M51.16"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }
    if onset:
        condition["onsetDateTime"] = onset
    return condition


def _lumbar_mri(text: str, when: str = "2026-06-02", onset: str | None = None) -> str:
    note = _note("n1", when, text)
    order = {"authoredOn": "2026-07-20", "occurrenceDateTime": "2026-07-30"}
    bundle = record("72148", _disc(onset), note, reason="M51.16", order=order)
    report = score_bundle(bundle, as_of=date(2026, 7, 22))
    return {i["id"]: i for i in report["items"]}["LMRI-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "57M LBP + R leg pain to lateral calf since late May after moving furniture.",
        "LBP radiating down the R leg x 1 week.",
        "Low back pain began 5/20/26 lifting a sofa.",
    ],
)
def test_an_undated_problem_takes_the_onset_a_note_states(text: str) -> None:
    assert _lumbar_mri(text) == "met"


def test_an_onset_too_recent_is_still_too_recent() -> None:
    assert _lumbar_mri("LBP + R leg pain x 10 days.", when="2026-07-18") != "met"


def test_a_dated_problem_keeps_its_own_onset() -> None:
    # The Condition says the problem began 7/1: an older note's onset is another episode's.
    assert _lumbar_mri("LBP since late May.", onset="2026-07-01") != "met"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("LBP since late May", 2),  # May 31
        ("R leg pain since mid-May", 13),  # May 20
        ("neck pain since early May", 23),  # May 10
        ("LBP since May", 32),  # a bare month: from its first day, as before
        ("LBP since late February", 94),  # February 28
        ("since late June", 0),  # written in it: never past the note
    ],
)
def test_early_mid_late_of_a_month_is_read_at_its_latest_day(text: str, days: int) -> None:
    written = dt.date(2026, 6, 27) if "June" in text else dt.date(2026, 6, 2)
    assert [d.days for d in find_durations(text, written)] == [days]


def test_a_month_part_that_ends_care_is_not_moved_later() -> None:
    from smartapp.notes.written_dates import find_dates

    written = dt.date(2026, 4, 16)
    started = find_dates("R knee pain since early March", written)
    finished = find_dates("Finished PT early March (6 wks, 12 visits)", written)
    assert [m.when for m in started] == [dt.date(2026, 3, 10)]
    assert [m.when for m in finished] == [dt.date(2026, 3, 1)]
