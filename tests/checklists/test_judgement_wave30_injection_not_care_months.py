"""The steroid injection is its own criterion, not part of three months of conservative care,
found by blind wave 30 (DE/hya-03): a knee steroid shot of 12/8 and an undated PRN ibuprofen line
on the 3/30 medication list made a 112-day episode for HYA-002. LCD L39529 asks for three months
of failed conservative care and a failed intra-articular steroid injection: HYA-003 reads the
injection; it does not also stretch HYA-002's months."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status


def _hya002(text: str) -> str:
    order = {"authoredOn": "2026-03-30", "occurrenceDateTime": "2026-04-20"}
    bundle = record("J7321", _note("n1", "2026-03-30", text), reason="M17.11", order=order)
    return status(bundle, "HYA-002", as_of=date(2026, 4, 1))["status"]


def test_an_injection_and_a_med_list_line_are_not_three_months_of_care():
    text = (
        "R knee OA. Cortisone injection R knee 12/2/25 helped ~3 weeks.\nCurrent medications:\n"
        "  naproxen 500 mg tablet - 1 tab twice daily as needed\nP: HEP handout today."
    )
    assert _hya002(text) != "met"


def test_three_months_of_drug_and_therapy_still_count():
    text = "R knee OA. Naproxen 500 BID since 11/2025, PT 8 wks Dec-Jan + HEP, no relief."
    assert _hya002(text) == "met"
