"""Care told with where the pain it failed still radiates is the back's (blind wave 39, EP/lmri-01).

"Completed PT 6 wks + naproxen BID + HEP - no better, pain 7/10 radiating to L lateral foot":
the foot is where the sciatica goes, not a region the care was for, so a lumbar order's six
weeks of care should not be read as a foot's (felt_regions.py). Care named for a joint of its
own keeps that joint, and so does care on a joint order, which refers nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.felt_regions import felt_after_care
from smartapp.notes.model import NoteFinding

from .test_judgement import _note, record, status


def _care(told: str) -> str:
    first = _note(
        "n1", "2026-05-04",
        "S: 46M low back pain into the R calf since 5/1 after shoveling.\nO: SLR + R 55 deg.\n"
        "A/P: R lumbar radiculopathy. Ibuprofen 600 TID, home exercises, PT referral. RTC 6 wks.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-06-24",
        f"S: f/u back and R leg pain. {told}\nO: SLR + R 40 deg, R EHL 4/5.\n"
        "A/P: R L5 radiculopathy despite care. MRI L-spine w/o contrast.",
    )  # fmt: skip
    bundle = record(
        "72148", first, second,
        order={"authoredOn": "2026-06-24", "occurrenceDateTime": "2026-07-06"},
    )  # fmt: skip
    return status(bundle, "LMRI-003", as_of=date(2026, 6, 26))["status"]


@pytest.mark.parametrize(
    "told",
    [
        "Did PT 6 wks + ibuprofen + HEP - no help, pain 6/10 radiating to R heel.",
        "Ibuprofen and HEP since last visit, no relief, pain shooting down to R foot.",
    ],
)
def test_care_told_with_where_the_pain_radiates_is_the_backs(told: str) -> None:
    assert _care(told) == "met"


def test_care_named_for_the_foot_stays_the_foots() -> None:
    told = "Did PT for the R ankle 6 wks - pain radiating to R heel."
    assert _care(told) != "met"


def _finding(snippet: str, text: str, regions: set[str]) -> NoteFinding:
    return NoteFinding(
        note_ref="D/1", category="conservative-treatment", concept="physical-therapy", text=text,
        start=0, end=len(text), negated=False, historical=False, hypothetical=False,
        family=False, duration_days=42, snippet=snippet, regions=frozenset(regions),
    )  # fmt: skip


def test_a_joint_order_refers_nothing() -> None:
    heel = {"ankle-foot", "ankle-foot:right"}
    found = _finding("PT 6 wks - pain radiating to R heel", "PT", heel)
    assert felt_after_care(found, frozenset({"lumbar"}))
    assert not felt_after_care(found, frozenset({"knee", "knee:right"}))
