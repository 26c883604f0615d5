"""Readings found by blind wave 38's leftovers.

- HHC-002 (EJ/hh-02): a skilled need is care still to be given. "Resume home PT for gait/balance
  and home safety" takes skilled care up again and says what it is for, as "Home PT for gait"
  does; a bare "Resume home PT", a plan to order ("Will order HH PT for gait", wave 28), a
  service only considered or one on a condition ("if she falls again") states no need.
- BAR-003 (DU/bariatric-03): an EHR's bracketed tag after a full stop ("5x/wk. [copied forward]
  Pt motivated, tried phentermine 2024") opens the next statement, so that statement's year
  does not date the supervised program before the stop.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _item(bundle: dict, item: str, as_of: date) -> str:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item]["status"]


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.concept == "skilled-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Video visit: near-fall 6/10, unsteady. Resume home PT for gait/balance and home safety.",
        "Restart home OT for ADLs and transfers.",
    ],
)
def test_skilled_care_ordered_with_its_purpose_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "PHONE: son calls, weak. Will order home PT.",
        "Resume home PT.",
        "Will order home PT to start next week.",
        "If she falls again, home PT for gait/balance and home safety.",
        "Will order home PT for gait/balance if no better.",
        "Consider home PT for gait/balance.",
        "Pt declined home PT for gait/balance.",
    ],
)
def test_a_bare_order_a_considered_or_a_conditional_service_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text


def test_a_resumed_home_therapy_meets_the_skilled_need_item() -> None:
    note = _note(
        "n1",
        "2026-02-20",
        "Video visit: s/p hip fracture, near-fall at home, needs walker and assist for all "
        "mobility. Resume home PT for gait/balance and home safety.",
    )
    assert _item(record("G0151", note, reason="S72.001D"), "HHC-002", date(2026, 3, 1)) == "met"


def _weight_program(tail: str) -> str:
    text = f"Supervised weight program: 1400 kcal, food diary, walking 30 min 5x/wk. {tail}"
    notes = [_note(f"n{m}", f"2026-{m:02d}-10", text) for m in range(3, 10)]
    order = {"authoredOn": "2026-09-14", "occurrenceDateTime": "2026-10-20"}
    bundle = record("43775", *notes, reason="E66.813", order=order)
    return _item(bundle, "BAR-003", date(2026, 9, 28))


@pytest.mark.parametrize(
    "tail",
    [
        "[copied forward] Pt motivated, tried phentermine 2024 x 3 mo.",
        "[auto-populated] Prior attempt: phentermine 2023.",
    ],
)
def test_a_bracketed_tag_after_a_full_stop_opens_the_next_statement(tail: str) -> None:
    assert _weight_program(tail) == "met", tail
