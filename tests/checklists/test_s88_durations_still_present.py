"""A symptom's start told by a holiday, season or month runs to the newest note that finds it
still there (brief s88-durations; symptom_lasting.py, holiday_onsets.py).

- NY/lmri-03 (blind wave 101): "back + L buttock/leg pain since over the holidays (Xmas week)"
  in a note of 1/6/2026 is five days of pain on that day; the follow-up of 2/26 ("... - leg
  still bad") finds it still there, eight weeks from New Year's Day, the latest day "the
  holidays" can mean. LMRI-002 had counted the duration to the first note only.
- OC/lmri-02 (blind wave 103): "LBP over the holidays, axial." of 1/6 (the symptom there by the
  holidays, so begun by New Year's Day at the latest), then "Back still hurts ... MRI L-spine
  for persistent LBP" on 3/20: eleven weeks.

Near misses that must not count: a holiday ahead ("after the holidays"), an episode its later
note calls resolved, another body part still hurting, a relative's pain, a later note that
starts the pain anew, a condition ("if pain persists"), care that goes on ("still taking
meloxicam for back pain"), and a later note that only mentions the region.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.durations import find_durations
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _lmri002(first: str, later: str | None, later_day: str = "2026-02-26") -> str:
    """LMRI-002's status for a lumbar MRI asked on 2/27/2026, the first note of 1/6."""
    notes = [_note("n1", "2026-01-06", first)]
    if later is not None:
        notes.append(_note("n2", later_day, later))
    order = {"authoredOn": "2026-02-26", "occurrenceDateTime": "2026-03-06"}
    bundle = record("72148", *notes, reason="M54.50", order=order)
    report = score_bundle(bundle, as_of=date(2026, 2, 27))
    return {i["id"]: i for i in report["items"]}["LMRI-002"]["status"]


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # the cases' own words
        (
            "back + L buttock/leg pain since over the holidays (Xmas week). Plan PT, meloxicam.",
            "S: PT 1/8-1/30 4 wks + chiro since 1/28 + meloxicam - leg still bad. ODI 38.",
        ),
        (
            "LBP over the holidays, axial. Ne radicular sx. Start PT.",
            "Back still hurts. Exam: tender paraspinals. A/P: MRI L-spine for persistent LBP.",
        ),
        # other wordings of the same fact
        ("Low back pain since Christmas week, no radiation.", "Low back pain persists, 6/10."),
        ("LBP since New Year's. Start naproxen.", "F/u LBP: no better despite naproxen and PT."),
        ("Back pain since mid-December.", "Continues to have low back pain, worse with sitting."),
        ("R sciatica since Thanksgiving.", "Ongoing R sciatica; MRI ordered."),
    ],
)
def test_a_dated_start_runs_to_the_note_that_finds_it_still_there(first: str, later: str) -> None:
    assert _lmri002(first, later) == "met"


@pytest.mark.parametrize(
    "first",
    [
        "LBP since the holidays. Start PT.",
        "LBP over the holidays, axial. Start PT.",
    ],
)
def test_the_first_note_alone_is_days_not_weeks(first: str) -> None:
    assert _lmri002(first, None) != "met"


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # a holiday ahead: no start given
        ("Will start PT for LBP after the holidays.", "Low back pain persists."),
        ("Back pain began after the holidays.", "Low back pain persists."),
        # a past episode that resolved
        ("LBP over the holidays, resolved now.", "Low back pain persists."),
        ("LBP since the holidays.", "LBP resolved. Here for knee f/u."),
        ("LBP since the holidays.", "No back pain today."),
        # another body part still hurting
        ("LBP since the holidays.", "R shoulder pain persists."),
        ("LBP since the holidays.", "Neck still sore."),
        # a relative's pain
        ("LBP since the holidays.", "Mother still has back pain."),
        # the pain begun anew: its own weeks time it
        ("LBP since the holidays.", "New LBP x 3 days after lifting; prior episode resolved."),
        # only a condition, care that goes on, the region alone
        ("LBP since the holidays.", "Return if low back pain persists."),
        ("LBP since the holidays.", "Still taking meloxicam for back pain."),
        ("LBP since the holidays.", "MRI lumbar spine still pending."),
        # a change, not the onset: worse over the holidays
        ("LBP worse over the holidays.", None),
    ],
)
def test_near_misses_are_not_carried_on(first: str, later: str | None) -> None:
    assert _lmri002(first, later) != "met"


def test_a_later_note_past_the_request_is_not_read() -> None:
    later = "Low back pain persists."
    assert _lmri002("LBP since the holidays.", later, later_day="2026-03-02") != "met"


def test_a_resolved_episode_stops_the_chain_before_a_later_mention() -> None:
    notes = [
        _note("n1", "2026-01-06", "LBP since the holidays."),
        _note("n2", "2026-01-20", "LBP resolved with rest."),
        _note("n3", "2026-02-26", "Low back pain persists."),
    ]
    order = {"authoredOn": "2026-02-26", "occurrenceDateTime": "2026-03-06"}
    bundle = record("72148", *notes, reason="M54.50", order=order)
    report = score_bundle(bundle, as_of=date(2026, 2, 27))
    assert {i["id"]: i for i in report["items"]}["LMRI-002"]["status"] != "met"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("LBP over the holidays, axial.", dt.date(2026, 1, 1)),  # the holidays' latest day
        ("pain during Christmas week", dt.date(2025, 12, 31)),  # that week's last day
        ("LBP since Christmas week", dt.date(2025, 12, 31)),
        ("LBP since Christmas", dt.date(2025, 12, 25)),
        ("LBP over Thanksgiving", dt.date(2025, 11, 27)),
    ],
)
def test_a_holiday_start_is_read_at_its_latest_day(text: str, start: dt.date) -> None:
    written = dt.date(2026, 1, 6)
    assert {written - dt.timedelta(days=d.days) for d in find_durations(text, written)} == {start}


@pytest.mark.parametrize(
    "text",
    [
        "LBP worse over the holidays",
        "flare of pain over the holidays",
        "back pain over the holidays, resolved",
        "pain over the holidays, better now",
        "will start PT after the holidays",
        "back pain after the holidays",
    ],
)
def test_a_change_an_episode_over_or_a_holiday_ahead_gives_no_start(text: str) -> None:
    assert find_durations(text, dt.date(2026, 1, 6)) == []


def _ipn005(later: str, later_day: str) -> str:
    """IPN-005 (three calendar months of axial pain) for a lumbar facet block asked 3/2/2026."""
    notes = [_note("n1", "2025-12-10", "Axial LBP since Thanksgiving, no leg sx."),
             _note("n2", later_day, later)]  # fmt: skip
    order = {"authoredOn": "2026-03-02", "occurrenceDateTime": "2026-03-12"}
    bundle = record("64493", *notes, reason="M47.816", order=order)
    report = score_bundle(bundle, as_of=date(2026, 3, 2))
    return {i["id"]: i for i in report["items"]}["IPN-005"]["status"]


def test_calendar_months_run_from_the_start_to_the_note_that_finds_it_still_there() -> None:
    # 11/27/2025 (Thanksgiving) to 3/1/2026: three calendar months; to 2/20 not yet.
    assert _ipn005("Axial low back pain persists despite PT.", "2026-03-01") == "met"
    assert _ipn005("Axial low back pain persists despite PT.", "2026-02-20") != "met"
