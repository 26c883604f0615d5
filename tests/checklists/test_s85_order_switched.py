"""An open azathioprine order beside a note that says the drug was changed or switched to
another drug ends at the switch (brief s85-switch; checklists/order_switches.py).

stopped_orders.py knew "switched from Aza" but not "Aza changed to 6-MP 3/2/26",
"azathioprine switched to mercaptopurine on 3/2/26", "switched Aza -> 6-MP 3/2" nor the dated
arrow "Aza 1/5 -> 6-MP 3/2": the order ran to the as-of date, and INF-002 (twelve weeks of one
conventional agent, judged per drug) found 15 weeks of azathioprine where the note gives eight.
Near misses that keep the order running: a switch of dose or route, a switch asked about or to
come, a switch dated before the order, another drug's switch, the drug taken up again."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.stopped_orders import stopped_on
from smartapp.evidence.bundle import build_record
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave17_stopped_orders import _order

AZA = "azathioprine 50 MG Oral Tablet"
MTX = "Methotrexate 2.5 MG Oral Tablet"
SIX_MP = "mercaptopurine 50 MG Oral Tablet"


def _stop(text: str, label: str = AZA) -> date | None:
    bundle = record(
        "J1745", _order("m", label, "2026-01-05", "daily"), _note("n1", "2026-04-10", text),
        reason="K50.90",
    )  # fmt: skip
    rec = build_record(bundle)
    return stopped_on(rec.of("MedicationRequest")[0], rec.all_texts(), date(2026, 4, 20))


def _inf002(text: str) -> str:
    request = {"authoredOn": "2026-04-15", "occurrenceDateTime": "2026-04-25"}
    order = _order("aza", AZA, "2026-01-05", "150 mg daily")
    bundle = record("J1745", order, _note("n1", "2026-04-10", text), reason="K50.90", order=request)
    items = {i["id"]: i for i in score_bundle(bundle, as_of=date(2026, 4, 20))["items"]}
    return items["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Aza changed to 6-MP 3/2/26.",
        "azathioprine switched to mercaptopurine on 3/2/26 (nausea).",
        "Switched Aza -> 6-MP 3/2.",
        "Aza 1/5 -> 6-MP 3/2.",
        "Imuran 150 mg started 1/5, not working, changed to 6-MP 3/2/26.",
        "AZA was switched over to 6MP on 3/2/26 for GI upset.",
        "Aza 1/5/26 --> 6-MP 3/2/26 (nausea); continue 6-MP 75 mg.",
    ],
)
def test_a_switch_to_another_drug_ends_the_open_order(text: str) -> None:
    assert _stop(text) == date(2026, 3, 2), text
    assert _inf002(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Aza changed to 100 mg 3/2/26.",  # a dose
        "Aza 150 mg -> 100 mg 3/2 (leukopenia).",
        "Plan: if no response, switch Aza to 6-MP.",
        "Consider changing Aza to 6-MP if nausea persists.",
        "Will switch Aza to 6-MP at next visit.",
        "Discussed whether Aza should be changed to 6-MP; pt prefers to continue.",
        "Aza changed to 6-MP 3/2/25, then back to Aza 1/5/26.",  # before this order
        "Aza and MTX since Jan; MTX changed to leflunomide 3/2/26.",  # another drug's switch
        "Continue azathioprine 150 mg daily.",
    ],
)
def test_no_switch_of_this_drug_leaves_the_order_running(text: str) -> None:
    assert _stop(text) is None, text
    assert _inf002(text) == "met", text


def test_the_drug_named_after_from_is_the_one_left() -> None:
    """The order ends at the switch; the note's own "from Aza 3/2" is the day it ended, not an
    Aza course from 3/2 on to the note (switched_agents.switched_into, brief s86-stops)."""
    assert _stop("Changed to 6-MP from Aza 3/2.") == date(2026, 3, 2)
    assert _inf002("Changed to 6-MP from Aza 3/2.") != "met"
    assert _stop("Changed to 6-MP from MTX 3/2.") is None


def test_the_drug_switched_to_and_the_same_drug_s_form_keep_their_orders() -> None:
    assert _stop("Aza changed to 6-MP 3/2/26.", SIX_MP) is None
    assert _stop("MTX switched to SC 3/2/26.", MTX) is None
    assert _stop("MTX -> SC MTX 3/2/26.", MTX) is None
    assert _stop("MTX -> MTX + HCQ 3/2/26.", MTX) is None
    assert _stop("MTX changed to leflunomide 3/2/26.", MTX) == date(2026, 3, 2)


def test_the_drug_taken_up_again_after_the_switch_runs_on() -> None:
    text = "Aza changed to 6-MP 3/2/26. 6-MP rash; restarted azathioprine 3/20."
    assert _stop(text) is None
