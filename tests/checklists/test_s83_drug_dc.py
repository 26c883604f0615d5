"""A drug "d/c" after its weeks ends there (brief s83-agents; blind wave 98, NM/inflix-03).

"Mesalamine 4.8 g x 6 wks - flared, d/c." beside a coded mesalamine course of 7/1-8/12 ran its
six weeks on to the 11/2 note and joined the coded course into 124 days of one agent (INF-002
met): the bare "d/c" was not read as a stop, so the weeks were not placed at the coded course.
Each conventional agent's trial is its own; a drug stopped after its weeks ends there.

What must not change: a stop to come ("will d/c", "plan to d/c"), a discharge ("d/c home", "d/c
summary"), a label ("D/C: 3/4"), a drug d/c'd then restarted, a therapy's "d/c" (its discharge,
read by the course readers), and a drug said to continue.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.courses import said_stopped
from smartapp.notes.model import NoteFinding
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _drug(snippet: str, text: str, concept: str = "mesalamine") -> NoteFinding:
    start = snippet.lower().find(text.lower())
    return NoteFinding(
        "n", "medication-history", concept, text, start, start + len(text),
        False, False, False, False, None, snippet,
    )  # fmt: skip


@pytest.mark.parametrize(
    "snippet",
    [
        "Mesalamine 4.8 g x 6 wks - flared, d/c.",
        "Mesalamine 4.8 g x 6 wks, d/c",
        "Mesalamine x 6 wks, d/c 8/12 (bleeding).",
        "Mesalamine x 6 wks - d/c due to pancreatitis.",
        "Mesalamine x 6 wks -> d/c'ed for rash",
        "Mesalamine x 6 wks (d/c - no response)",
    ],
)
def test_a_bare_dc_after_a_drug_is_its_stop(snippet: str) -> None:
    assert said_stopped(_drug(snippet, "Mesalamine")), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "Mesalamine 4.8 g x 6 wks, will d/c.",
        "Mesalamine x 6 wks, plan to d/c.",
        "Mesalamine x 6 wks; d/c home today.",
        "Mesalamine x 6 wks. D/C: 3/4",
        "Mesalamine x 6 wks, d/c summary reviewed.",
        "Mesalamine x 6 wks - d/c 8/12, restarted 9/1.",
    ],
)
def test_a_dc_to_come_a_discharge_or_a_drug_restarted_is_no_stop(snippet: str) -> None:
    assert not said_stopped(_drug(snippet, "Mesalamine")), snippet


def test_a_therapys_dc_is_left_to_the_course_readers() -> None:
    pt = NoteFinding(
        "n", "conservative-treatment", "physical-therapy", "PT", 0, 2,
        False, False, False, False, None, "PT x 6 wks, d/c.",
    )  # fmt: skip
    assert not said_stopped(pt)


def _step_therapy(text: str) -> str:
    """INF-002 for infliximab (UC): a coded mesalamine course 7/1-8/12/26, the 11/2 note says
    ``text``."""
    coded = {
        "resourceType": "MedicationStatement", "id": "m1", "status": "stopped",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "mesalamine DR 1.2 g"},
        "effectivePeriod": {"start": "2026-07-01", "end": "2026-08-12"},
    }  # fmt: skip
    request = {"authoredOn": "2026-11-02", "occurrenceDateTime": "2026-11-12"}
    bundle = record(
        "Q5121", coded, _note("n1", "2026-11-02", text), reason="K51.011", order=request
    )
    report = score_bundle(bundle, as_of=dt.date(2026, 11, 4))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Mesalamine 4.8 g x 6 wks - flared, d/c. Pred 40 taper. Started AZA 10/1 (~4 wks).",
        "Mesalamine x 6 wks, d/c (worse bleeding). AZA since 10/1.",
    ],
)
def test_a_drug_dc_after_its_weeks_is_the_coded_course_not_weeks_up_to_the_note(
    text: str,
) -> None:
    assert _step_therapy(text) != "met", text


def test_a_drug_still_taken_keeps_running() -> None:
    assert _step_therapy("Mesalamine 4.8 g daily since 7/1, continues; flaring.") == "met"
