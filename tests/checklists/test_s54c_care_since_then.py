"""Care said to go on "since" a time its statement wrote before it, with no date after the word.

Blind wave 60, HT/hya-01 ("Meloxicam stopped 8/2025 after GI bleed, tylenol 1 g TID since";
"PT Jul-Aug 2025 + HEP daily since"): HYA-002's three months of conservative care were called
two, the drug read as the note's day and the home program as the therapy's weeks. A "since"
with no object points back at the time just written: the care runs from it to the note
(since_then.py).

Not so: a since in another clause (the pain's, the relief's), care said off or not done since,
a one-time injection, and a since with its own date ("since 9/2026"), which durations read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (three months of care in 365 days) for a hyaluronan injection ordered 2026-10-05."""
    text = f"HPI: 61M R knee OA, pain on stairs. {hpi}\nA/P: R knee OA. Euflexxa R knee."
    bundle = record("J7323", _note("n1", "2026-10-05", text), reason="M17.11",
                    order={"authoredOn": "2026-10-05"})  # fmt: skip
    report = score_bundle(bundle, service="J7323", as_of=dt.date(2026, 10, 7))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Meloxicam stopped 6/2026 (reflux), acetaminophen 650 mg TID since.",
        "PT May-Jun 2026 + HEP daily since, minimal benefit.",
        "Ibuprofen d/c'd 6/2026 for GI upset; celecoxib 200 daily since then.",
        "Finished PT in June 2026, home exercises ever since.",
        "Started naproxen 500 BID 6/1/26, has been on it since.",
        "Formal PT May-June 2026 and she has continued her HEP ever since, without much change.",
        "Diclofenac 75 BID 06/2026 onward.",
        "PT 5/2026-6/2026 (8 visits), HEP since that time.",
    ],
)
def test_care_since_a_time_written_before_it_runs_to_the_note(hpi: str) -> None:
    assert _knee_ha(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "PT May-Jun 2026, pain worse since.",
        "Meloxicam 5/2026-6/2026, off it since.",
        "PT May-Jun 2026, hasn't done HEP since.",
        "Naproxen stopped 6/2026, no NSAIDs since.",
        "PT 6/2026 x 3 visits, cortisone injection 6/2026 w/ relief since.",
        "Naproxen 500 BID since 9/2026.",
        "Mother with knee OA, on tylenol since.",
        "PT Jun-Jul 2026 and nothing since.",
        "PT Jun-Jul 2026 and has done fine since.",
    ],
)
def test_since_of_another_thing_or_care_not_kept_up_stays_short(hpi: str) -> None:
    assert _knee_ha(hpi) != "met"
