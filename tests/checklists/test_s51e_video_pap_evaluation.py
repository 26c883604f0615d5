"""A synchronous video visit with the ordering practitioner before the sleep test is the PAP
device's evaluation (CPAP-003), as it is the sleep test's own (SLEEP-004).

Both items read the same LCD L33718 evaluation before the test, and the reviewers read it as one
in person or by synchronous telehealth (blind wave 56: a sleep medicine video visit three weeks
before a home test). An Encounter charted as a video visit before the test now counts
(``or_video``); a telephone or audio-only call before the test, or a video visit only after it,
still does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_ORDER = {"authoredOn": "2026-10-02", "occurrenceDateTime": "2026-10-09"}


def _visit(kind: str, day: str) -> dict:
    return {
        "resourceType": "Encounter",
        "id": "v1",
        "status": "finished",
        "class": {"code": "VR"},
        "type": [{"text": kind}],
        "subject": {"reference": "Patient/p"},
        "period": {"start": day, "end": day},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }


_HOME_TEST = {
    "resourceType": "DiagnosticReport",
    "id": "hst",
    "status": "final",
    "code": {"text": "Home sleep apnea test"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-09-12",
    "conclusion": "REI 24/h, 150 respiratory events; moderate obstructive sleep apnea.",
}


def _cpap003(visit: dict) -> str:
    bundle = record("E0601", visit, _HOME_TEST, reason="G47.33", order_type="DeviceRequest",
                    order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 10, 5))
    return {i["id"]: i for i in report["items"]}["CPAP-003"]["status"]


@pytest.mark.parametrize(
    "kind", ["Sleep clinic video visit", "Sleep apnea consult (audio/video telehealth)"]
)
def test_a_video_visit_before_the_test_is_the_evaluation(kind: str) -> None:
    assert _cpap003(_visit(kind, "2026-08-20")) == "met"


@pytest.mark.parametrize(
    "kind", ["Sleep clinic telephone visit", "Sleep apnea consult - audio only (no video)"]
)
def test_a_call_before_the_test_is_still_none(kind: str) -> None:
    assert _cpap003(_visit(kind, "2026-08-20")) != "met"


def test_a_video_visit_only_after_the_test_is_still_not_before_it() -> None:
    assert _cpap003(_visit("Sleep clinic video visit", "2026-09-20")) != "met"
