"""A study that scores its index both ways qualifies by its 4%-rule figure (blind wave 20,
BT/cpap-02).

A PSG reporting "AHI 4.2/h (4% rule); RDI 11/h (3% rule)" and a later note's "RDI 11 w/ 3%
hypopneas" met the PAP item's "AHI/RDI >= 5 with symptoms" through the 3%-rule RDI. CMS scores a
hypopnea with a 4% desaturation (LCD L33718 and its policy article: "hypopnea ... associated
with a 4% oxygen desaturation"), so when the record gives a 4%-rule index within the window a
value written as scored by the 3% rule is not the qualifying one. A study reporting only one
index (a home test's "REI 18 (3% rule)" alone, or an AHI with no rule named) is read as before."""

from __future__ import annotations

import pytest

from smartapp.notes.measure_values import hypopnea_rule

from .test_judgement import _note, record, status


def _study(text: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "psg",
        "status": "final",
        "code": {"text": "Polysomnography"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-01-20",
        "conclusion": text,
    }


def _cpap(*resources: dict) -> str:
    bundle = record("E0601", *resources, reason="G47.33", order_type="DeviceRequest")
    return status(bundle, "CPAP-002")["status"]


def test_a_three_percent_index_beside_a_four_percent_one_does_not_qualify():
    psg = _study("AHI 4.2/h (4% rule); RDI 11/h (3% rule). No significant OSA by 4% criteria.")
    visit = _note("v", "2026-01-05", "38F snoring, excessive daytime sleepiness, ESS 15. HTN.")
    # The symptoms are there, no qualifying index: 4.2 is below 5 (partial, not met).
    assert _cpap(psg, visit) == "partial"
    follow_up = _note("n", "2026-02-10", "A/P: PSG neg by CMS criteria; RDI 11 w/ 3% hypopneas.")
    assert _cpap(psg, visit, follow_up) == "partial"
    assert _cpap(_study("AHI 8.0/h (4% rule); RDI 18/h (3% rule).")) == "partial"  # 5-14


@pytest.mark.parametrize(
    "said",
    [
        "REI 18/h (3% rule).",  # one index only: read as before
        "pRDI (all): 31.2 /h      pAHI 3%: 27.9 /h      pAHI 4%: 19.6 /h",
        "AHI 22.0/h (4% rule); RDI 30/h (3% rule).",
        "AHI 18.2/h. Supine AHI 30.",
    ],
)
def test_a_qualifying_figure_still_qualifies(said):
    assert _cpap(_study(said)) == "met"


def test_the_rule_written_beside_an_index():
    def rule(text: str, name: str) -> int | None:
        at = text.index(name)
        return hypopnea_rule(text, at, at + len(name))

    assert rule("AHI 4.2/h (4% rule); RDI 11/h (3% rule).", "AHI") == 4
    assert rule("AHI 4.2/h (4% rule); RDI 11/h (3% rule).", "RDI") == 3
    assert rule("RDI 11 w/ 3% hypopneas.", "RDI") == 3
    assert rule("RDI (AASM 3% rule) 11.0/h", "RDI") == 3
    assert rule("REI by 3% rule 27.9 events/h", "REI") == 3
    assert rule("AHI 8.6 (4%), 13.2 (3%); supine-predominant.", "AHI") == 4
    assert rule("3%-rule AHI 12.1/h", "AHI") == 3
    assert rule("pRDI (all): 31.2 /h      pAHI 3%: 27.9 /h", "pRDI") is None
    assert rule("AHI 34.1/h, SpO2 nadir 84%.", "AHI") is None
    assert rule("AHI 14. 3% of TST below 88%.", "AHI") is None
