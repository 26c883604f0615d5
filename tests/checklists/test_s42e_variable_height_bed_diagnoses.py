"""Severe arthritis or a fracture of the legs supports a variable-height bed (Medicare NCD 280.7:
the height lets the patient put the feet on the floor from the edge of the bed to stand), so
the pairing of knee or hip osteoarthritis with E0255/E0256 holds (blind wave 47); a fixed-height
or semi-electric bed, whose need is positioning alone, is still not supported by it."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-04-02", "occurrenceDateTime": "2026-04-20"}
_VISIT = "Office visit. Hi-lo bed discussed for sit to stand; ortho f/u."


def _pairing(service: str, reason: str) -> str:
    bundle = record(
        service,
        _note("n1", "2026-04-02", _VISIT),
        reason=reason,
        order_type="DeviceRequest",
        order=_ORDER,
    )
    report = score_bundle(bundle, as_of=date(2026, 4, 6))
    return {i["id"]: i for i in report["items"]}["CSU-005"]["status"]


@pytest.mark.parametrize(
    ("service", "reason"),
    [("E0255", "M17.12"), ("E0256", "M16.0"), ("E0255", "S82.201D"), ("E0255", "I50.32")],
)
def test_leg_arthritis_supports_a_variable_height_bed(service: str, reason: str) -> None:
    assert _pairing(service, reason) == "met"


@pytest.mark.parametrize(("service", "reason"), [("E0250", "M17.12"), ("E0260", "M16.0")])
def test_leg_arthritis_alone_does_not_support_another_bed(service: str, reason: str) -> None:
    assert _pairing(service, reason) != "met"
