"""Session s64-b: a document the DME supplier wrote is no qualifying oxygen test (NCD 240.2: "a
DME supplier may not perform the test"). ID/oxy-03: the office visit measured 90% at rest and
89% walking (Group II, with no edema, PH or hematocrit over 56), and the note put the 87% in a
March admission; the supplier's letter to CareSource ("SpO2 87% documented. Please approve."),
dated the day of the order, became the newest reading and OXY-001 was met. A supplier's letter,
intake or RT visit is known by its title, its heading, or its "From:" line; a clinician's own
note that mentions the supplier, or a physician's letter, still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

VISIT = (
    "S: 66M COPD, winded on stairs. Denies leg swelling.\n"
    "O: SpO2 90% RA rest, 89% with 6 min walk. No edema.\n"
    "A/P: COPD w/ DOE. Order home O2 2 L continuous."
)


def _oxy(title: str, text: str) -> str:
    second = _note("n2", "2026-11-17", text, extra={"description": title} if title else None)
    bundle = record(
        "E1390",
        _note("n1", "2026-11-12", VISIT),
        second,
        reason="J44.9",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-11-17", "occurrenceDateTime": "2026-11-24"},
    )
    report = score_bundle(bundle, as_of=date(2026, 11, 19))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Supplier letter of medical necessity",
            "To: CareSource Utilization Management\nFrom: Buckeye Home Medical (DME supplier)\n"
            "Patient qualifies for home oxygen per physician evaluation; SpO2 87% documented. "
            "Please approve.",
        ),
        (
            "",
            "To: CareSource UM\nFrom: Acme Oxygen (DME vendor)\nRe: home O2\nPt sat 86% RA. "
            "Please approve.",
        ),
        (
            "",
            "HOMECARE PLUS MEDICAL SUPPLY - RT ASSESSMENT (supplier)\nVisit to pt home. "
            "Ambulatory oximetry on RA: low 87% after 3 min hallway walk.",
        ),
        (
            "Progress note",
            "DME supplier RT home assessment (Breathe-Easy Medical): SpO2 on RA 87% at rest.",
        ),
        ("", "RT home visit (DME supplier) 11/17/26: SpO2 86% RA at rest x 5 min."),
        ("", "LIFELINE MEDICAL SUPPLY - RT INTAKE (home) 11/17/2026\nSpO2 awake RA 87%."),
        ("DME supplier intake", "Item: concentrator E1390. Qualifying sat: 87% RA."),
    ],
)
def test_a_supplier_document_is_no_qualifying_test(title: str, text: str) -> None:
    assert _oxy(title, text) != "met"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Office visit", "Called DME supplier, order confirmed. SpO2 87% RA at rest today."),
        ("", "Nurse note: called pt to confirm DME supplier; SpO2 86% RA at rest on recheck."),
        ("", "Recheck: SpO2 87% RA at rest. Plan: order sent to DME vendor (Buckeye)."),
        (
            "Letter of medical necessity",
            "From: Dr. Ames, Dayton Pulmonary\nRe: home O2\nSpO2 87% RA at rest today in clinic.",
        ),
    ],
)
def test_a_clinicians_own_reading_still_counts(title: str, text: str) -> None:
    assert _oxy(title, text) == "met"
