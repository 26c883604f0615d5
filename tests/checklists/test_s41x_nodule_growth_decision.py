"""A nodule's growth is a finding the study may show, so the order's "if growth refer pulm for
PET/biopsy" is how the follow-up CT changes management (AIM-004; blind wave 45, FO/aim-03).
A step on the symptoms ("if cough persists refer pulm") still names no finding of the study.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record


def _status(order_note: str) -> str:
    order = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-05-18",
             "note": [{"text": order_note}]}  # fmt: skip
    bundle = record("71250", reason="R91.1", order=order)
    items = score_bundle(bundle, as_of=date(2026, 5, 12))["items"]
    return {i["id"]: i["status"] for i in items}["AIM-004"]


def test_a_step_on_the_nodule_s_growth() -> None:
    assert _status("12-mo LUL nodule f/u; if growth refer thoracic surgery for biopsy") == "met"


@pytest.mark.parametrize("note", ["12-mo nodule f/u; if cough persists refer pulm", "nodule f/u"])
def test_no_step_on_a_finding(note: str) -> None:
    assert _status(note) != "met"
