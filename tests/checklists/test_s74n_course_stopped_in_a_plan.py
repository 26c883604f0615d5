"""A drug course told as stopped is care had in any section, and a refill's "pending" is the
prescription's errand (brief s74-n, two possible false missings s73-g reported for INF-001).

1. "MTX x 4 mo, stopped for LFTs." under an A/P heading read as planned (a plan section's
   statement is planned unless its words tell care done: statement_kinds.reports_done), though
   the same line in the history met INF-001. A stop told in the past tense ("stopped",
   "discontinued", "d/c'd") now tells the course had; an order ("stop MTX", "d/c MTX") or a stop
   still to come ("to be stopped") does not. The same slip read "Naproxen x 4 mo, stopped for
   GI upset" in a knee arthroplasty's A/P as no NSAID trial (TKA-002).
2. "methotrexate 15 mg weekly x 6 mo (refill pending) - inadequate response": ConText's backward
   "pending" reached the drug and set it aside; "refill pending" is now a pseudo-modifier
   (context.yaml 1.17.0), so "MTX pending TB screen" alone stays a drug not yet begun.
"""

from __future__ import annotations

import pytest

from smartapp.notes.statement_kinds import reports_done

from .test_judgement import _note, record, status

_PLAN = "\nA/P: seropositive RA. Plan infliximab 3 mg/kg IV wk 0, 2, 6 then q8wk."


def _inf_001(text: str) -> str:
    return status(record("J1745", _note("n1", "2026-02-20", text), reason="M05.79"),
                  "INF-001")["status"]  # fmt: skip


def _tka_002(text: str) -> str:
    return status(record("27447", _note("n1", "2026-02-20", text), reason="M17.11"),
                  "TKA-002")["status"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "MTX x 4 mo, stopped for LFTs.",
        "MTX stopped d/t transaminitis after 5 mo",
        "sulfasalazine discontinued due to rash",
        "HCQ d/c'd 2024 (retinal screening)",
        "Leflunomide 20 mg x 6 mo - stopped, inadequate response",
        "naproxen 500 BID x 4 mo, discontinued for GI upset",
        "MTX dc'd in 3/2025 secondary to nausea",
    ],
)
def test_a_course_told_as_stopped_reports_care_done(text: str) -> None:
    assert reports_done(text, None), text


@pytest.mark.parametrize(
    "text",
    [
        "Stop MTX, start leflunomide 20 mg daily",
        "D/c MTX",
        "MTX to be stopped 1 wk before surgery",
        "MTX will be discontinued if LFTs rise",
        "if stopped, recheck LFTs in 4 wks",
        "start MTX 15 mg weekly",
        "MTX x 4 mo planned",
    ],
)
def test_an_order_to_stop_or_a_stop_to_come_is_still_a_plan(text: str) -> None:
    assert not reports_done(text, None), text


@pytest.mark.parametrize(
    "text",
    [
        "S: RA, 6 swollen joints.\nHx: MTX x 4 mo, stopped for LFTs." + _PLAN,
        "S: RA, 6 swollen joints.\nA/P: seropositive RA. MTX x 4 mo, stopped for LFTs. "
        "Plan infliximab 3 mg/kg IV wk 0, 2, 6 then q8wk.",
        "S: RA, 6 swollen joints.\nAssessment/Plan:\n1. RA: MTX x 4 mo, stopped for LFTs. "
        "Start infliximab.",
        "S: RA.\nA/P: RA. Sulfasalazine discontinued d/t rash after 3 mo. Plan infliximab.",
        "S: RA, 6 swollen joints.\nMedications:\n- methotrexate 15 mg weekly x 6 mo (refill "
        "pending) - inadequate response" + _PLAN,
        "S: RA, 6 swollen joints.\nMedications:\n- methotrexate 15 mg weekly x 6 mo - pending "
        "refill, inadequate response" + _PLAN,
    ],
)
def test_a_course_had_is_step_therapy_in_any_section(text: str) -> None:
    assert _inf_001(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "S: RA, 6 swollen joints.\nA/P: Plan: start MTX 15 mg weekly. Infliximab if fails.",
        "S: RA, 6 swollen joints.\nA/P: MTX pending TB screen." + _PLAN,
        "S: RA, 6 swollen joints.\nA/P: MTX to start once TB screen back." + _PLAN,
        "S: RA, 6 swollen joints.\nA/P: MTX x 4 mo planned." + _PLAN,
        "S: RA, 6 swollen joints.\nFH: mother on MTX for RA." + _PLAN,
        "S: RA, 6 swollen joints.\nA/P: RA. Stop MTX? Not started yet. D/c plan for MTX." + _PLAN,
        "S: RA, 6 swollen joints.\nMedications:\n- methotrexate 15 mg weekly (pending TB "
        "screen)" + _PLAN,
    ],
)
def test_a_drug_not_taken_stays_no_step_therapy(text: str) -> None:
    assert _inf_001(text) != "met"


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("S: R knee OA, pain.\nA/P: R knee OA KL4. Naproxen 500 BID x 4 mo, stopped for GI "
         "upset. Plan R TKA.", True),
        ("S: R knee OA, pain.\nA/P: R knee OA KL4. Meloxicam x 5 mo, discontinued d/t GERD. "
         "Plan R TKA.", True),
        ("S: R knee OA, pain.\nA/P: R knee OA KL4. Plan: start meloxicam x 3 mo, then R TKA.",
         False),
        ("S: R knee OA, pain.\nA/P: R knee OA KL4. Stop naproxen, start PT x 12 wks.", False),
    ],
)  # fmt: skip
def test_an_nsaid_course_stopped_in_a_knee_plan(text: str, met: bool) -> None:
    assert (_tka_002(text) == "met") is met
