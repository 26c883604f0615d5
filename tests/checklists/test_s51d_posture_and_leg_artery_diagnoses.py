"""Two supporting diagnoses the pairing check lacked (blind wave 55). Lumbar spinal stenosis
supports a hospital bed: LCD L33820 covers positioning an ordinary bed cannot give to relieve
pain, and stenosis pain is bound to posture (worse with the spine extended, as lying flat;
eased flexed). Peripheral arterial disease of the legs supports a wheelchair: NCD 280.3 names
no diagnosis, and leg ischemia and the amputations it leads to limit walking. Plain low back
pain names no posture, and a disease of other arteries no leg, so neither pairs."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-18"}
_VISIT = "Office visit. Equipment discussed with patient and son; follow up in 3 months."


def _pairing(service: str, reason: str) -> str:
    bundle = record(
        service, _note("v1", "2026-05-04", _VISIT), reason=reason, order_type="DeviceRequest",
        order=_ORDER,
    )
    report = score_bundle(bundle, as_of=date(2026, 5, 7))
    return {i["id"]: i for i in report["items"]}["CSU-005"]["status"]


@pytest.mark.parametrize(
    ("service", "reason"),
    [
        ("E0250", "M48.061"),
        ("E0255", "M48.062"),
        ("E0260", "M48.07"),
        ("K0001", "I73.9"),
        ("K0003", "I70.213"),
        ("K0823", "I70.245"),
    ],
)
def test_posture_pain_and_leg_artery_disease_pair(service: str, reason: str) -> None:
    assert _pairing(service, reason) == "met"


@pytest.mark.parametrize(
    ("service", "reason"),
    [("E0255", "M54.50"), ("E0260", "M48.02"), ("K0001", "I70.1"), ("K0001", "I73.01")],
)
def test_back_pain_and_other_arteries_do_not(service: str, reason: str) -> None:
    assert _pairing(service, reason) != "met"
