"""A bilateral diagnosis on a one-sided order, found by blind wave 29 (DA/hya-03): a hyaluronan
order for the "Right knee" with reason M17.0 (bilateral primary knee OA) was read as a bilateral
request, so a left-knee steroid injection (a 20610 Procedure charted "Left knee", and the note's
"The left knee has done well since the cortisone injection") met the right knee's steroid item.
The diagnosis is the patient's; the order's own words and bodySite say which knee it treats."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _injection(side: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "csi",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "20610"}]},
        "performedDateTime": "2025-12-03",
        "bodySite": [{"text": f"{side.title()} knee"}],
    }


def _hya(*resources: dict, order_side: str | None = "Right knee") -> str:
    request = {"authoredOn": "2026-03-02", "occurrenceDateTime": "2026-03-16"}
    if order_side:
        request["bodySite"] = [{"text": order_side}]
    bundle = record("J7321", *resources, reason="M17.0", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 9))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


def test_other_knee_injection_does_not_count_for_a_one_sided_order_of_bilateral_oa():
    assert _hya(_injection("left")) == "missing"
    note = _note("n1", "2026-03-02", "The left knee has done well since the cortisone injection.")
    assert _hya(note) == "missing"


@pytest.mark.parametrize("side", ["right", "left"])
def test_an_order_for_both_knees_or_no_side_still_takes_either(side: str) -> None:
    assert _hya(_injection("right")) == "met"
    assert _hya(_injection(side), order_side="Bilateral knees") == "met"
    assert _hya(_injection(side), order_side=None) == "met"
