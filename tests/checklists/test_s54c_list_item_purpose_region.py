"""A region a later list item names for a purpose of its own is that item's, not the list's.

Blind wave 57, HF/ha-knee-03: "PT Jul-Sep 2026 (10 wks), HEP, naproxen 500 BID since summer,
diclofenac 1% gel, prednisone 5-day burst 10/2026 for gout flare in R foot" gave every item the
foot, and a knee's three months of care were read as none (clause_regions._anothers_purpose).
The list's own complaint written as a purpose ("for arthritis of the L knee", "for L knee
pain") is still every item's, and a region the item's own clause names stays its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _right_knee_care(hpi: str) -> str:
    """HYA-002 for a right-knee hyaluronan injection ordered 2026-10-05."""
    text = f"HPI: 66F knee OA, buckling on stairs. {hpi}\nA/P: R knee OA. Gelsyn-3 R knee."
    bundle = record("J7328", _note("n1", "2026-10-05", text), reason="M17.11",
                    order={"authoredOn": "2026-10-05"})  # fmt: skip
    report = score_bundle(bundle, service="J7328", as_of=dt.date(2026, 10, 7))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "PT Jun-Aug 2026 (10 wks), HEP, naproxen 500 BID since June, prednisone burst 9/2026 "
        "for gout flare in R foot.",
        "PT 12 visits Jun-Aug 2026, meloxicam daily since 6/2026, Medrol dosepak 9/2026 for "
        "bursitis of the L hip.",
        "HEP and naproxen 500 BID since 5/2026, cortisone shot 8/2026 for tendinitis in her L "
        "shoulder.",
        "Formal PT 6/2026-8/2026, celecoxib since June, keflex 9/2026 for cellulitis on his L leg.",
    ],
)
def test_the_list_s_care_is_not_the_region_of_another_item_s_purpose(hpi: str) -> None:
    assert _right_knee_care(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "PT Jun-Aug 2026 (10 wks), HEP, naproxen since June for arthritis of the L knee.",
        "PT Jun-Aug 2026 (10 wks), HEP, naproxen since June for L knee pain.",
        "PT Jun-Aug 2026 (10 wks) for the L knee, HEP, prednisone 9/2026 for gout in R foot.",
    ],
)
def test_the_list_s_own_complaint_or_an_item_s_own_region_stays(hpi: str) -> None:
    assert _right_knee_care(hpi) != "met"
