"""The invariants bench/unread.py checks over the whole corpus, pinned on a few representative
cases (a sequence, a bi-level any_of, a home-health review, a restated onset) so a regression
fails the suite: no note made unreadable makes an item met, makes a gap of what it held, or
leaves the record "ready"; every item it leaves unchecked names it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread

CASES = ["A/lmri-07.json", "AA/cpap-02.json", "AR/hh-02.json", "AK/inj-05.json"]
WAYS = ["binary-404", "tiff", "rtf-empty"]


@pytest.mark.parametrize("name", CASES)
def test_no_unread_note_makes_a_met_a_gap_or_a_ready(name):
    case = json.loads((unread.CASES / name).read_text(encoding="utf-8"))
    trials, found = unread.run_case((name, case), WAYS)
    assert trials == len(unread.note_ids(case["bundle"])) * len(WAYS)
    assert found == []
