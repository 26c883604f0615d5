"""Care told with the part it left "no better" is the back's (blind wave 53, GS/lumbar-mri-02).

'Did chiro 3 wks, HEP since Jan 6, ibuprofen - "it helped my back a bit but the leg is no
better"': the leg is where the sciatica the care failed is felt, not a region the care was for,
yet its HEP, chiropractic and ibuprofen were read as the leg's and dropped from a lumbar MRI's
six weeks of care (felt_regions.py reads "still", "persists", "radiating"; "no better", "not
improved", "unchanged" say the same). Care named for a joint of its own keeps that joint.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _care(told: str) -> str:
    first = _note("n1", "2026-03-02", "Phone: LBP into R leg since 2/26. Advised naproxen 500 BID.")
    second = _note(
        "n2", "2026-04-14",
        f"S: f/u back and R leg pain. {told}\nO: SLR + R 40 deg, R EHL 4/5.\n"
        "A/P: R L5 radiculopathy. MRI L-spine w/o contrast.",
    )  # fmt: skip
    bundle = record(
        "72148", first, second,
        order={"authoredOn": "2026-04-14", "occurrenceDateTime": "2026-04-24"},
    )  # fmt: skip
    return status(bundle, "LMRI-003", as_of=date(2026, 4, 16))["status"]


@pytest.mark.parametrize(
    "told",
    [
        "Home exercises since 3/2, naproxen - back a little better but leg no better.",
        "HEP since 3/2, naproxen - helps the back, the leg unchanged.",
    ],
)
def test_care_told_with_the_leg_it_left_no_better_is_the_backs(told: str) -> None:
    assert _care(told) == "met"


def test_care_named_for_the_ankle_stays_the_ankles() -> None:
    assert _care("Home exercises for the R ankle since 3/2 - ankle no better.") != "met"
