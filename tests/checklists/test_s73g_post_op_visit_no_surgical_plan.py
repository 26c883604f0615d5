"""TSA-005 on a post-op visit's note (brief s73-g): "Post-op visit: R RSA, healing well" is a
surgery had, not the plan for the requested one; a plan written beside it counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_RIGHT = {"bodySite": [{"text": "Right shoulder"}]}


def _tsa_005(text: str, order: dict | None = None) -> str:
    day = {"authoredOn": "2026-10-06", "occurrenceDateTime": "2026-10-09"}
    bundle = record("23472", _note("n1", "2026-10-05", text), reason="M19.011",
                    order={**day, **(order or {})})  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i["status"] for i in report["items"]}["TSA-005"]


@pytest.mark.parametrize("order", [_RIGHT, None])
@pytest.mark.parametrize(
    "text",
    [
        "Post-op visit: R RSA, healing well.\nA/P: doing well.",
        "Post-op visit: RSA, healing well.\nA/P: doing well.",
        "POV #2: R RSA healing well.\nA/P: continue sling.",
        "Post op f/u R reverse TSA - healing well.",
    ],
)
def test_a_post_op_visit_is_no_surgical_plan(text: str, order: dict | None) -> None:
    assert _tsa_005(text, order) != "met"


def test_a_plan_beside_a_post_op_visit_counts() -> None:
    text = "Post-op visit 2024: L RSA, healed. Now R GH OA, failed PT and injections. Plan R RSA."
    assert _tsa_005(text, _RIGHT) == "met"
