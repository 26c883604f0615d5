"""Lumbar MRI: short courses are not stretched into an episode of conservative care (blind wave
101, NW/lmri-03 and NY/lmri-02; brief s86-episodes).

- A course with its own length ends when its length ends: a later note that tells it again
  ("ibuprofen x2 wks", then "Ibuprofen 2 wks then stopped") does not carry it to its own day
  (drug_times.py reads the length, piece_anchors.restated_course places it).
- A home exercise program only advised is no care the patient had (advised_exercise.py), unless
  the statement says the patient does it or keeps it up.
- "last yr" is last year (past_times.py): "Chiro last yr helped" is no chiropractic of the visit.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smartapp.checklists.advised_exercise import advised_only
from smartapp.checklists.past_times import past_period, said_past
from smartapp.notes.durations import find_durations

from .test_judgement import _note, record, status

_EXAM = "O: lumbar paraspinal TTP, SLR neg bilat, strength/reflexes/sensation normal."


def _trial(*notes) -> str:
    bundle = record(
        "72148", *notes, reason="M54.50",
        order={"authoredOn": "2026-07-06", "occurrenceDateTime": "2026-07-13"},
    )  # fmt: skip
    return status(bundle, "LMRI-003", as_of=date(2026, 7, 6))["status"]


def _first(plan: str):
    return _note("n1", "2026-05-04", "S: LBP recurred ~4/20 after yardwork. No leg sx.\n"
                 + _EXAM + "\nP: " + plan)  # fmt: skip


def _last(history: str):
    return _note("n2", "2026-06-29", "S: LBP persists ~10 wks. " + history + " Pain 6/10.\n"
                 + _EXAM + "\nP: MRI L-spine.")  # fmt: skip


@pytest.mark.parametrize(
    ("plan", "history"),
    [
        # blind wave 101, NW/lmri-03
        ("advised HEP from prior PT, ibuprofen x2 wks. RTC prn.",
         "Didn't really do the exercises. Ibuprofen 2 wks then stopped."),
        ("naproxen 500 bid x2 wks. RTC prn.", "Naproxen 2 wks and stopped, no help."),
        ("meloxicam 15 mg daily x 10 days. RTC prn.", "Meloxicam 10 days then quit."),
        ("recommended home exercises, ibuprofen x 2 wks.", "Took ibuprofen x 2 wks, stopped."),
    ],
)
def test_a_short_course_told_again_is_not_stretched_to_the_later_note(plan, history) -> None:
    assert _trial(_first(plan), _last(history)) != "met"


@pytest.mark.parametrize(
    "history",
    [
        "Ibuprofen daily since April, still taking.",
        "HEP daily x 6 wks, doing it.",
        "PT 2x/wk x 6 wks completed 6/1.",
    ],
)
def test_care_that_ran_six_weeks_still_counts(history) -> None:
    assert _trial(_first("ibuprofen x2 wks. RTC prn."), _last(history)) == "met"


def test_a_referral_and_last_year_s_chiropractic_are_no_care_of_the_episode() -> None:
    # blind wave 101, NY/lmri-02
    first = _note("n1", "2026-04-27", "LBP since ~4/20 after moving apt. no radic. "
                  "cyclobenzaprine 10 qhs x10d, PT referral.")  # fmt: skip
    last = _last("Chiro last yr helped. Takes advil occasionally.")
    assert _trial(first, last) != "met"


def _hep(snippet: str) -> SimpleNamespace:
    at = snippet.find("HEP") if "HEP" in snippet else snippet.find("home exercises")
    text = "HEP" if "HEP" in snippet else "home exercises"
    return SimpleNamespace(concept="home-exercise", snippet=snippet, text=text, start=at)


@pytest.mark.parametrize(
    "snippet",
    [
        "P: advised HEP from prior PT, ibuprofen x2 wks.",
        "Recommended home exercises.",
        "HEP advised, RTC 6 wks.",
        "Encouraged pt to do daily HEP.",
    ],
)
def test_a_program_only_advised(snippet) -> None:
    assert advised_only(_hep(snippet))


@pytest.mark.parametrize(
    "snippet",
    [
        "HEP daily x 6 wks, doing it.",
        "Advised to continue HEP.",
        "Advised HEP, pt doing it daily since May.",
        "D/c to HEP.",
        "Compliant with HEP.",
    ],
)
def test_a_program_done_or_kept_up_is_care(snippet) -> None:
    assert not advised_only(_hep(snippet))


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("Chiro last yr helped.", (date(2025, 1, 1), date(2025, 12, 31))),
        ("PT last yr x 6 wks", (date(2025, 1, 1), date(2025, 12, 31))),
        ("PT last year", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_last_yr_is_last_year(words, period) -> None:
    assert said_past(words)
    assert past_period(words, date(2026, 7, 7)) == period


def test_since_last_yr_is_no_past_time() -> None:
    assert not said_past("PT since last yr, ongoing")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Ibuprofen 2 wks then stopped.", 14),
        ("naproxen 3 wks and stopped", 21),
        ("Meloxicam 10 days then quit.", 10),
    ],
)
def test_a_drug_s_time_then_stopped_is_its_length(text, days) -> None:
    assert [d.days for d in find_durations(text, date(2026, 6, 29))] == [days]


def test_a_dose_then_stopped_is_no_time() -> None:
    assert find_durations("Ibuprofen 600 mg then stopped.", date(2026, 6, 29)) == []
