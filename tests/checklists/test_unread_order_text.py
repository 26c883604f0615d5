"""A criterion that reads only the order's own words (``kinds: [order]``) is judged on them
when the notes could not be read: "could not be checked" there is no honesty but a gap left
unsaid (bench/unread.py: SLP-007's visit count, the order read, its only note unread)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def test_an_order_only_criterion_does_not_wait_on_unread_notes():
    base, trial = unread.trial("BB/slp-03.json", "doc3")
    item = lambda report: next(i for i in report["items"] if i["id"] == "SLP-007")  # noqa: E731
    assert item(base)["status"] == "missing"
    assert item(trial)["status"] == "missing", item(trial)["searched"]
