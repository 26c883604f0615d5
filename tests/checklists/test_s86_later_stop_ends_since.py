"""A course a note dates "since" ends where a later sentence of the same note stops or switches
it (brief s86-stops).

"Aza since 1/5/26. Stopped Aza 3/2/26." and "Aza since 1/5/26. Aza changed to 6-MP 3/2/26." in
a 4/6/26 note are eight weeks of azathioprine: the stop and switch readers
(stop_goes_on.py, switched_agents.py) read only the rest of the drug's own line, so the "since"
ran the course on to the note's day (13 weeks) and met INF-002's twelve weeks of one
conventional agent. And "Changed to 6-MP from Aza 3/2" beside an azathioprine order is the day
azathioprine ended, not an azathioprine course from 3/2 on to the note (order_switches.py ends
the order there): it lent the order's span weeks up to the note.

Near misses that keep the course: another drug's stop or switch, a stop only planned, a dose
change of the same drug, a stop after twelve weeks, a drug taken up again."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave17_stopped_orders import _order


def _step_therapy(text: str) -> str:
    """INF-002 for infliximab, the only note (4/6/26) saying ``text``, no medication order."""
    request = {"authoredOn": "2026-04-07", "occurrenceDateTime": "2026-05-26"}
    bundle = record("J1745", _note("n1", "2026-04-06", text), reason="K50.012", order=request)
    report = score_bundle(bundle, as_of=dt.date(2026, 5, 19))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        # the brief's wordings
        "Aza since 1/5/26. Stopped Aza 3/2/26.",
        "Aza since 1/5/26. Aza changed to 6-MP 3/2/26.",
        # other wordings of the same facts
        "On azathioprine since 1/5/26, no better.\nAzathioprine discontinued 3/2/26 for lack of"
        " effect.",
        "Aza since 1/5/26. Still 6 BMs/d. Aza d/c'd 3/2/26.",
        "Imuran since 1/5/26. Switched from Imuran to 6-MP 3/2/26.",
        "Aza since 1/5/26. Switched Aza -> 6-MP 3/2/26.",
        "Methotrexate since 1/5/26. MTX stopped 3/2/26 (no response).",
    ],
)
def test_a_later_sentence_s_stop_or_switch_ends_the_course(text: str) -> None:
    assert _step_therapy(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Aza since 1/5/26. Stopped MTX 3/2/26.",  # another drug stopped
        "Aza since 1/5/26. MTX changed to leflunomide 3/2/26.",  # another drug's switch
        "Aza since 1/5/26. Plan: stop Aza if no response.",  # a stop only planned
        "Aza since 1/5/26. Consider switching Aza to 6-MP.",
        "Aza since 1/5/26. Aza changed to 100 mg 3/2/26.",  # the same drug's dose
        "Aza since 10/1/25. Stopped Aza 3/2/26.",  # twelve weeks and more before the stop
        "Aza since 1/5/26. Stopped Aza 3/2/26 for nausea, restarted 3/9/26, continues.",
        "Aza since 1/5/26, still active.",
        "Stopped Aza 3/2/25 (nausea). Aza since 1/5/26, tolerating.",  # an earlier course's stop
        "Aza since 1/5/26. Aza stopped 3/2/25 for nausea, then retried.",  # before this start
    ],
)
def test_no_stop_of_this_course_leaves_it_running(text: str) -> None:
    assert _step_therapy(text) == "met", text


AZA = "azathioprine 50 MG Oral Tablet"


def _with_order(text: str, authored: str = "2026-01-05") -> str:
    request = {"authoredOn": "2026-04-15", "occurrenceDateTime": "2026-04-25"}
    order = _order("aza", AZA, authored, "150 mg daily")
    bundle = record("J1745", order, _note("n1", "2026-04-10", text), reason="K50.90", order=request)
    items = {i["id"]: i for i in score_bundle(bundle, as_of=dt.date(2026, 4, 20))["items"]}
    return items["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Changed to 6-MP from Aza 3/2.",  # the brief's wording
        "Changed to 6-MP from Aza 3/2/26 (no response).",
        "Switched to mercaptopurine from azathioprine on 3/2/26.",
        "Pt was transitioned to 6-MP from Imuran 3/2/26.",
    ],
)
def test_from_the_drug_on_a_date_is_the_day_it_ended(text: str) -> None:
    assert _with_order(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Changed to 6-MP from MTX 3/2.",  # another drug left
        "Continue azathioprine 150 mg daily.",
        "On Aza from 1/5/26, no response.",  # a course told from its start
    ],
)
def test_the_order_s_own_weeks_still_count(text: str) -> None:
    assert _with_order(text) == "met", text


def test_from_a_drug_before_the_order_leaves_its_weeks() -> None:
    # the switch's date before the order's start: azathioprine taken up again, ordered 1/5/26
    assert _with_order("Changed to 6-MP from Aza 3/2/25; back on Aza 1/5/26.") == "met"
