"""A heavy-duty walker (E0149) is for a patient over 300 lb (LCD L33791), so severe obesity is a
diagnosis that supports it even when the order names no gait diagnosis (blind wave 48); it
still does not support a standard walker, whose need is the mobility deficit alone."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-09-10", "occurrenceDateTime": "2026-09-21"}
_VISIT = "Seen today. Gets around the house slowly, leans on counters. Bariatric walker ordered."


def _pairing(service: str, reason: str) -> str:
    bundle = record(
        service,
        _note("n1", "2026-09-10", _VISIT),
        reason=reason,
        order_type="DeviceRequest",
        order=_ORDER,
    )
    report = score_bundle(bundle, as_of=date(2026, 9, 14))
    return {i["id"]: i for i in report["items"]}["CSU-005"]["status"]


@pytest.mark.parametrize("reason", ["E66.813", "E66.01", "Z68.44", "M17.11"])
def test_severe_obesity_supports_a_heavy_duty_walker(reason: str) -> None:
    assert _pairing("E0149", reason) == "met"


@pytest.mark.parametrize(("service", "reason"), [("E0143", "E66.813"), ("E0149", "E66.811")])
def test_obesity_alone_does_not_support_a_standard_walker(service: str, reason: str) -> None:
    assert _pairing(service, reason) != "met"
