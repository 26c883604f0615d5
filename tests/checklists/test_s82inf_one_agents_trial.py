"""Twelve weeks of *one* conventional agent: a drug switched for another ends that day (brief
s82-inf; blind wave 97, NJ/injectable-infliximab-02: "Aza 150 mg started 1/5/26, TPMT normal, 'not
working' -> switched to 6-MP 3/2/26" read as azathioprine since 1/5 up to the 4/6 note, 91 days,
and met INF-002, whose title asks for twelve weeks of one agent). The azathioprine's eight weeks
and the 6-MP's five are two trials, neither twelve weeks.

What must not change: a dose, route or form change of the same drug continues its trial ("changed
to 25 mg SC", "switched to SC methotrexate"); a second drug added to one taken twelve weeks or
more leaves that one's weeks whole; a switch only planned is none; a drug switched to goes on from
the switch to the note unless stopped ("switched to leflunomide 12/1/25, continues"); a steroid is
never the conventional agent, whatever it was switched to. One agent stopped early for its
toxicity is still a short trial here: the blind authors label it so (below), and the intolerance
is the outcome INF-001 asks for."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _step_therapy(text: str, reason: str = "K50.012") -> str:
    """INF-002 for infliximab, the only note (4/6/26) saying ``text``."""
    request = {"authoredOn": "2026-04-07", "occurrenceDateTime": "2026-05-26"}
    bundle = record("J1745", _note("n1", "2026-04-06", text), reason=reason, order=request)
    report = score_bundle(bundle, as_of=dt.date(2026, 5, 19))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Aza 150 mg started 1/5/26, TPMT normal, 'not working' -> switched to 6-MP 3/2/26 - still "
        "6-8 BMs/d, CRP 38. No intolerance to either.",
        "Azathioprine started 1/5/26, switched to 6-MP on 3/2/26 for lack of response.",
        "Azathioprine started 1/5/26; switched to 6-MP 3/2/26, no better.",
        "Azathioprine started 1/5/26; 6-MP substituted 3/2/26, no better.",
        "Azathioprine started 1/5/26; 6-MP started 3/2/26 instead.",
        "MTX started 1/5/26, changed to leflunomide 3/2/26 for inadequate response.",
        "Methotrexate started 1/5/26, replaced by leflunomide on 3/2/26 (no benefit).",
        "Imuran started 1/5/26 -> pt switched over to mercaptopurine 3/2/26, still active.",
    ],
)
def test_drugs_switched_for_lack_of_effect_are_not_one_trial(text: str) -> None:
    assert _step_therapy(text) == "partial", text


@pytest.mark.parametrize(
    "text",
    [
        # The same agent's dose, route or form.
        "Methotrexate 15 mg weekly started 1/5/26, increased to 25 mg 3/2/26, still active.",
        "MTX 15 mg PO started 1/5/26, changed to 25 mg SC 3/2/26, inadequate response.",
        "Methotrexate started 1/5/26, switched to SC methotrexate 3/2/26, still active.",
        # A second agent added to the first, which runs on.
        "Methotrexate since 1/5/26 with hydroxychloroquine added 3/2/26, inadequate response.",
        # A switch to come is none yet.
        "Methotrexate started 1/5/26. If no response, will switch to leflunomide 3/2/26.",
        # The drug switched to, taken on from the switch for twelve weeks or more.
        "Methotrexate started 10/1/25, switched to leflunomide 12/1/25, continues, no response.",
        "Aza started 10/1/25 -> switched to 6-MP 12/1/25, still on it with persistent symptoms.",
        # The first drug's twelve weeks are whole before the switch.
        "Azathioprine started 10/1/25, switched to 6-MP 1/15/26 for lack of response.",
        # 6-MP after azathioprine stopped for intolerance: the 6-MP's own weeks.
        "Azathioprine started 10/1/25, stopped 11/1/25 for pancreatitis; switched to 6-MP "
        "11/15/25, continues, still active.",
        "Azathioprine started 10/1/25 -> leukopenia -> switched to 6-MP 11/1/25, ongoing.",
        # A steroid added beside the agent leaves the agent's weeks whole.
        "Methotrexate started 10/1/25 with prednisone taper added 11/1/25, switched to "
        "leflunomide 2/1/26.",
    ],
)
def test_one_agents_twelve_weeks_still_count(text: str) -> None:
    assert _step_therapy(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # A steroid switched to an agent: the steroid's weeks are none, the agent's too few.
        "Budesonide 9 mg started 12/1/25, switched to azathioprine 3/2/26, no better.",
        # The drug switched to, stopped before twelve weeks.
        "Aza started 10/1/25 -> switched to 6-MP 12/1/25; stopped 1/15/26, no response.",
        # One agent stopped early for its toxicity: a short trial still, as the blind authors
        # read it (DC/inf-02 "MTX ... stopped 2/20/26 (nausea, ALT 3x ULN)", LV/infliximab-02
        # "Plaquenil ... stopped after ~4 wks (rash)", BJ/inf-02: all labelled missing). The
        # intolerance is the outcome INF-001 asks for, not twelve weeks.
        "Azathioprine 10/1/25-11/1/25 stopped for leukopenia.",
    ],
)
def test_a_steroid_or_a_short_second_drug_is_no_trial(text: str) -> None:
    assert _step_therapy(text) == "partial", text


def test_steroids_switched_between_are_no_trial() -> None:
    text = "Prednisone 40 mg taper started 10/1/25, switched to budesonide 12/1/25, still on it."
    assert _step_therapy(text) == "missing"
