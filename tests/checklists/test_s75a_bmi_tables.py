"""Vitals an HTML note writes as a table or one cell a line are read as the prose "BMI 37.2" is
(blind wave 85, LN/bariatric-03: "Weight | 105 kg | Height | 168 cm | BMI | 37.2" was no BMI):
a label cell then its value cell, a header row then its value row, "<br>"-split label and value
lines, and a weight and height so written with no BMI beside them (computed_bmi). Another visit's
table ("Previous visit 06/2024 vitals:"), a goal weight, pounds and inches read as such, and a
relative's BMI are no BMI of the visit. A BMI the notes' reader cannot read no longer sets the
day's charted weighing aside, and a met that rests only on the charted weighing is "could not
check" while a note of that day is unread (bench/unread.py, invariant a)."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from smartapp.notes.captioned_times import captioned_earlier
from smartapp.notes.measure_values import value_line_below

from .test_judgement import _note, record, status

_TAIL = "<p>Comorbidities: OSA on CPAP (AHI 28), GERD.</p><p>Plan: lap RYGB 43644.</p>"


def _html(body: str) -> dict:
    return _note("pre", "2026-02-14", f"<html><body>{body}{_TAIL}</body></html>", "text/html")


def _obs(ident: str, loinc: str, value: float, unit: str) -> dict:
    return {
        "resourceType": "Observation", "id": ident, "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2026-02-14",
        "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org",
                          "code": unit},
    }  # fmt: skip


def _osa() -> dict:
    return {
        "resourceType": "Condition", "id": "osa", "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G47.33"}]},
    }  # fmt: skip


def _bar001(*resources: dict) -> dict:
    return status(record("43644", _osa(), *resources, reason="E66.01"), "BAR-001")


_ROWS = "<tr><td>Weight</td><td>105 kg</td></tr><tr><td>Height</td><td>168 cm</td></tr>"


@pytest.mark.parametrize(
    "body",
    [
        f"<table>{_ROWS}<tr><td>BMI</td><td>37.2</td></tr></table>",
        "<table><tr><td>Weight</td><td>105 kg</td><td>Height</td><td>168 cm</td>"
        "<td>BMI</td><td>37.2</td></tr></table>",
        "<table><tr><th>Weight</th><th>Height</th><th>BMI</th></tr>"
        "<tr><td>105 kg</td><td>168 cm</td><td>37.2</td></tr></table>",
        "<p>Weight<br>105 kg<br>Height<br>168 cm<br>BMI<br>37.2</p>",
        "<p>Vitals:<br>Weight:<br>105 kg<br>Height:<br>168 cm<br>BMI:<br>37.2 kg/m2</p>",
        # no BMI written: the weight and height of the visit are one (computed_bmi)
        f"<table>{_ROWS}</table>",
        "<table><tr><th>Weight</th><th>Height</th></tr><tr><td>105 kg</td><td>168 cm</td></tr>"
        "</table>",
        "<table><tr><td>Weight</td><td>250 lb</td></tr><tr><td>Height</td><td>66 in</td></tr>"
        "</table>",
    ],
)
def test_vitals_in_a_table_or_one_cell_a_line_are_the_visit_bmi(body: str) -> None:
    assert _bar001(_html(body))["status"] == "met", body


@pytest.mark.parametrize(
    "body",
    [
        f"<p>Previous visit 06/2024 vitals:</p><table>{_ROWS}<tr><td>BMI</td><td>37.2</td></tr>"
        "</table>",
        f"<p>Vitals from last visit:</p><table>{_ROWS}</table>",
        "<p>Prior vitals:<br>BMI:<br>37.2</p>",
        "<table><tr><td>Goal weight</td><td>105 kg</td></tr><tr><td>Height</td><td>168 cm</td>"
        "</tr></table>",
        # pounds and inches read as such: 205 lb at 70 in is a BMI of 29.4
        "<table><tr><td>Weight</td><td>205 lb</td></tr><tr><td>Height</td><td>70 in</td></tr>"
        "</table>",
        "<table><tr><td>Mother's BMI</td><td>41</td></tr></table>",
        "<p>Weight<br>105 kg<br>BMI<br>35 or more qualifies</p>",
    ],
)
def test_near_misses_are_no_bmi_of_the_visit(body: str) -> None:
    assert _bar001(_html(body))["status"] == "partial", body


def test_the_table_bmi_stands_for_its_day_over_the_charted_weighing() -> None:
    # The charted weighing works out at 40.1; the clinic's table says 39.8: its figure decides.
    charted = (_obs("w", "29463-7", 113.2, "kg"), _obs("h", "8302-2", 168, "cm"))
    table = "<table><tr><th>Wt</th><th>Ht</th><th>BMI</th></tr><tr><td>111.6 kg</td><td>168 cm"
    table += "</td><td>39.8</td></tr></table><p>No comorbidities.</p>"
    note = _note("pre", "2026-02-14", f"<html><body>{table}</body></html>", "text/html")
    assert status(record("43644", *charted, reason="E66.01"), "BAR-001")["status"] == "met"
    item = status(record("43644", *charted, note, reason="E66.01"), "BAR-001")
    assert item["status"] == "partial"


def test_a_met_on_the_charted_weighing_alone_is_not_judged_with_that_days_note_unread() -> None:
    charted = (_obs("w", "29463-7", 105, "kg"), _obs("h", "8302-2", 168, "cm"))
    assert _bar001(*charted)["status"] == "met"
    unread = _note("pre", "2026-02-14", "x")
    unread["content"] = [{"attachment": {"contentType": "text/plain", "url": "Binary/gone"}}]
    item = _bar001(*charted, unread)
    assert item["status"] == "unknown" and "DocumentReference/pre" in item["searched"]
    # A note of another day unread leaves the weighing's met alone.
    other = _note("old", "2025-06-01", "x")
    other["content"] = [{"attachment": {"contentType": "text/plain", "url": "Binary/gone"}}]
    assert _bar001(*charted, other)["status"] == "met"


def test_value_line_below_reads_only_a_bare_value_line() -> None:
    text = "BMI\n37.2\nBMI:\n41 kg/m2\nBMI\n35 or more qualifies"
    assert value_line_below(text, 3, 3) == 37.2
    assert value_line_below(text, 13, 13) == 41
    assert value_line_below(text, text.rfind("BMI") + 3, text.rfind("BMI") + 3) is None


@pytest.mark.parametrize(
    "text, earlier",
    [
        ("Previous visit 06/2024 vitals:\n\nBMI | 37.2 |", True),
        ("Vitals 05/2024:\nBMI\n37.2", True),
        ("Vitals:\n\nBMI | 37.2 |", False),
        ("Vitals 02/14/2026:\nBMI: 37.2", False),
        ("Prior vitals:\nPt doing well and BMI is 37.2 today per the scale.", False),
    ],
)
def test_captions_of_another_visit(text: str, earlier: bool) -> None:
    assert captioned_earlier(text, text.rfind("BMI"), dt.date(2026, 2, 14)) is earlier


def test_helper_encodes_html() -> None:
    data = _html("<p>x</p>")["content"][0]["attachment"]["data"]
    assert "<html>" in base64.b64decode(data).decode()
