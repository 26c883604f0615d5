"""A knee steroid injection refused in the clause after a semicolon is no failed injection.

HYA-003 (hyaluronan, LCD L39529) asks for an intra-articular steroid injection tried and failed.
Statements are cut at ";", so "Steroid injection L knee; pt declined." read the injection as had
and met the item (session s89-semicolon; smartapp/notes/refused_next.py). The injection had and
then a repeat declined still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {
    "authoredOn": "2026-03-02",
    "occurrenceDateTime": "2026-03-16",
    "bodySite": [{"text": "Left knee"}],
}


def _hya003(text: str) -> str:
    visit = _note("n1", "2026-03-02", f"L knee OA, KOOS JR 52. {text} Plan: hyaluronan L knee.")
    bundle = record("J7328", visit, reason="M17.12", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 3, 6))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Steroid injection L knee; pt declined.",
        "Reconsidered steroid injection L knee; again declined.",
        "Cortisone injection L knee offered; not interested.",
    ],
)
def test_an_injection_refused_after_a_semicolon_is_not_met(text: str) -> None:
    assert _hya003(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Steroid injection L knee 11/2025, relief 2 wks only; declined repeat.",
        "Had steroid injection L knee x2 in 2025, no lasting relief; declined.",
    ],
)
def test_an_injection_had_before_a_refusal_still_counts(text: str) -> None:
    assert _hya003(text) == "met"
