"""A result the note has only at second hand is no result yet (blind wave 18, BK/spine-03).

'Outside cervical MRI reportedly showed R C4-5 disc herniation - report not available; will
obtain' counted as the cervical imaging an ACDF needs, though the only report on file was a
lumbar MRI: a reviewer asks for the report itself. Hearsay ('reportedly showed') or a missing
report said in the result's own clause sets it aside; a result read with its report, or another
study's missing report ('Prior CT report not available'), does not."""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.second_hand import result_not_in_hand


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 2, 1))])
    return {f.concept for f in found if f.category == "diagnostic-results" and f.asserted}


def test_a_result_without_its_report_is_no_result():
    assert "spine-imaging-lesion" not in _asserted(
        "Imaging: outside cervical MRI reportedly showed R C4-5 disc herniation - report not "
        "available; will obtain."
    )
    assert "spine-imaging-lesion" not in _asserted(
        "Outside MRI showed C5-6 disc herniation, report not in chart."
    )
    assert "spine-imaging-lesion" not in _asserted(
        "MRI supposedly showed L4-5 disc herniation per pt."
    )


def test_a_result_with_its_report_still_counts():
    assert "spine-imaging-lesion" in _asserted("MRI C-spine 1/5/2026: C4-5 disc herniation.")
    assert "spine-imaging-lesion" in _asserted(
        "MRI C-spine 1/5/2026: C4-5 disc herniation. Prior CT report not available."
    )


def test_where_the_cue_applies():
    text = "XR shows OA, MRI report pending"
    assert not result_not_in_hand(text, 9, 11)
    text = "MRI showed HNP - images not on file"
    assert result_not_in_hand(text, 11, 14)
    assert not result_not_in_hand("MRI showed HNP. No report of falls.", 11, 14)
    assert not result_not_in_hand("MRI showed HNP, no report of trauma", 11, 14)
    assert result_not_in_hand("MRI showed HNP, no formal report", 11, 14)
