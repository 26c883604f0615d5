"""A patient who cannot walk at all needs no statement about a cane or walker (blind wave 52,
GP/wc-03).

A power chair's face-to-face exam: "Pt can no longer walk - transfers only with grab bars". No
cane or walker makes walking possible for someone who cannot walk, so WHC-003 (NCD 280.3 B: a
cane or walker does not resolve the limitation) is met by the inability itself, as the reviewer
read it. Only the bare inability ("cannot walk", "unable to walk at all", "non-ambulatory"):
walking bounded by a distance or a place ("cannot walk to the bathroom", "unable to walk >20 ft",
"cannot walk functional distances") may still be helped by a device, and says nothing of it.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc003(text: str) -> str:
    note = _note("n1", "2026-02-10", f"F2F mobility exam. 61F SPMS, EDSS 8.0. {text}")
    return status(record("K0823", note, reason="G35"), "WHC-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "She can no longer walk - stand-pivot transfers with husband.",
        "Now unable to walk; transfers with a slide board.",
        "Cannot walk at all since the relapse.",
        "Non-ambulatory; all mobility by wheelchair.",
    ],
)
def test_cannot_walk_rules_out_a_cane_or_walker(text: str) -> None:
    assert _whc003(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Cannot walk to the bathroom at night; uses commode.",
        "Unable to walk >20 ft without resting.",
        "Cannot walk functional distances in the home.",
        "Non-ambulatory beyond 10 ft.",
        "Denies being unable to walk.",
    ],
)
def test_walking_bounded_by_a_distance_says_nothing_of_a_device(text: str) -> None:
    assert _whc003(text) != "met"
