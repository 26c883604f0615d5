"""A knee steroid injection named by its drug, in the plural or as a shot (blind wave 62).

HZ/hya-02: "Prior tx: ... triamcinolone injections 2023 x2 (each ~6 wks relief)" is the prior
intra-articular steroid injection HYA-003 asks for. The drug names' regex leaves a following
"injection(s)"/"shot(s)" to the literal terms, which had only the singular "triamcinolone /
kenalog / depo-medrol injection": the plural and the shot were read as nothing. A cream, a plan,
a denial or a relative's shots are still no injection of the patient's.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _injections(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 6, 23))])
    return [f for f in found if f.concept == "corticosteroid-injection" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Prior tx: PT 2023, triamcinolone injections 2023 x2 (each ~6 wks relief), HEP daily.",
        "Kenalog injections L knee 2023 x2.",
        "L knee: Kenalog shots 3/2024 and 9/2024, brief relief.",
        "Depo-Medrol injections to the L knee in 2022 helped about 1 mo.",
        "s/p triamcinolone shot L knee 1/2025 - relief 4 wks",
        "Had 2 Triamcinolone Injections (2024) w/ minimal benefit.",
        "Tried kenalog shot to left knee last spring, lasted ~3 weeks.",
        "Inj hx: depo-medrol shots x3, last 8/2025.",
    ],
)
def test_the_drug_named_with_its_injections_or_shot_is_the_injection(text: str) -> None:
    assert _injections(text)


@pytest.mark.parametrize(
    "text",
    [
        "No prior Kenalog injections.",
        "Denies any triamcinolone shots to the knee.",
        "Mother had Kenalog injections in both knees.",
        "Will consider triamcinolone injections if no better.",
        "Triamcinolone 0.1% cream to rash on shin.",
    ],
)
def test_a_denial_plan_relative_or_cream_is_none(text: str) -> None:
    assert not _injections(text)
