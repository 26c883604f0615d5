"""Each block's relief a series' summary gives (series_relief.py, brief s71-g): a percentage a
block's number leads, one of a list, or one told for a named series; not a score's, an
anesthetic's strength, nor a therapy's."""

from __future__ import annotations

import pytest

from smartapp.notes.relief import relief_spans


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("MBB x2 concordant: 85% and 90%", [85.0, 90.0]),
        ("MBB #1 80%, #2 75% relief", [80.0, 75.0]),
        ("dual MBBs >80% concordant", [80.0]),
        ("MBBs x2: 90%/85% relief", [90.0, 85.0]),
        ("mbb1 (lido) 95%, mbb2 (bupi) 90%", [95.0, 90.0]),
        ("Dx blocks: first 90%, second 85%.", [90.0, 85.0]),
        ("Both medial branch blocks at least 80% better.", [80.0]),
        ("dual MBBs <50% relief", [49.0]),
    ],
)
def test_a_series_summary_gives_each_blocks_relief(text: str, values: list[float]) -> None:
    assert [v for _, _, v in relief_spans(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "MBB with 0.25% bupivacaine and 2% lidocaine.",
        "ODI 40%/38% before the MBB.",
        "PT 2x/wk, 50% and 60% better after therapy.",
        "Walked 2 blocks, SpO2 94% and 91%.",
        "MBB planned; pt hopes for 80% relief.",
    ],
)
def test_other_percentages_are_no_series_relief(text: str) -> None:
    assert relief_spans(text) == []
