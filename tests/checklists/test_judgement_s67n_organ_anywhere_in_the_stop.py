"""A kidney or liver named anywhere in the clause that stops or holds a drug is why it stopped,
not the region it treated (brief s67-n, left by s67-g on blind wave 70): s67-g blanked the organ
only after a "because", so "held, acute kidney injury", "stopped (renal)" and "d/c'd when his
kidney numbers went up" still made a shoulder's or knee's naproxen the abdomen's (a false
alarm on its conservative care). A drug given for the organ, an activity stopped, and a headache
beside a pause in walking stay the organ's."""

from __future__ import annotations

import pytest

from smartapp.evidence.regions import regions_in_text

from .test_judgement_s67g_drug_stopped_for_an_organ import _tsa


@pytest.mark.parametrize(
    "text",
    [
        "naproxen stopped 2025, renal insufficiency",
        "ibuprofen 800 TID - stopped (renal)",
        "celecoxib held, acute kidney injury",
        "naproxen stopped - kidney function worsened",
        "meloxicam d/c by PCP 10/2025 (renal)",
        "Naproxen 500 BID x 3 mo, stopped when his kidney numbers went up",
        "diclofenac stopped as liver enzymes rose",
        "NSAIDs avoided, renal function",
        "Naproxen was held by nephrology after his creatinine rose, kidney fn",
    ],
)
def test_an_organ_in_the_stop_s_clause_is_no_region(text: str) -> None:
    assert "abdomen-pelvis" not in regions_in_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "naproxen for kidney stone pain",  # the drug given for the organ
        "stopped working due to kidney disease",  # an activity stopped
        "ibuprofen for abdominal cramps, stopped 2025",
        "CT abdomen for kidney stone",
    ],
)
def test_the_organ_care_was_for_keeps_its_region(text: str) -> None:
    assert "abdomen-pelvis" in regions_in_text(text)


def test_a_headache_beside_a_pause_is_the_head_s() -> None:
    assert "head" in regions_in_text("now stops to rest when walking, morning headaches")


def test_a_shoulder_s_care_with_a_drug_held_for_its_kidneys_is_conservative_care() -> None:
    care = ("PT 4/2025-6/2025 (10 wks), naproxen 500 bid until 9/2025 (stopped, kidney fn),"
            " CSI x2, last 9/2025.")  # fmt: skip
    assert _tsa(care) == "met"
