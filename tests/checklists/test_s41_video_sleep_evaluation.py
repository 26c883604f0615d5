"""A synchronous video visit with the ordering practitioner is the sleep evaluation (SLEEP-004).

The reviewers read LCD L33718's evaluation before a sleep test as one in person or by
synchronous telehealth (blind wave 42: a "Sleep Medicine Video Visit" with the ordering sleep
physician, a week before a chart review that said "not seen today"). An Encounter charted as a
video visit now counts (``or_video``, 42 CFR 410.78(a)(3): interactive audio and video); a
telephone or audio-only contact, an e-visit, or a chart review is still no evaluation.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}


def _visit(kind: str, klass: str = "VR") -> dict:
    return {
        "resourceType": "Encounter",
        "id": "v1",
        "status": "finished",
        "class": {"code": klass},
        "type": [{"text": kind}],
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-07-14", "end": "2026-07-14"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }


def _sleep004(visit: dict) -> str:
    bundle = record("95810", visit, reason="G47.33", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}["SLEEP-004"]["status"]


@pytest.mark.parametrize(
    "kind", ["Sleep Medicine Video Visit", "Sleep clinic follow-up (audio/video telehealth)"]
)
def test_a_video_visit_with_the_ordering_practitioner_counts(kind: str) -> None:
    assert _sleep004(_visit(kind)) == "met"


@pytest.mark.parametrize(
    ("kind", "klass"),
    [
        ("Sleep Medicine Telephone Visit", "VR"),
        ("Sleep medicine video visit - audio only (no camera)", "VR"),
        ("Sleep clinic e-visit questionnaire", "VR"),
        ("Sleep medicine chart review - video results reviewed", "AMB"),
    ],
)
def test_a_call_an_e_visit_or_a_chart_review_still_does_not(kind: str, klass: str) -> None:
    assert _sleep004(_visit(kind, klass)) != "met"
