"""Care a history line writes in the present tense is care now, dated by its note: "Hx: PT
8/2026 x 6 wks, currently HEP daily" or "..., uses ice packs" (blind wave 44, FJ/hya-02: "HEP daily,
diclofenac gel + acetaminophen" in an "Hx:" line was dropped as undated past history).

What the line puts in the past stays there: "used ice packs", "was taking acetaminophen", "s/p HEP",
"stopped taking naproxen" are no care now, and an undated past item gives no date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.ongoing_care import ongoing
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _hyaluronan(history: str) -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan injection ordered 2026-11-18: six
    weeks of PT from August reach 84 days only with care on the visit's day."""
    text = (
        "71F L knee OA, pain 7/10 with stairs.\nPSH: R knee scope 2015.\n"
        f"Hx: PT 8/2026 x 6 wks, {history}\nA/P: L knee OA. Synvisc-One L knee."
    )
    bundle = record("J7325", _note("n1", "2026-11-18", text), reason="M17.12",
                    order={"authoredOn": "2026-11-18"})  # fmt: skip
    report = score_bundle(bundle, service="J7325", as_of=dt.date(2026, 11, 20))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "history",
    ["currently HEP daily.", "uses ice packs at night.", "taking acetaminophen 500 mg prn.",
     "pt currently doing HEP."],
)  # fmt: skip
def test_present_tense_care_in_a_history_line_is_care_now(history: str) -> None:
    assert _hyaluronan(history) == "met"


@pytest.mark.parametrize(
    "history",
    ["used ice packs.", "was taking acetaminophen.", "s/p HEP.", "stopped taking naproxen.",
     "HEP."],
)  # fmt: skip
def test_past_or_unmarked_history_stays_history(history: str) -> None:
    assert _hyaluronan(history) != "met"


def test_the_line_s_heading_is_not_the_care_s_words() -> None:
    assert ongoing("Hx: uses ice packs")
    assert not ongoing("Hx: used ice packs")
