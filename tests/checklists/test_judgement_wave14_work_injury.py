"""Blind wave 14's work-injury class: the injury named with its date ('R wrist sprain 3/3/2026'),
what struck the worker told as it happened ('when a jammed mold door snapped back against her
hand') and the claim written as the employer's First Report of Injury or its claim number
(AV/occ-04)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _injury(text: str) -> str:
    bundle = record("97546", _note("n1", "2026-02-20", text), reason="S63.501D")
    return status(bundle, "OCC-001")["status"]


@pytest.mark.parametrize(
    "how",
    [
        "R wrist sprain 3/3/2026 when a jammed mold door snapped back against her hand (FROI filed,"
        " WC claim HP-2026-019)",
        "R wrist sprain 1/6/2026, claim no. 24-118733",
        "L hand contusion on 1/6 at the plant, first report of injury filed",
        "L hand crush injury when the press closed on his hand; FROI on file",
        "R hand pinned between two pallets, employer filed FROI",
        "a mold door slammed into her hand, workers comp claim filed",
        "a 40 lb die dropped onto her hand, WC claim 55-01922",
    ],
)
def test_a_dated_or_described_injury_with_its_claim_is_a_work_injury(how: str) -> None:
    text = (
        f"S: 39F line assembler at Hartwell Plastics, {how}. Completed hand therapy 11 visits."
        " Back at regular duty since 6/1 per employer."
    )
    assert _injury(text) == "met"


@pytest.mark.parametrize(
    "near_miss",
    [
        # Pain told by when it is worse, a pain score after the diagnosis: no date, no mechanism.
        "R wrist sprain, WC claim HP-2026-019; pain worse when the weather changes",
        "R wrist strain 10/10 pain at worst, claim HP-2026-019",
        "R wrist sprain, FROI filed; she will call when the results are back",
        "R wrist sprain, WC claim HP-2026-019; swelling better as her weight dropped",
    ],
)
def test_no_date_and_no_mechanism_is_still_partial(near_miss: str) -> None:
    text = (
        f"S: 39F line assembler at Hartwell Plastics, {near_miss}."
        " Back at regular duty since 6/1 per employer."
    )
    assert _injury(text) != "met"


def test_a_dated_fracture_repair_is_no_date_of_injury() -> None:
    # The date after an operated fracture is the surgery's; the intake left DOI and claim blank.
    text = (
        "12 weeks status post ORIF right trimalleolar ankle fracture 10/16/2025, he is a roofer.\n"
        "Date of injury: ***\nMechanism of injury: ***\nEmployer / Claim #: *** / ***\n"
        "Current work status: off work since 10/2025."
    )
    assert _injury(text) != "met"
