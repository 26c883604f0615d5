"""An item of a care list told with words of its own after a dated item takes none of that
item's time (blind wave 90, MG/hyaluronan-01): "#R knee OA - failed PT 8 wks (fall 2025),
meloxicam -> GI bleed, tylenol 1g TID, HEP." in a February note ran every piece over the PT's
eight weeks of the fall, two months of HYA-002's three. The Tylenol with its dose and schedule
and the meloxicam with its outcome are items apart: undated, they are the note's. A bare name
after the dated item continues the history (test_judgement_wave25_care_again), and items joined
by "and" or "+" share the time."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.listed_apart import apart_after_dated
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (three months of care in 365 days) for a hyaluronan injection ordered 2/18/2026."""
    text = f"{hpi}\nP: Synvisc-One R knee x1 (J7325). f/u 6 wk."
    bundle = record("J7325", _note("n1", "2026-02-18", text), reason="M17.11",
                    order={"authoredOn": "2026-02-18"})  # fmt: skip
    report = score_bundle(bundle, service="J7325", as_of=dt.date(2026, 2, 20))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "#R knee OA - failed PT 8 wks (fall 2025), meloxicam \u2192 GI bleed, tylenol 1g TID, HEP.",
        "R knee OA: PT x 8 wks in fall 2025; acetaminophen 650 mg q6h prn, HEP.",
        "R knee OA. Failed PT 8 wks (Oct-Nov 2025), naproxen 500 BID - no help.",
    ],
)
def test_an_item_with_its_own_words_is_the_note_s(hpi: str) -> None:
    assert _knee_ha(hpi) == "met", hpi


@pytest.mark.parametrize(
    "hpi",
    [
        "R knee OA - failed PT 8 wks (fall 2025), meloxicam, tylenol, HEP.",  # bare names
        "R knee OA - PT 8 wks (fall 2025) and tylenol 1g TID.",  # joined: one course
        "R knee OA - PT, tylenol 1g TID, HEP - all x 8 wks in fall 2025.",  # said shared
    ],
)
def test_bare_or_joined_items_share_the_dated_item_s_time(hpi: str) -> None:
    assert _knee_ha(hpi) != "met", hpi


def test_which_items_are_apart() -> None:
    line = "failed PT 8 wks (fall 2025), tylenol 1g TID, HEP."
    at = line.index("tylenol")
    assert apart_after_dated(line, at, line.index("HEP"), "tylenol", dt.date(2026, 2, 18))
    at = line.index("HEP")
    assert not apart_after_dated(line, at, len(line), "HEP", dt.date(2026, 2, 18))
    bare = "PT 8 wks (fall 2025) and tylenol 1g TID."
    assert not apart_after_dated(bare, bare.index("tylenol"), len(bare), "tylenol", None)
