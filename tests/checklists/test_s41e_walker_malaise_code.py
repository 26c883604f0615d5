"""A walker's supporting diagnosis names a mobility deficit (NCD 280.3): "other malaise" (R53.81,
debility or deconditioning) or fatigue alone does not; weakness (R53.1) does, as on the wheelchair
list. Blind wave 42, FD/wlk-02: a folding walker ordered "per family request" for R53.81 alone was
read as a supported pairing (CSU-005).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE = _note(
    "visit",
    "2026-04-02",
    "S: 81F, tired since the flu. O: gait slow. A/P: order folding walker, use in the home.",
)


def _pairing(reason: str) -> str:
    order = {"authoredOn": "2026-04-02", "occurrenceDateTime": "2026-04-10"}
    bundle = record("E0135", _NOTE, reason=reason, order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 6))
    return next(i["status"] for i in report["items"] if i["id"] == "CSU-005")


@pytest.mark.parametrize("reason", ["R53.81", "R53.83"])
def test_malaise_or_fatigue_alone_does_not_support_a_walker(reason: str) -> None:
    assert _pairing(reason) == "missing"


@pytest.mark.parametrize("reason", ["R53.1", "R26.81"])
def test_weakness_or_a_gait_disorder_does(reason: str) -> None:
    assert _pairing(reason) == "met"
