"""Plans written as prescriptions and order tables (blind wave 35: OXY-004, BED-004, SLP-004).

Four false 'missing' of one kind: the plan was on record in a form the reading did not take
for a plan.
- An order's usage field: a DeviceRequest parameter "frequency: exertion and sleep" says when
  the oxygen is used as "with exertion" does (DZ/oxygen-03).
- A statement that writes itself as the prescription: "Rx: O2 2 LPM via NC with exertion ...
  LON 12 mo." in the respiratory therapist's walk test the orderer interpreted
  (EA/home-oxygen-03). "Rx:" is no plan heading, though: "Rx: naproxen" is a drug taken.
- A table headed "DME item | Detail |" lists what is ordered, a row per feature: the bed, its
  positioning, its length of need (EA/hospital-bed-01).
- A plan of care's duration in months after its frequency: "2x/mo x 6 mo" (DY/slp-03); months
  alone ("x 3 months") stay a symptom's duration.
"""

from __future__ import annotations

import base64
from datetime import date
from typing import Any

import pytest

from smartapp.notes.section_headers import header_at
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _status(bundle: dict[str, Any], item: str, as_of: date) -> str:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i["status"] for i in report["items"]}[item]


def _oxygen(*resources: dict[str, Any], parameters: list[dict[str, Any]]) -> dict[str, Any]:
    order = {"authoredOn": "2026-07-02", "occurrenceDateTime": "2026-07-10",
             "parameter": parameters}  # fmt: skip
    return record("E1392", *resources, reason="J44.9", order_type="DeviceRequest", order=order)


_FLOW = {"code": {"text": "flow rate"}, "valueQuantity": {"value": 3, "unit": "L/min"}}


@pytest.mark.parametrize("when", ["exertion and sleep", "sleep", "ambulation"])
def test_an_orders_usage_field_is_when_the_oxygen_is_used(when: str) -> None:
    usage = {"code": {"text": "frequency"}, "valueCodeableConcept": {"text": when}}
    assert _status(_oxygen(parameters=[_FLOW, usage]), "OXY-004", date(2026, 7, 3)) == "met"


def test_an_order_with_a_flow_and_no_usage_is_still_short() -> None:
    assert _status(_oxygen(parameters=[_FLOW]), "OXY-004", date(2026, 7, 3)) != "met"


def test_an_rx_line_is_the_prescription() -> None:
    text = ("Ambulatory oximetry: rest 94% RA, walking 87% RA, 93% on 3 LPM.\n"
            "Rx: O2 3 LPM nasal cannula with ambulation, portable tanks. LON 99 mo.")  # fmt: skip
    bundle = _oxygen(_note("n1", "2026-07-02", text), parameters=[])
    assert _status(bundle, "OXY-004", date(2026, 7, 3)) == "met"


def test_a_dme_item_table_header_opens_the_plan() -> None:
    assert header_at("DME item | Detail |") == ("plan", 11)
    assert header_at("Rx: naproxen 500 mg BID") is None  # a drug taken (wave 28)


def _html(ident: str, when: str, html: str) -> dict[str, Any]:
    data = base64.b64encode(html.encode()).decode()
    return {**_note(ident, when, ""), "content": [
        {"attachment": {"contentType": "text/html", "data": data}}]}  # fmt: skip


_BED_TABLE = (
    "<p>HPI: COPD with orthopnea, cannot lie flat, sleeps upright in a chair.</p>"
    "<table><tr><th>DME item</th><th>Detail</th></tr>"
    "<tr><td>Bed</td><td>Semi-electric hospital bed with half rails</td></tr>"
    "<tr><td>Positioning</td><td>Head of bed 30 degrees or more whenever in bed</td></tr>"
    "<tr><td>Length of need</td><td>99 months</td></tr></table>"
)


def test_a_dme_item_table_is_the_bed_plan() -> None:
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-15"}
    bundle = record("E0260", _html("n1", "2026-04-06", _BED_TABLE), reason="J44.9",
                    order_type="DeviceRequest", order=order)  # fmt: skip
    assert _status(bundle, "BED-004", date(2026, 4, 7)) == "met"


def _slp(text: str) -> dict[str, Any]:
    order = {"authoredOn": "2026-09-20", "occurrenceDateTime": "2026-09-28"}
    notes = [_note("n1", "2026-04-14", text),
             _note("n2", "2026-08-25", "Re-eval: word recognition 40%. Goals revised. Continue.")]
    return record("92630", *notes, reason="H90.3", order=order)  # fmt: skip


def test_a_plan_of_cares_months_after_its_frequency_are_its_duration() -> None:
    text = ("Evaluation: CI on the left since March; word recognition 20%. POC: 2x/mo x 6 mo. "
            "Goals: word recognition 50% or better, phone calls with family.")  # fmt: skip
    assert _status(_slp(text), "SLP-004", date(2026, 9, 21)) == "met"


def test_a_symptoms_months_are_no_plan_duration() -> None:
    text = ("Evaluation: hearing loss x 6 months; word recognition 20%. POC: twice monthly. "
            "Goals: word recognition 50% or better, phone calls with family.")  # fmt: skip
    assert _status(_slp(text), "SLP-004", date(2026, 9, 21)) != "met"
